/** Cell values of municipal tables as the text the regional sheets show. */
import type { CellValue } from "../grid";

/** Excel refuses a cell longer than this; a longer text makes the whole file "damaged". */
export const EXCEL_MAX_CELL_CHARS = 32767;

/** The text a person sees in the cell: a date as dd.mm.yyyy (its UTC day), numbers as written. */
export function displayText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v.trim();
  if (v instanceof Date) return ruDate(v.toISOString().slice(0, 10));
  if (typeof v === "boolean") return v ? "ИСТИНА" : "ЛОЖЬ";
  return String(v);
}

/** YYYY-MM-DD → dd.mm.yyyy */
export function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export interface Fitted {
  text: string;
  /** Characters cut off to fit Excel's cell limit (0 when the text fits). */
  cut: number;
}

/** Fits a text into one Excel cell; the cut is reported, never silent. */
export function fitCell(text: string, marker: string): Fitted {
  if (text.length <= EXCEL_MAX_CELL_CHARS) return { text, cut: 0 };
  const keep = EXCEL_MAX_CELL_CHARS - marker.length;
  return { text: text.slice(0, keep) + marker, cut: text.length - keep };
}
