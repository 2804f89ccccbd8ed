import { daysBetween, formatDay } from "../../deadline/calendar";
import { cellFinding } from "../finding";
import type { RowRule } from "./types";

export const overdue: RowRule = ({ table, row, deadline, state, settings }) => {
  if (state !== "overdue" || deadline.due === null) return [];
  return [
    cellFinding("overdue", table, row.row, {
      due: formatDay(deadline.due),
      days: daysBetween(deadline.due, settings.asOf),
    }),
  ];
};
