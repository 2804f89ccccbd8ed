/**
 * Looks inside an .xlsx (a zip) before ExcelJS loads it whole into memory (the writers' path:
 * load-exceljs.ts), so that a hostile or absurd file gets a clear message instead of
 * exhausting memory: a zip bomb (a tiny file that inflates to gigabytes, whatever sizes it
 * declares), a sheet of a million rows. Every entry is inflated, since ExcelJS reads them all.
 * The check and consolidation read through xlsx/read-xlsx.ts, whose guard is built in.
 */
import { FileReadError } from "./file-error";
import { type InflateRaw, webInflateRaw } from "./inflate-web";
import { listZipEntries } from "./xlsx/zip";

// The zip directory moved to xlsx/zip.ts; this export stays for the writers that patch zips.
export { listZipEntries, type ZipEntry } from "./xlsx/zip";

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
  return new FileReadError("too-large", {
    reason: "zip-bomb",
    limit: Math.round(limits.maxTotalBytes / 1048576),
  });
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
      throw new FileReadError("corrupt", {
        detail: `zip: ${e.name}: compression method ${e.method}`,
      });
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
      throw new FileReadError("too-large", { reason: "rows", limit: limits.maxRows });
    }
    cells += tags.cells;
    if (cells > limits.maxCells) {
      throw new FileReadError("too-large", { reason: "cells", limit: limits.maxCells });
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
    throw new FileReadError("corrupt", {
      detail: `zip: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
}
