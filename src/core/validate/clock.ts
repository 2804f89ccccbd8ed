/**
 * "Today" comes from a clock handed in by the caller, so a check is reproducible in tests and a
 * host can pin the as-of date; no rule reads the system time itself.
 */
import { format } from "date-fns";

export interface Clock {
  /** Today's calendar date, YYYY-MM-DD. */
  today(): string;
}

/**
 * The calendar day of a moment in the user's own time zone, YYYY-MM-DD: a municipal specialist
 * means their own "today", and a check at 01:00 is made for today, not for UTC's yesterday.
 */
export function localToday(now: Date = new Date()): string {
  return format(now, "yyyy-MM-dd");
}

export const systemClock: Clock = { today: () => localToday() };

export function fixedClock(isoDay: string): Clock {
  return { today: () => isoDay };
}
