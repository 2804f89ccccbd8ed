/**
 * Years the text leaves out. A yearless date takes the one year in which it falls wholly inside
 * the period. For an academic period (2020-09-01..2021-08-31) that puts September–December in
 * its first year and January–August in its second; for a calendar year it is that year. In a
 * plan over several years (2020-01-01..2022-12-31, or September 2022 to May 2024) a yearless
 * "Март" falls inside more than one year: that is no guess to make, the year stays unknown and
 * a finding asks for it. A date that falls wholly inside no year of the period (the third
 * quarter of an academic year straddles 1 September) takes the first year it touches.
 */
import { dayKey, MAX_YEAR, MIN_YEAR, yearOf } from "./calendar";
import type { KeyPeriod } from "./context";

/**
 * Year for a yearless span inside one calendar year, from month-day `fromMd` to `toMd`
 * (month * 100 + day: a month is 0901..0931); null when it falls inside the period in several
 * years. The period's start year when it touches none.
 */
export function inferYear(period: KeyPeriod, fromMd: number, toMd: number): number | null {
  const first = yearOf(period.start);
  const last = yearOf(period.end);
  let inside: number | null = null;
  let touched: number | null = null;
  for (let y = first; y <= last; y++) {
    const from = y * 10000 + fromMd;
    const to = y * 10000 + toMd;
    if (from >= period.start && to <= period.end) {
      if (inside !== null) return null;
      inside = y;
    } else if (touched === null && from <= period.end && to >= period.start) touched = y;
  }
  return inside ?? touched ?? first;
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
