/**
 * Deadlines given as a grid of quarter or month columns under a merged deadline parent ("Срок
 * исполнения" over "I кв." … "IV кв.", or "январь" … "декабрь"), with a mark in the cells the
 * activity falls in: "х", "x", "+", "V", "✓", "*", or a number. The first marked column is the
 * start, the last marked one is due at its end; one marked month is a date, one marked quarter a
 * range over it, as "Сентябрь 2021" and "I квартал 2021" read in text.
 *
 * A column carries no year: the parent's single year gives it ("Сроки, 2022 год"), else the
 * period — the parent's, else the table's — as for a yearless "Март" in text. A grid in a plan
 * over several years ("Сроки выполнения Программы: 2011 - 2013 гг." over four quarters) cannot
 * tell which year is meant: the deadline needs its year, and a finding asks for it.
 */
import { inferYear } from "./academic-year";
import { dayKey, lastDayOfMonth, type DayKey } from "./calendar";
import type { KeyContext, KeyPeriod } from "./context";
import { makeDeadline } from "./result";
import { cellText, type CellValue } from "../grid";
import type { Deadline } from "./types";
import { plansSomething } from "./year-columns";

export interface MarkCell {
  unit: "quarter" | "month";
  /** The quarter (1–4) or month (1–12) of the column. */
  n: number;
  /** The column's header as the user wrote it ("I кв."), for the deadline's text. */
  label: string;
  value: CellValue;
}

function monthsOf(c: MarkCell): [number, number] {
  return c.unit === "quarter" ? [c.n * 3 - 2, c.n * 3] : [c.n, c.n];
}

/** First and last day of a marked column, null when its year cannot be known. */
function spanOf(c: MarkCell, period: KeyPeriod | null): [DayKey, DayKey] | null {
  if (period === null) return null;
  const [from, to] = monthsOf(c);
  const year = inferYear(period, from * 100 + 1, to * 100 + 31);
  return year === null ? null : [dayKey(year, from, 1), lastDayOfMonth(year, to)];
}

export interface MarkReading {
  deadline: Deadline;
  /** Index (into the cells given) of the column the due date comes from; null when none. */
  dueCell: number | null;
}

export function fromMarkColumns(cells: MarkCell[], ctx: KeyContext): MarkReading {
  const text = cells.map((c) => `${c.label}: ${cellText(c.value)}`).join("; ");
  const marked = cells.map((c, i) => ({ c, i })).filter(({ c }) => plansSomething(c.value));
  if (marked.length === 0) {
    return { deadline: makeDeadline(text, "missing", null, null, [], false), dueCell: null };
  }
  const single = marked.length === 1 && marked[0].c.unit === "month";
  const spans = marked.map(({ c }) => spanOf(c, ctx.period));
  const last = marked[marked.length - 1].i;
  if (spans.some((s) => s === null)) {
    return {
      deadline: makeDeadline(text, single ? "date" : "range", null, null, [], true),
      dueCell: last,
    };
  }
  const known = spans as [DayKey, DayKey][];
  const start = Math.min(...known.map((s) => s[0]));
  const due = Math.max(...known.map((s) => s[1]));
  const dueCell = marked[known.findIndex((s) => s[1] === due)].i;
  const deadline = single
    ? makeDeadline(text, "date", null, due, [due], false)
    : makeDeadline(text, "range", start, due, [due], false);
  return { deadline, dueCell };
}
