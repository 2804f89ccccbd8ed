import { deadlineFinding } from "../finding";
import type { RowRule } from "./types";

/** "С 1 сентября 2021" with no period to end it: a start, but nothing is due. */
export const deadlineWithoutEnd: RowRule = (ctx) =>
  ctx.deadline.openEnd
    ? [deadlineFinding("deadline-without-end", ctx, { text: ctx.deadline.text })]
    : [];
