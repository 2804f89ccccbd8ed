/**
 * A minimal zip writer for the regional workbook. Browser-safe:
 * compression goes through the web's CompressionStream, which Node 20 also has.
 */

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

/** Raw DEFLATE (RFC 1951) of one part; null stores parts uncompressed. */
export type Deflate = (data: Uint8Array) => Promise<Uint8Array>;

export const webDeflateRaw: Deflate | null =
  typeof CompressionStream === "undefined" ? null : deflateWithStream;

async function deflateWithStream(data: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // Written and read at once: awaiting the write first would stall on the stream's backpressure.
  const written = Promise.all([writer.write(data as Uint8Array<ArrayBuffer>), writer.close()]);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  await written;
  return concat(chunks);
}

export type Checksum = (data: Uint8Array) => number;

export async function zipParts(
  parts: ZipPart[],
  deflate: Deflate | null,
  checksum: Checksum = crc32,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const crc = checksum(part.data);
    const packed = deflate ? await deflate(part.data) : part.data;
    const method = deflate ? 8 : 0;
    const local = header(0x04034b50, 30, name, {
      method,
      crc,
      packed: packed.length,
      size: part.data.length,
    });
    const entry = header(0x02014b50, 46, name, {
      method,
      crc,
      packed: packed.length,
      size: part.data.length,
      offset,
    });
    chunks.push(local, packed);
    central.push(entry);
    offset += local.length + packed.length;
  }
  const dir = concat(central);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, parts.length, true);
  v.setUint16(10, parts.length, true);
  v.setUint32(12, dir.length, true);
  v.setUint32(16, offset, true);
  return concat([...chunks, dir, end]);
}

interface EntryInfo {
  method: number;
  crc: number;
  packed: number;
  size: number;
  offset?: number;
}

/** A local (30-byte) or central (46-byte) header; times are fixed so output is reproducible. */
function header(signature: number, size: number, name: Uint8Array, e: EntryInfo): Uint8Array {
  const out = new Uint8Array(size + name.length);
  const v = new DataView(out.buffer);
  const central = size === 46;
  let p = 0;
  v.setUint32(p, signature, true);
  p += 4;
  if (central) {
    v.setUint16(p, 20, true); // made by: version 2.0
    p += 2;
  }
  v.setUint16(p, 20, true); // version needed
  v.setUint16(p + 2, 0x0800, true); // UTF-8 names
  v.setUint16(p + 4, e.method, true);
  v.setUint16(p + 6, 0, true); // 00:00:00
  v.setUint16(p + 8, 0x21, true); // 1980-01-01
  v.setUint32(p + 10, e.crc, true);
  v.setUint32(p + 14, e.packed, true);
  v.setUint32(p + 18, e.size, true);
  v.setUint16(p + 22, name.length, true);
  if (central) v.setUint32(p + 36, e.offset ?? 0, true); // local header offset, byte 42
  out.set(name, size);
  return out;
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

export function concat(chunks: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
