/**
 * Excel stores a date as a number with a date format. Range.numberFormat (ExcelApi 1.1, so it
 * works on every supported Excel) returns locale-independent codes such as "dd.mm.yyyy"; the
 * newer numberFormatCategories (1.12) would tell "Date" directly but not on Excel 2019.
 */
import { type CellValue, dateOfExcelSerial } from "../../core/grid";

const QUOTED = /"[^"]*"/g;
const ESCAPED = /\\./g;
const BRACKETS = /\[[^\]]*\]/g;

/** True when a number format shows a calendar date (not a time alone, not a number). */
export function isDateFormat(format: string): boolean {
  if (format === "" || /^general$/i.test(format) || format === "@") return false;
  // Only the first section (positive numbers) decides how a date serial is shown.
  const section = format.split(";")[0];
  const bare = section.replace(QUOTED, "").replace(ESCAPED, "").replace(BRACKETS, "");
  if (/[dyдг]/i.test(bare)) return true;
  // "m" alone is a month unless the format is a time (h:mm, mm:ss).
  return /[mм]/i.test(bare) && !/[hsчс]/i.test(bare);
}

/** A cell of Range.values as the core's CellValue, its number format deciding dates. */
export function toCellValue(value: unknown, format: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (
      typeof format === "string" &&
      isDateFormat(format) &&
      Number.isFinite(value) &&
      value >= 1
    ) {
      return dateOfExcelSerial(value);
    }
    return value;
  }
  if (typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}
