/** Building Deadline values from day keys: the one place ISO text is written. */
import { toIso, type DayKey } from "./calendar";
import type { Deadline, DeadlineKind } from "./types";

export function makeDeadline(
  text: string,
  kind: DeadlineKind,
  start: DayKey | null,
  due: DayKey | null,
  dates: DayKey[],
  needsYear: boolean,
): Deadline {
  return {
    text,
    kind,
    start: start === null ? null : toIso(start),
    due: due === null ? null : toIso(due),
    dates: dates.map(toIso),
    needsYear,
  };
}

/** A deadline with no dates: missing, vague or unparsed. */
export function undated(text: string, kind: "missing" | "vague" | "unparsed"): Deadline {
  return makeDeadline(text, kind, null, null, [], false);
}

/**
 * The due date among several (DESIGN.md §5): the first not yet passed on the as-of date, or
 * the last once all have passed (or when the as-of date is unreadable). Dates sorted.
 */
export function nextDue(dates: DayKey[], asOf: DayKey | null): DayKey | null {
  if (dates.length === 0) return null;
  if (asOf !== null) {
    for (const d of dates) if (d >= asOf) return d;
  }
  return dates[dates.length - 1];
}

/** Sorted, without repeats. */
export function sortedUnique(dates: DayKey[]): DayKey[] {
  const out = [...dates].sort((a, b) => a - b);
  return out.filter((d, i) => i === 0 || d !== out[i - 1]);
}
