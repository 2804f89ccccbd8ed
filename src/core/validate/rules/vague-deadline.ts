import { deadlineFinding } from "../finding";
import type { RowRule } from "./types";

/** "По графику", "По запросу", "до 1 марта 202_ г.": no date can be known. */
export const vagueDeadline: RowRule = (ctx) =>
  ctx.deadline.kind === "vague"
    ? [deadlineFinding("vague-deadline", ctx, { text: ctx.deadline.text })]
    : [];
