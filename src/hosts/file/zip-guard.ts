/**
 * Looks inside an .xlsx (a zip) before ExcelJS loads it whole into memory, so that a hostile
 * or absurd file gets a clear message instead of exhausting memory: a zip bomb (a tiny file
 * that inflates to gigabytes, whatever sizes it declares), a sheet of a million rows.
 * Entries are inflated as a stream and thrown away; only counts are kept.
 */
import { FileReadError } from "./file-error";
import { type InflateRaw, webInflateRaw } from "./inflate-web";

export interface GuardLimits {
  /** Total inflated bytes of all entries. */
  maxTotalBytes: number;
  /** Rows of one worksheet. */
  maxRows: number;
  /** Cells of all worksheets. */
  maxCells: number;
}

export const DEFAULT_LIMITS: GuardLimits = {
  maxTotalBytes: 250 * 1024 * 1024,
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

interface TagCounts {
  rows: number;
  cells: number;
}

/**
 * Counts "<row" and "<c" start tags in worksheet XML. It hops from "<" to "<" with the native
 * indexOf and looks only at the bytes after each: a loop over every byte in JavaScript, or
 * decoding the XML into a string, took longer than ExcelJS's own parse.
 */
export function countSheetTags(xml: Uint8Array): TagCounts {
  let rows = 0;
  let cells = 0;
  const end = xml.length - 4;
  for (let i = xml.indexOf(0x3c); i >= 0 && i < end; i = xml.indexOf(0x3c, i + 1)) {
    const a = xml[i + 1];
    if (a === 0x63) {
      if (isTagEnd(xml[i + 2])) cells++; // "<c "
    } else if (a === 0x72 && xml[i + 2] === 0x6f && xml[i + 3] === 0x77 && isTagEnd(xml[i + 4])) {
      rows++; // "<row "
    }
  }
  return { rows, cells };
}

function isTagEnd(ch: number): boolean {
  return ch === 0x20 || ch === 0x3e || ch === 0x2f || ch === 0x0a || ch === 0x0d || ch === 0x09;
}

function tooLarge(limits: GuardLimits): FileReadError {
  return new FileReadError(
    "too-large",
    `Распакованное содержимое больше ${Math.round(limits.maxTotalBytes / 1048576)} МБ (возможно, это «zip-бомба»).`,
  );
}

/**
 * Inflates every entry, with a cap of what is left of the byte budget whatever size the entry
 * declares, and counts the rows and cells of the worksheets. One entry is held at a time.
 */
export async function guardXlsx(
  bytes: Uint8Array,
  limits: GuardLimits = DEFAULT_LIMITS,
  inflate: InflateRaw = webInflateRaw,
): Promise<void> {
  const entries = listZipEntries(bytes);
  let total = 0;
  let cells = 0;
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) {
      throw new FileReadError("corrupt", `(сжатие ${e.method})`);
    }
    const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    const budget = limits.maxTotalBytes - total;
    if (e.method === 0 ? data.length > budget : e.declaredSize > budget) throw tooLarge(limits);
    const xml = e.method === 0 ? data : await inflateEntry(inflate, data, budget);
    if (xml === null) throw tooLarge(limits);
    total += xml.length;
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) continue;
    const tags = countSheetTags(xml);
    if (tags.rows > limits.maxRows) {
      throw new FileReadError(
        "too-large",
        `На листе больше ${limits.maxRows.toLocaleString("ru-RU")} строк — это не похоже на дорожную карту. Разделите книгу или удалите лишние строки.`,
      );
    }
    cells += tags.cells;
    if (cells > limits.maxCells) {
      throw new FileReadError(
        "too-large",
        `В книге больше ${limits.maxCells.toLocaleString("ru-RU")} заполненных ячеек.`,
      );
    }
  }
}

async function inflateEntry(
  inflate: InflateRaw,
  data: Uint8Array,
  budget: number,
): Promise<Uint8Array | null> {
  try {
    return await inflate(data, budget);
  } catch (err) {
    // Only broken compressed data lands here (the inflaters report overflow as null).
    throw new FileReadError(
      "corrupt",
      `(данные архива не распаковываются: ${err instanceof Error ? err.message : String(err)})`,
    );
  }
}
