/**
 * Years the text leaves out. A yearless date takes the first year, counting from the period's
 * start, in which it falls inside the period. For an academic period (2020-09-01..2021-08-31)
 * that puts September–December in its first year and January–August in its second; for a
 * calendar year it is that year; for several calendar years (2020-01-01..2022-12-31) a
 * yearless date is ambiguous and takes the first year that fits — 2020.
 */
import { dayKey, MAX_YEAR, MIN_YEAR, yearOf } from "./calendar";
import type { KeyPeriod } from "./context";

/**
 * Year for a yearless span inside one calendar year, from month-day `fromMd` to `toMd`
 * (month * 100 + day: a month is 0901..0931). The period's start year when it fits nowhere.
 */
export function inferYear(period: KeyPeriod, fromMd: number, toMd: number): number {
  const first = yearOf(period.start);
  for (let y = first; y <= yearOf(period.end); y++) {
    if (y * 10000 + fromMd <= period.end && y * 10000 + toMd >= period.start) return y;
  }
  return first;
}

/**
 * The period of explicit years: calendar years run 1 January – 31 December; an academic span
 * "2020-2021" runs 2020-09-01..2021-08-31, and a single academic year "2021 учебный год" the
 * year from 1 September 2021. Null outside the supported years.
 */
export function yearsPeriod(first: number, last: number, academic: boolean): KeyPeriod | null {
  if (academic) {
    const end = last === first ? first + 1 : last;
    return end > MAX_YEAR ? null : { start: dayKey(first, 9, 1), end: dayKey(end, 8, 31) };
  }
  return first < MIN_YEAR || last > MAX_YEAR
    ? null
    : { start: dayKey(first, 1, 1), end: dayKey(last, 12, 31) };
}
