import { cellFinding } from "../finding";
import type { RowRule } from "./types";

/** "По графику", "По запросу": no date can be known, so timeliness cannot be checked. */
export const vagueDeadline: RowRule = ({ table, row, deadline }) =>
  deadline.kind === "vague"
    ? [cellFinding("vague-deadline", table, row.row, { text: deadline.text })]
    : [];
