/** Cell values of municipal tables as the text the regional sheets show. */
import { formatDay } from "../deadline/calendar";
import { isoDate, type CellValue } from "../grid";

/** Excel refuses a cell longer than this; a longer text makes the whole file "damaged". */
export const EXCEL_MAX_CELL_CHARS = 32767;

/** The text a person sees in the cell: a date as dd.mm.yyyy (its UTC day), numbers as written. */
export function displayText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v.trim();
  if (v instanceof Date) return formatDay(isoDate(v));
  if (typeof v === "boolean") return v ? "ИСТИНА" : "ЛОЖЬ";
  return String(v);
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
