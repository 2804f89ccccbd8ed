/**
 * The zip container of an .xlsx or .docx: its central directory read into entries, nothing
 * inflated. The readers find their parts through it, and the writers (write/package-view.ts)
 * the entries they copy as stored.
 * Sizes come from the central directory (local headers of streamed writers hold zeros there);
 * ZIP64 records are followed, since .NET's packaging writes them even for small files.
 */
import { decodeUtf8 } from "../text-codec";
import { FileReadError } from "../file-error";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else we cannot read. */
  method: number;
  compressedSize: number;
  /** What the directory claims the entry inflates to: a hostile file may lie. */
  declaredSize: number;
  dataOffset: number;
  /** General purpose flags; bit 0 is zip-level encryption (never used by Office). */
  flags: number;
  /** CRC-32 and DOS time and date as stored: what a writer copying the entry keeps. */
  crc: number;
  time: number;
  date: number;
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  // Past 2^53 the archive could not be held in memory anyway.
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

/** Names without the UTF-8 flag are CP437 by the standard; in practice they are ASCII. */
const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function truncated(what: string): FileReadError {
  return new FileReadError("corrupt", { detail: `zip: ${what}` });
}

function findEndOfDirectory(b: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (b[i] === 0x50 && u32(b, i) === EOCD) return i;
  }
  return -1;
}

/** Entry count and directory offset, from the ZIP64 end record when the classic one is full. */
function directoryOf(b: Uint8Array, eocd: number): { count: number; offset: number } {
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if (count !== 0xffff && offset !== 0xffffffff) return { count, offset };
  const locator = eocd - 20;
  if (locator < 0 || u32(b, locator) !== EOCD64_LOCATOR) {
    throw truncated("ZIP64 end-of-directory locator missing");
  }
  const at = u64(b, locator + 8);
  if (at + 56 > b.length || u32(b, at) !== EOCD64) throw truncated("ZIP64 end record missing");
  count = u64(b, at + 32);
  offset = u64(b, at + 48);
  return { count, offset };
}

/** Sizes and offset of an entry whose 32-bit fields overflowed into a ZIP64 extra field. */
function applyZip64(
  b: Uint8Array,
  extraStart: number,
  extraEnd: number,
  sizes: { declared: number; compressed: number; local: number },
): void {
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = u16(b, p);
    const len = u16(b, p + 2);
    if (id === 0x0001) {
      // Only the fields that overflowed are present, in this order.
      let q = p + 4;
      if (sizes.declared === 0xffffffff) {
        sizes.declared = u64(b, q);
        q += 8;
      }
      if (sizes.compressed === 0xffffffff) {
        sizes.compressed = u64(b, q);
        q += 8;
      }
      if (sizes.local === 0xffffffff) sizes.local = u64(b, q);
      return;
    }
    p += 4 + len;
  }
}

/** The entries of a zip archive, in directory order; throws "corrupt" when it is not one. */
export function listZipEntries(b: Uint8Array): ZipEntry[] {
  const eocd = findEndOfDirectory(b);
  if (eocd < 0) throw truncated("no end-of-central-directory record (truncated or not a zip)");
  const { count, offset } = directoryOf(b, eocd);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) throw truncated("central directory broken");
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const sizes = { declared: u32(b, p + 24), compressed: u32(b, p + 20), local: u32(b, p + 42) };
    applyZip64(b, p + 46 + nameLen, p + 46 + nameLen + extraLen, sizes);
    const local = sizes.local;
    if (local + 30 > b.length || u32(b, local) !== LOCAL) throw truncated("local header missing");
    const dataOffset = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (dataOffset + sizes.compressed > b.length) throw truncated("entry data cut off");
    entries.push({
      name: decodeUtf8(b.subarray(p + 46, p + 46 + nameLen)),
      method: u16(b, p + 10),
      compressedSize: sizes.compressed,
      declaredSize: sizes.declared,
      dataOffset,
      flags: u16(b, p + 8),
      crc: u32(b, p + 16),
      time: u16(b, p + 12),
      date: u16(b, p + 14),
    });
    p += 46 + nameLen + extraLen + u16(b, p + 32);
  }
  return entries;
}

/**
 * Entries by part name. Package part names are case-insensitive (OPC, ECMA-376 Part 2 §9.1.1),
 * and some writers put a leading slash or backslashes in the zip names.
 */
export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly exact = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();

  constructor(readonly bytes: Uint8Array) {
    this.entries = listZipEntries(bytes);
    // A name twice (invalid, but seen): the later entry wins, as in JSZip and hence ExcelJS;
    // names differing only in case: the one spelled as asked for.
    for (const e of this.entries) {
      const key = partKey(e.name);
      this.exact.set(key, e);
      this.folded.set(key.toLowerCase(), e);
    }
  }

  find(partName: string): ZipEntry | null {
    const key = partKey(partName);
    return this.exact.get(key) ?? this.folded.get(key.toLowerCase()) ?? null;
  }
}

function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "");
}
