import { deadlineFinding } from "../finding";
import type { RowRule } from "./types";

/** Text the grammar could not read; a yearless deadline gets its own, more helpful finding. */
export const unparsedDeadline: RowRule = (ctx) =>
  ctx.deadline.kind === "unparsed" && !ctx.deadline.needsYear
    ? [deadlineFinding("unparsed-deadline", ctx, { text: ctx.deadline.text })]
    : [];
