/**
 * "Today" comes from a clock handed in by the caller, so a check is reproducible in tests and a
 * host can pin the as-of date; no rule reads the system time itself.
 */
import { format } from "date-fns";

export interface Clock {
  /** Today's calendar date, YYYY-MM-DD. */
  today(): string;
}

/** The user's local calendar day: a municipal specialist means their own "today". */
export const systemClock: Clock = {
  today: () => format(new Date(), "yyyy-MM-dd"),
};

export function fixedClock(isoDay: string): Clock {
  return { today: () => isoDay };
}
