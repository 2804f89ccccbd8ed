import { formatDay } from "../../deadline/calendar";
import { deadlineFinding } from "../finding";
import type { RowRule } from "./types";

/**
 * A yearless deadline: "Март - июнь" with no period in the title or a section, or "Март" in a
 * plan over several years ("на 2020-2022 годы"), where it could be any of them — the year is
 * asked for, never guessed.
 */
export const deadlineWithoutYear: RowRule = (ctx) => {
  const { deadline, period } = ctx;
  if (!deadline.needsYear) return [];
  if (period === null)
    return [deadlineFinding("deadline-without-year", ctx, { text: deadline.text })];
  return [
    deadlineFinding("deadline-year-ambiguous", ctx, {
      text: deadline.text,
      start: formatDay(period.start),
      end: formatDay(period.end),
    }),
  ];
};
