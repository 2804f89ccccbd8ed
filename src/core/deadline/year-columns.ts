/**
 * Deadlines held as planned values in year columns (seed 002: "Срок реализации, годы" over
 * "2020 г.", "2021 г.", "2022 г."). A year whose value is neither empty nor nothing ("0",
 * "-", "нет") is a due year, due on 31 December — or at the end of a month the value names
 * ("1 (май)"). One due date is a date, several are checkpoints, none is missing. Years marked
 * with "х", "+", "V" rather than given values are a span: from the first marked year's start to
 * the last one's end.
 */
import { dayKey, lastDayOfMonth, MAX_YEAR, MIN_YEAR, type DayKey } from "./calendar";
import type { KeyContext } from "./context";
import { monthsIn } from "./months";
import { normalize } from "./normalize";
import { makeDeadline, nextDue, sortedUnique } from "./result";
import { cellText, type CellValue } from "../grid";
import type { Deadline } from "./types";

/** A mark that a grid cell is planned: "х", "x", "+", "V", "✓", "*", "•". */
const MARK = /^\s*[*✓✔☑+•хxvХXV]\s*$/u;

/** Values that plan nothing for the year: zeros, dashes, "нет". */
const NOTHING = /^(?:[-0.,;:/ ]*|нет)$/;

/** A cell that plans something: a value, a mark — not empty, a zero, a dash or «нет». */
export function plansSomething(value: CellValue): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string" && MARK.test(value)) return true;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return !NOTHING.test(normalize(value));
}

export function fromYearColumns(
  cells: { year: number; value: CellValue }[],
  ctx: KeyContext,
): Deadline {
  for (const c of cells) {
    if (!Number.isInteger(c.year) || c.year < MIN_YEAR || c.year > MAX_YEAR) {
      throw new RangeError(
        `Year column ${c.year}: expected a whole year from ${MIN_YEAR} to ${MAX_YEAR}`,
      );
    }
  }
  const text = cells.map((c) => `${c.year} г.: ${cellText(c.value)}`).join("; ");
  // Marks ("х", "+", "V") rather than planned values: a grid of years, read like a grid of
  // quarters — from the first marked year's start to the last one's end.
  const planned = cells.filter((c) => plansSomething(c.value));
  if (
    planned.length > 0 &&
    planned.every((c) => typeof c.value === "string" && MARK.test(c.value))
  ) {
    const years = planned.map((c) => c.year);
    const due = dayKey(Math.max(...years), 12, 31);
    return makeDeadline(text, "range", dayKey(Math.min(...years), 1, 1), due, [due], false);
  }
  const due: DayKey[] = [];
  for (const c of cells) {
    if (!plansSomething(c.value)) continue;
    const months = typeof c.value === "string" ? monthsIn(normalize(c.value)) : [];
    if (months.length === 0) due.push(dayKey(c.year, 12, 31));
    for (const m of months) due.push(lastDayOfMonth(c.year, m));
  }
  const dates = sortedUnique(due);
  if (dates.length === 0) return makeDeadline(text, "missing", null, null, [], false);
  if (dates.length === 1) return makeDeadline(text, "date", null, dates[0], dates, false);
  return makeDeadline(text, "checkpoints", null, nextDue(dates, ctx.asOf), dates, false);
}
