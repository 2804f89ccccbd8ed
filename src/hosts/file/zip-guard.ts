/**
 * Looks inside an .xlsx (a zip) before ExcelJS loads it whole into memory, so that a hostile
 * or absurd file gets a clear message instead of exhausting memory: a zip bomb (a tiny file
 * that inflates to gigabytes, whatever sizes it declares), a sheet of a million rows.
 * Entries are inflated as a stream and thrown away; only counts are kept.
 */
import { FileReadError } from "./file-error";

export interface GuardLimits {
  /** Total inflated bytes of all entries. */
  maxTotalBytes: number;
  /** Rows of one worksheet. */
  maxRows: number;
  /** Cells of all worksheets. */
  maxCells: number;
}

export const DEFAULT_LIMITS: GuardLimits = {
  maxTotalBytes: 400 * 1024 * 1024,
  maxRows: 100_000,
  maxCells: 3_000_000,
};

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  dataOffset: number;
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

const utf8 = new TextDecoder();

export function listZipEntries(b: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileReadError("corrupt", "(нет оглавления архива)");
  const count = u16(b, eocd + 10);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new FileReadError("too-large", "(архив формата ZIP64)");
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) {
      throw new FileReadError("corrupt", "(оглавление архива повреждено)");
    }
    const nameLen = u16(b, p + 28);
    const local = u32(b, p + 42);
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) {
      throw new FileReadError("corrupt", "(архив обрезан)");
    }
    const dataOffset = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    const entry: ZipEntry = {
      name: utf8.decode(b.subarray(p + 46, p + 46 + nameLen)),
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      declaredSize: u32(b, p + 24),
      dataOffset,
    };
    if (dataOffset + entry.compressedSize > b.length) {
      throw new FileReadError("corrupt", "(архив обрезан)");
    }
    entries.push(entry);
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return entries;
}

/**
 * Counts "<row" and "<c" tags across chunk boundaries without keeping the text. Bytes are
 * decoded as a single-byte charset so that the native indexOf does the scanning: a loop over
 * bytes in JavaScript took most of the guard's time.
 */
class TagCounter {
  rows = 0;
  cells = 0;
  private readonly decoder = new TextDecoder("latin1");
  private tail = "";

  feed(chunk: Uint8Array): void {
    const text = this.tail + this.decoder.decode(chunk, { stream: true });
    this.rows += countTags(text, "<row");
    this.cells += countTags(text, "<c");
    // Keep a tag that may be cut at the chunk's end for the next chunk; never count twice.
    const cut = text.lastIndexOf("<");
    this.tail = cut >= 0 && cut > text.length - 6 ? text.slice(cut) : "";
    if (this.tail) {
      this.rows -= countTags(this.tail, "<row");
      this.cells -= countTags(this.tail, "<c");
    }
  }
}

/** Occurrences of `<name` followed by whitespace, ">" or "/" (so "<row" is not "<rowBreaks"). */
function countTags(text: string, open: string): number {
  let n = 0;
  for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + open.length)) {
    const next = text.charCodeAt(i + open.length);
    if (
      next === 0x20 ||
      next === 0x3e ||
      next === 0x2f ||
      next === 0x0a ||
      next === 0x0d ||
      next === 0x09
    )
      n++;
  }
  return n;
}

export async function guardXlsx(
  bytes: Uint8Array,
  limits: GuardLimits = DEFAULT_LIMITS,
): Promise<void> {
  const entries = listZipEntries(bytes);
  let total = 0;
  let cells = 0;
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8)
      throw new FileReadError("corrupt", `(сжатие ${e.method})`);
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    const counter = isSheet ? new TagCounter() : null;
    const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    const onChunk = (chunk: Uint8Array): void => {
      total += chunk.length;
      if (total > limits.maxTotalBytes) {
        throw new FileReadError(
          "too-large",
          `Распакованное содержимое больше ${Math.round(limits.maxTotalBytes / 1048576)} МБ (возможно, это «zip-бомба»).`,
        );
      }
      if (counter) {
        counter.feed(chunk);
        if (counter.rows > limits.maxRows) {
          throw new FileReadError(
            "too-large",
            `На листе больше ${limits.maxRows.toLocaleString("ru-RU")} строк — это не похоже на дорожную карту. Разделите книгу или удалите лишние строки.`,
          );
        }
        if (cells + counter.cells > limits.maxCells) {
          throw new FileReadError(
            "too-large",
            `В книге больше ${limits.maxCells.toLocaleString("ru-RU")} заполненных ячеек.`,
          );
        }
      }
    };
    if (e.method === 0) onChunk(data);
    else await inflateRaw(data, onChunk);
    if (counter) cells += counter.cells;
  }
}

async function inflateRaw(data: Uint8Array, onChunk: (c: Uint8Array) => void): Promise<void> {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  // Writing and reading must overlap, or a large entry deadlocks on back-pressure.
  const writing = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close());
  writing.catch(() => undefined); // the read side reports the same failure
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onChunk(value);
    }
    await writing;
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    if (err instanceof FileReadError) throw err;
    throw new FileReadError("corrupt", "(данные архива не распаковываются)");
  }
}
