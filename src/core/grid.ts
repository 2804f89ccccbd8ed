/**
 * Grid: a snapshot of one sheet (or one part of it), the single input type of the core.
 *
 * Hosts (Excel, .xlsx files) build Grids; the core never reads a workbook itself.
 * Values are raw: a merged area holds its value only in its top-left cell, exactly as
 * spreadsheets store it. The recogniser decides what a merge means (a section row spanning
 * the width, a value shared by several rows).
 */

/** A real Excel date is carried as a JS Date whose UTC calendar day is the cell's date. */
export type CellValue = string | number | boolean | Date | null;

/** A merged area in grid coordinates: 0-based, inclusive, relative to `cells[0][0]`. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Sheet name as the user sees it. */
  sheet: string;
  /**
   * 1-based sheet row and column of `cells[0][0]` (a used range need not start at A1). A Word
   * table's Grid puts the paragraphs before the table above it, at rows 0, −1 …, so that the
   * table's own rows count from 1 (hosts/file/docx/document-grids.ts).
   */
  origin: { row: number; col: number };
  /** Row-major cell values; rows may be ragged (missing cells are empty). */
  cells: CellValue[][];
  merges: MergeArea[];
  /**
   * The sheet is hidden from the workbook's tabs (Excel's "Hide", or "very hidden" by a macro).
   * It is still read and checked — a roadmap may sit on it — and reports say it is hidden.
   */
  hidden?: boolean;
}

export function cellAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.cells[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.cells) if (row.length > w) w = row.length;
  return w;
}

/**
 * Text of a cell for reading: trimmed, with inner whitespace runs kept as written; a real date
 * as YYYY-MM-DD, an invalid Date (which no reader can show) as "".
 */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : isoDate(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function isEmptyCell(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

// People fill a cell they have nothing for with a dash or a dot; it says "nothing" as much as
// a blank does. One definition for every field, so that "-" is a missing deadline and a
// missing responsible alike.
const NOTHING_TEXT = /^[\s\-‐‑‒–—―−.,;:_/\\]*$/;

/** Text that says nothing: empty, or only dashes and punctuation ("-", "—", "."). */
export function isBlankText(text: string): boolean {
  return NOTHING_TEXT.test(text);
}

/** A cell that says nothing (see isBlankText); numbers, dates and booleans always say something. */
export function isBlankValue(v: CellValue): boolean {
  return v === null || (typeof v === "string" && isBlankText(v));
}

/** Excel's day 0 of the 1900 date system, as it computes serials after February 1900. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The calendar day of an Excel date serial, as a Date at UTC midnight (time of day dropped). */
export function dateOfExcelSerial(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

/** Excel's serial day number of a Date's UTC calendar day. */
export function excelSerialOf(d: Date): number {
  return Math.round(
    (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - EXCEL_EPOCH_MS) / DAY_MS,
  );
}

/** YYYY-MM-DD of a Date's UTC calendar day. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
