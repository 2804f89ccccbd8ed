/**
 * Cells that are not text. A real Excel date is a date. A number is an Excel serial date when
 * it is a plausible one (36526..73050: the years 2000–2099), a bare year when it is 2000..2099
 * (the period of that calendar year), and unparsed otherwise — a count typed in the deadline
 * column is no deadline.
 */
import { dayKey, fromExcelSerial, fromUtcDate, isPlausibleSerial } from "./calendar";
import type { KeyContext } from "./context";
import { parseText } from "./parse-text";
import { makeDeadline, undated } from "./result";
import { cellText, type CellValue } from "../grid";
import type { Deadline } from "./types";

export function parseCell(value: CellValue, ctx: KeyContext): Deadline {
  if (value === null || value === undefined) return undated("", "missing");
  if (typeof value === "string") return parseText(value.trim(), ctx);
  const text = cellText(value);
  if (value instanceof Date) {
    const k = fromUtcDate(value);
    return k === null ? undated(text, "unparsed") : makeDeadline(text, "date", null, k, [k], false);
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 2000 && value <= 2099) {
      const end = dayKey(value, 12, 31);
      return makeDeadline(text, "period", dayKey(value, 1, 1), end, [end], false);
    }
    if (isPlausibleSerial(value)) {
      const k = fromExcelSerial(value);
      return makeDeadline(text, "date", null, k, [k], false);
    }
  }
  return undated(text, "unparsed");
}
