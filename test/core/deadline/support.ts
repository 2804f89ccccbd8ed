/** Shared by the deadline tests: contexts of the seeds and a compact way to state results. */
import type { Deadline, DeadlineKind, Period } from "../../../src/core/deadline/types";

export const ACADEMIC_2020: Period = { start: "2020-09-01", end: "2021-08-31" };
export const ACADEMIC_2021: Period = { start: "2021-09-01", end: "2022-08-31" };
export const CALENDAR_2021: Period = { start: "2021-01-01", end: "2021-12-31" };
export const CALENDAR_2020_2022: Period = { start: "2020-01-01", end: "2022-12-31" };

/** [kind, start, due, dates, needsYear?, openEnd?] — the expected reading of one text. */
export type Expected = [DeadlineKind, string | null, string | null, string[], boolean?, boolean?];

export function deadline(text: string, e: Expected): Deadline {
  const d: Deadline = {
    text,
    kind: e[0],
    start: e[1],
    due: e[2],
    dates: e[3],
    needsYear: e[4] ?? false,
  };
  return e[5] ? { ...d, openEnd: true } : d;
}

/** Every month end from `from` (YYYY-MM) through `to`, inclusive. */
export function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= last) {
    const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
    out.push(`${y}-${String(m).padStart(2, "0")}-${d}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
