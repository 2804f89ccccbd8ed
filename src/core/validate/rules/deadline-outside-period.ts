import type { Deadline } from "../../deadline/types";
import { formatDay } from "../../deadline/calendar";
import { deadlineFinding } from "../finding";
import type { RowRule } from "./types";

/**
 * Dates the user wrote. Recurring and period deadlines are generated from the period itself,
 * so only their explicit forms are compared.
 */
function writtenDates(d: Deadline): string[] {
  if (d.kind !== "date" && d.kind !== "range" && d.kind !== "checkpoints") return [];
  const dates = [...d.dates];
  if (d.start !== null) dates.push(d.start);
  if (d.due !== null) dates.push(d.due);
  return dates;
}

/** A deadline before the roadmap starts or after it ends is usually a typo in the year. */
export const deadlineOutsidePeriod: RowRule = (ctx) => {
  const { deadline, period } = ctx;
  if (period === null) return [];
  const outside = writtenDates(deadline).some((d) => d < period.start || d > period.end);
  if (!outside) return [];
  return [
    deadlineFinding("deadline-outside-period", ctx, {
      text: deadline.text,
      start: formatDay(period.start),
      end: formatDay(period.end),
    }),
  ];
};
