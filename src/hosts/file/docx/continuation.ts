/**
 * When a Word table is broken by a page break into two tables, the second continues the
 * first: one logical table. It does when nothing but blank paragraphs (page and section
 * breaks are blank) stands between the two and one of these holds:
 * - a «Продолжение таблицы» line stands between them;
 * - the second repeats the first's header row;
 * - the second starts with the row of column numbers «1 2 3 …»;
 * - the two have the very same column grid (Word's «Разделить таблицу» leaves exactly that).
 * Any other text between two tables (a title, a paragraph of prose) keeps them apart.
 */
import { type CellValue, cellText } from "../../../core/grid";
import type { TableGrid } from "./table-grid";

const CONTINUED = /^продолжение(\s+таблицы)?(\s*(№\s*)?[\d.]+)?\s*[.:]?$/i;

export function isContinuationMark(text: string): boolean {
  return CONTINUED.test(text.replace(/\s+/g, " ").trim());
}

function norm(v: CellValue): string {
  return cellText(v).toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
}

function texts(row: CellValue[] | undefined): string[] {
  return (row ?? []).map(norm).filter((t) => t !== "");
}

function repeatsHeader(first: TableGrid, next: TableGrid): boolean {
  const header = texts(first.cells[0]);
  const again = texts(next.cells[0]);
  return header.length >= 2 && header.join("\u0001") === again.join("\u0001");
}

/** «1 2 3 …»: at least three cells, numbered from 1 without gaps. */
export function isColumnNumberRow(row: CellValue[] | undefined): boolean {
  const cells = texts(row);
  return cells.length >= 3 && cells.every((t, i) => t === String(i + 1));
}

function sameGrid(a: number[], b: number[]): boolean {
  return a.length >= 2 && a.length === b.length && a.every((w, i) => Math.abs(w - b[i]) <= 1);
}

export interface TablePart {
  grid: TableGrid;
  /** The table's own w:tblGrid widths. */
  columns: number[];
}

/**
 * Whether `next` continues the logical table that began with `first` and whose last part so
 * far is `last`, given the texts of the paragraphs between `last` and `next`.
 */
export function continues(
  first: TablePart,
  last: TablePart,
  next: TablePart,
  between: string[],
): boolean {
  const lines = between.map((t) => t.trim()).filter((t) => t !== "");
  if (lines.some((t) => !isContinuationMark(t))) return false;
  if (lines.length > 0) return true;
  return (
    repeatsHeader(first.grid, next.grid) ||
    isColumnNumberRow(next.grid.cells[0]) ||
    sameGrid(last.columns, next.columns)
  );
}
