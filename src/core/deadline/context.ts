/**
 * The deadline context as day keys. A context that cannot be read — a period whose dates are
 * not YYYY-MM-DD, or whose start is after its end — counts as no period: the grammar never
 * throws on a cell, and a broken title must not break every row of a table.
 */
import { fromIso, monthOf, dayOf, type DayKey } from "./calendar";
import type { DeadlineContext, Period } from "./types";

export interface KeyPeriod {
  start: DayKey;
  end: DayKey;
}

export interface KeyContext {
  period: KeyPeriod | null;
  /** Null when the as-of date is not a valid YYYY-MM-DD. */
  asOf: DayKey | null;
}

export function readPeriod(period: Period | null): KeyPeriod | null {
  if (period === null) return null;
  const start = fromIso(period.start);
  const end = fromIso(period.end);
  return start !== null && end !== null && start <= end ? { start, end } : null;
}

/** A check passes one context for a whole column: remember the last one read. */
let last: { start: string | null; end: string | null; asOf: string; keys: KeyContext } | null =
  null;

export function readContext(ctx: DeadlineContext): KeyContext {
  const start = ctx.period?.start ?? null;
  const end = ctx.period?.end ?? null;
  if (last !== null && last.start === start && last.end === end && last.asOf === ctx.asOf)
    return last.keys;
  const keys = { period: readPeriod(ctx.period), asOf: fromIso(ctx.asOf) };
  last = { start, end, asOf: ctx.asOf, keys };
  return keys;
}

/** An academic period starts on 1 September (DESIGN.md §5). */
export function isAcademic(period: KeyPeriod | null): boolean {
  return period !== null && monthOf(period.start) === 9 && dayOf(period.start) === 1;
}
