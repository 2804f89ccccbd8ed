/**
 * Refiner: a year for every day, month, quarter… and then its first and last day.
 *
 * 1. A year written on a neighbour is shared, read in order: "Ноябрь- декабрь 2020" is
 *    November 2020; "15.04 - 20.05.2022" 15 April 2022; "II, IV кв. 2021" both in 2021. When
 *    the order would run backwards the year turns: "Сентябрь- июнь 2021 года" starts in
 *    September 2020; "Сентябрь 2021 Июнь" ends in June 2022.
 * 2. With no year written at all, the period supplies it (academic-year.ts): a range's start
 *    takes the period's year and its end follows the start as in 1 ("Март - июнь" in 2021);
 *    every other mention takes its own year from the period — none when the period holds the
 *    month in several years ("Март" in a plan for 2020–2022).
 * 3. With no period either, the mention keeps no year: first and last stay null.
 */
import { inferYear } from "./academic-year";
import { clampedDay, dayKey, lastDayOfMonth, type DayKey } from "./calendar";
import type { KeyPeriod } from "./context";
import type { Mention } from "./mention";
import { spanMonths } from "./quarters";

export interface Resolved {
  mention: Mention;
  /** First and last day, null when no year could be found. */
  first: DayKey | null;
  last: DayKey | null;
}

interface Span {
  fromMonth: number;
  toMonth: number;
  day: number;
}

function spanOf(m: Mention, academic: boolean): Span {
  if (m.kind === "day") return { fromMonth: m.n, toMonth: m.n, day: m.day };
  if (m.kind === "month") return { fromMonth: m.n, toMonth: m.n, day: 0 };
  // A half-year with its own calendar year ("2-е полугодие 2021 года") is a calendar half.
  const [fromMonth, toMonth] = spanMonths(m.kind, m.n, academic && m.year === null);
  return { fromMonth, toMonth, day: 0 };
}

/** Position within a year, to tell whether the next mention runs on or turns the year. */
function order(s: Span): number {
  return s.fromMonth * 100 + s.day;
}

/**
 * @param dates date mentions in text order
 * @param links links[i]: dates[i] closes a range opened by dates[i - 1]
 */
export function resolveYears(
  dates: Mention[],
  links: boolean[],
  period: KeyPeriod | null,
  academic: boolean,
): Resolved[] {
  const spans = dates.map((m) => spanOf(m, academic));
  const years = dates.map((m) => m.year);
  const n = dates.length;
  for (let i = n - 2; i >= 0; i--) {
    const next = years[i + 1];
    if (years[i] === null && next !== null)
      years[i] = order(spans[i]) > order(spans[i + 1]) ? next - 1 : next;
  }
  for (let i = 1; i < n; i++) {
    const prev = years[i - 1];
    if (years[i] === null && prev !== null)
      years[i] = order(spans[i]) < order(spans[i - 1]) ? prev + 1 : prev;
  }
  if (period !== null) {
    for (let i = 0; i < n; i++) {
      if (years[i] !== null) continue;
      const prev = i > 0 && links[i] ? years[i - 1] : null;
      const s = spans[i];
      years[i] =
        prev !== null
          ? order(s) < order(spans[i - 1])
            ? prev + 1
            : prev
          : inferYear(period, s.fromMonth * 100 + (s.day || 1), s.toMonth * 100 + (s.day || 31));
    }
  }
  return dates.map((mention, i) => {
    const y = years[i];
    if (y === null) return { mention, first: null, last: null };
    const s = spans[i];
    if (s.day > 0) {
      const k = clampedDay(y, s.fromMonth, s.day);
      return { mention, first: k, last: k };
    }
    return { mention, first: dayKey(y, s.fromMonth, 1), last: lastDayOfMonth(y, s.toMonth) };
  });
}
