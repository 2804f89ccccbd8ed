/**
 * A zip package written entry by entry: a part's content arrives as a stream of text and byte
 * chunks, is encoded, checksummed and deflated piece by piece (never one giant string), and
 * entries of an existing package can be copied as they are stored — their compressed bytes
 * untouched — which is how a rebuild or a checked copy keeps the user's parts byte-identical.
 */
import { encodeUtf8 } from "../../text-codec";
import type { Compression } from "./deflate";

/** An entry of an existing package, copied without inflating it. */
export interface StoredEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date as the source stored them. */
  time: number;
  date: number;
  /** The compressed bytes. */
  data: Uint8Array;
}

/** What a part's content is made of: XML text, or bytes copied from elsewhere. */
export type PartContent = Iterable<string | Uint8Array>;

/** Bytes per deflate piece; big enough that splitting costs nothing in size. */
const PIECE_BYTES = 1 << 20;
/** Text gathered before it is encoded at once: one TextEncoder call per ~256 K characters. */
const TEXT_CHARS = 1 << 18;
/** 1980-01-01 00:00, the zip epoch, as Excel stamps its own entries: output is reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const MAX_32 = 0xffffffff;

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  offset: number;
}

export class ZipTooLargeError extends Error {
  constructor() {
    super("Книга получилась больше 4 ГБ: так много не помещается в один файл .xlsx.");
    this.name = "ZipTooLargeError";
  }
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private readonly names = new Set<string>();
  private offset = 0;

  constructor(private readonly compression: Compression) {}

  /** Deflates a part from its content chunks. */
  async addPart(name: string, content: PartContent): Promise<void> {
    const deflater = this.compression.deflate();
    let crc = 0;
    let size = 0;
    let texts: string[] = [];
    let textChars = 0;
    let bytes: Uint8Array[] = [];
    let byteCount = 0;
    const encodeTexts = () => {
      if (texts.length === 0) return;
      const encoded = encodeUtf8(texts.length === 1 ? texts[0] : texts.join(""));
      texts = [];
      textChars = 0;
      bytes.push(encoded);
      byteCount += encoded.length;
    };
    const flushPiece = async () => {
      encodeTexts();
      if (byteCount === 0) return;
      const piece = bytes.length === 1 ? bytes[0] : concat(bytes, byteCount);
      bytes = [];
      byteCount = 0;
      crc = this.compression.crc32(piece, crc);
      size += piece.length;
      await deflater.push(piece);
    };
    for (const chunk of content) {
      if (typeof chunk === "string") {
        texts.push(chunk);
        textChars += chunk.length;
        if (textChars >= TEXT_CHARS) encodeTexts();
      } else {
        encodeTexts();
        bytes.push(chunk);
        byteCount += chunk.length;
      }
      if (byteCount >= PIECE_BYTES) await flushPiece();
    }
    await flushPiece();
    const compressed = await deflater.end();
    const compressedSize = compressed.reduce((n, c) => n + c.length, 0);
    this.addEntry(name, 8, crc, size, compressedSize, DOS_TIME, DOS_DATE, compressed);
  }

  /** Copies an entry of another package as it is stored: same method, bytes, checksum, date. */
  addStored(entry: StoredEntry): void {
    this.addEntry(
      entry.name,
      entry.method,
      entry.crc,
      entry.size,
      entry.compressedSize,
      entry.time,
      entry.date,
      [entry.data],
    );
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /** The whole package. */
  finish(): Uint8Array {
    const central: Uint8Array[] = [];
    let centralSize = 0;
    for (const w of this.written) {
      const h = new Uint8Array(46 + w.name.length);
      const v = new DataView(h.buffer);
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true); // made by: MS-DOS, zip 2.0
      v.setUint16(6, 20, true);
      v.setUint16(8, 0x0800, true); // names in UTF-8
      v.setUint16(10, w.method, true);
      v.setUint16(12, w.time, true);
      v.setUint16(14, w.date, true);
      v.setUint32(16, w.crc, true);
      v.setUint32(20, w.compressedSize, true);
      v.setUint32(24, w.size, true);
      v.setUint16(28, w.name.length, true);
      v.setUint32(42, w.offset, true);
      h.set(w.name, 46);
      central.push(h);
      centralSize += h.length;
    }
    if (this.written.length > 0xffff || this.offset + centralSize > MAX_32) {
      throw new ZipTooLargeError();
    }
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, this.written.length, true);
    v.setUint16(10, this.written.length, true);
    v.setUint32(12, centralSize, true);
    v.setUint32(16, this.offset, true);
    return concat([...this.chunks, ...central, end], this.offset + centralSize + end.length);
  }

  private addEntry(
    name: string,
    method: number,
    crc: number,
    size: number,
    compressedSize: number,
    time: number,
    date: number,
    data: Uint8Array[],
  ): void {
    if (this.names.has(name)) throw new Error(`zip: the part ${name} is written twice`);
    if (size > MAX_32 || compressedSize > MAX_32) throw new ZipTooLargeError();
    this.names.add(name);
    const encoded = encodeUtf8(name);
    const h = new Uint8Array(30 + encoded.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 0x0800, true);
    v.setUint16(8, method, true);
    v.setUint16(10, time, true);
    v.setUint16(12, date, true);
    v.setUint32(14, crc, true);
    v.setUint32(18, compressedSize, true);
    v.setUint32(22, size, true);
    v.setUint16(26, encoded.length, true);
    h.set(encoded, 30);
    this.written.push({
      name: encoded,
      method,
      crc,
      compressedSize,
      size,
      time,
      date,
      offset: this.offset,
    });
    this.chunks.push(h, ...data);
    this.offset += h.length + compressedSize;
    if (this.offset > MAX_32) throw new ZipTooLargeError();
  }
}

export function concat(parts: Uint8Array[], total?: number): Uint8Array {
  const out = new Uint8Array(total ?? parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
