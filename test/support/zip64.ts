/**
 * A package rewritten with ZIP64 records, as .NET's packaging and other streaming writers
 * produce even for small files: every entry's sizes and offset moved to a ZIP64 extra field
 * (the 32-bit fields say 0xFFFFFFFF), the end of the directory in a ZIP64 end record.
 */

interface Entry {
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  packed: Buffer;
  size: number;
  name: Buffer;
}

function entriesOf(zip: Uint8Array): Entry[] {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.length);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip");
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const nameLen = b.readUInt16LE(p + 28);
    const csize = b.readUInt32LE(p + 20);
    const local = b.readUInt32LE(p + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    out.push({
      flags: b.readUInt16LE(p + 8),
      method: b.readUInt16LE(p + 10),
      time: b.readUInt16LE(p + 12),
      date: b.readUInt16LE(p + 14),
      crc: b.readUInt32LE(p + 16),
      packed: b.subarray(start, start + csize),
      size: b.readUInt32LE(p + 24),
      name: b.subarray(p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

export function toZip64(zip: Uint8Array): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const entries = entriesOf(zip);
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(e.flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.packed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(45, 4);
    dir.writeUInt16LE(45, 6);
    dir.writeUInt16LE(e.flags, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(e.time, 12);
    dir.writeUInt16LE(e.date, 14);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(0xffffffff, 20);
    dir.writeUInt32LE(0xffffffff, 24);
    dir.writeUInt16LE(e.name.length, 28);
    dir.writeUInt16LE(28, 30);
    dir.writeUInt32LE(0xffffffff, 42);
    // The ZIP64 extra field: the sizes and the offset, in this order.
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(e.size), 4);
    extra.writeBigUInt64LE(BigInt(e.packed.length), 12);
    extra.writeBigUInt64LE(BigInt(offset), 20);
    chunks.push(local, e.name, e.packed);
    central.push(dir, e.name, extra);
    offset += local.length + e.name.length + e.packed.length;
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(directorySize), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...chunks, ...central, end64, locator, end]);
}
