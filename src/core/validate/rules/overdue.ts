import { daysBetween, formatDay } from "../../deadline/calendar";
import { deadlineFinding } from "../finding";
import type { RowRule } from "./types";

export const overdue: RowRule = (ctx) => {
  const { deadline, state, settings } = ctx;
  if (state !== "overdue" || deadline.due === null) return [];
  return [
    deadlineFinding("overdue", ctx, {
      due: formatDay(deadline.due),
      days: daysBetween(deadline.due, settings.asOf),
    }),
  ];
};
