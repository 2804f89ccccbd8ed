import type { Deadline } from "../deadline/types";
import type { RowState } from "../report";
import type { StatusInfo } from "./types";
import { daysBetween } from "../deadline/calendar";

/**
 * A row's state on the as-of day. A row due on the as-of day itself is still on time (due
 * soon, 0 days left): "До 01.10.2021" is met on 01.10.2021.
 */
export function rowState(
  deadline: Deadline,
  status: StatusInfo,
  asOf: string,
  dueSoonDays: number,
): RowState {
  if (status.state === "done") return "done";
  if (deadline.due === null) return "no-deadline";
  const daysLeft = daysBetween(asOf, deadline.due);
  if (daysLeft < 0) return "overdue";
  if (daysLeft <= dueSoonDays) return "due-soon";
  return "on-track";
}
