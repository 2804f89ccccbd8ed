/**
 * Zip packages built by hand for tests: files no ordinary writer would produce (a zip bomb, a
 * workbook with a part ExcelJS would drop, a sheet written row by row by some export).
 */
import zlib from "node:zlib";

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

export interface RawZipEntry {
  name: string;
  /** The entry's bytes as stored (deflated). */
  packed: Uint8Array;
  /** The size and CRC-32 the zip claims: a hostile file may lie about both. */
  size: number;
  crc: number;
  /** Stored as is (method 0) rather than deflated, as an OpenDocument `mimetype` must be. */
  stored?: boolean;
}

/** A package of the given parts, each deflated, with honest sizes and checksums. */
export function zipParts(parts: ZipPart[]): Uint8Array {
  return rawZip(
    parts.map((p) => ({
      name: p.name,
      packed: zlib.deflateRawSync(p.data, { level: 1 }),
      size: p.data.length,
      crc: crc32(p.data),
    })),
  );
}

export function rawZip(entries: RawZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.packed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.set(name, 30);
    const dir = Buffer.alloc(46 + name.length);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.stored ? 0 : 8, 10);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.packed.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    dir.set(name, 46);
    chunks.push(local, e.packed);
    central.push(dir);
    offset += local.length + e.packed.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

let crcTable: Uint32Array | null = null;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Every part of a package, inflated, as text by name. */
export function zipTexts(bytes: Uint8Array): Map<string, string> {
  return new Map(
    [...zipEntries(bytes)].map(([name, e]) => [name, Buffer.from(e.data).toString("utf8")]),
  );
}

export interface ReadZipEntry {
  /** Inflated bytes. */
  data: Uint8Array;
  /** Bytes as stored (compressed), and how. */
  stored: Uint8Array;
  method: number;
  crc: number;
}

/** Every entry of a package by name, inflated and as stored, read from the central directory. */
export function zipEntries(bytes: Uint8Array): Map<string, ReadZipEntry> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip");
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out = new Map<string, ReadZipEntry>();
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10);
    const crc = b.readUInt32LE(p + 16);
    const size = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28);
    const local = b.readUInt32LE(p + 42);
    const name = b.toString("utf8", p + 46, p + 46 + nameLen);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const stored = new Uint8Array(b.subarray(start, start + size));
    const data = method === 8 ? new Uint8Array(zlib.inflateRawSync(stored)) : stored;
    out.set(name, { data, stored, method, crc });
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}
