/** Shared by the seed tests: build the seeds into a temp dir and read them back. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { buildSeeds } from "../../scripts/build-seeds";
import type { WorkbookLayout } from "../../scripts/seeds/layout";

export interface BuiltSeeds {
  dir: string;
  paths: string[];
  layouts: WorkbookLayout[];
  books: Map<string, ExcelJS.Workbook>;
}

export async function buildIntoTemp(): Promise<BuiltSeeds> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "seeds-"));
  const paths = await buildSeeds(dir);
  const layouts = JSON.parse(await readFile(path.join(dir, "layout.json"), "utf8")) as WorkbookLayout[];
  const books = new Map<string, ExcelJS.Workbook>();
  for (const p of paths.filter((x) => x.endsWith(".xlsx"))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    books.set(path.basename(p), wb);
  }
  return { dir, paths, layouts, books };
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export function sheetOf(built: BuiltSeeds, file: string, sheet: string): ExcelJS.Worksheet {
  const ws = built.books.get(file)?.getWorksheet(sheet);
  if (!ws) throw new Error(`No sheet "${sheet}" in ${file}.`);
  return ws;
}

export function layoutOf(built: BuiltSeeds, file: string, sheet: string) {
  const s = built.layouts.find((w) => w.file === file)?.sheets.find((x) => x.sheet === sheet);
  if (!s) throw new Error(`No layout for ${file} / ${sheet}.`);
  return s;
}

/** Cell value as a plain value: text, number, Date or null. */
export function value(ws: ExcelJS.Worksheet, row: number, col: number): string | number | Date | null {
  const v = ws.getCell(row, col).value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || v instanceof Date) return v;
  throw new Error(`Unexpected cell value at ${ws.getCell(row, col).address}: ${JSON.stringify(v)}`);
}

export function text(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = value(ws, row, col);
  return v === null ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

export function merges(ws: ExcelJS.Worksheet): string[] {
  return ws.model.merges;
}

/** 1-based columns holding a value in a row (merged slave cells excluded). */
export function filledColumns(ws: ExcelJS.Worksheet, row: number, width: number): number[] {
  const out: number[] = [];
  for (let c = 1; c <= width; c++) {
    const cell = ws.getCell(row, c);
    if (cell.isMerged && cell.master.address !== cell.address) continue;
    if (text(ws, row, c).trim() !== "") out.push(c);
  }
  return out;
}

/** Whitespace-collapsed text, to compare cell texts with the seed text they came from. */
export function squash(s: string): string {
  return s.replace(/\*\*/g, "").replace(/\s+/g, " ").trim();
}

/** Reads one part of an .xlsx (a zip) without a zip library: central directory + inflate. */
export function zipEntry(zip: Buffer, name: string): string {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLen = zip.readUInt16LE(p + 28);
    const entry = zip.toString("utf8", p + 46, p + 46 + nameLen);
    if (entry === name) {
      const local = zip.readUInt32LE(p + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(p + 20));
      return (zip.readUInt16LE(p + 10) === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  throw new Error(`No ${name} in the archive.`);
}
