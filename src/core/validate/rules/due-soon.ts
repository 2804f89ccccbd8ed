import { daysBetween, formatDay } from "../../deadline/calendar";
import { cellFinding } from "../finding";
import type { RowRule } from "./types";

export const dueSoon: RowRule = ({ table, row, deadline, state, settings }) => {
  if (state !== "due-soon" || deadline.due === null) return [];
  return [
    cellFinding("due-soon", table, row.row, {
      due: formatDay(deadline.due),
      days: daysBetween(settings.asOf, deadline.due),
    }),
  ];
};
