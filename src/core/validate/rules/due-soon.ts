import { daysBetween, formatDay } from "../../deadline/calendar";
import { deadlineFinding } from "../finding";
import type { RowRule } from "./types";

export const dueSoon: RowRule = (ctx) => {
  const { deadline, state, settings } = ctx;
  if (state !== "due-soon" || deadline.due === null) return [];
  return [
    deadlineFinding("due-soon", ctx, {
      due: formatDay(deadline.due),
      days: daysBetween(settings.asOf, deadline.due),
    }),
  ];
};
