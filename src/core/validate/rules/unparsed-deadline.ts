import { cellFinding } from "../finding";
import type { RowRule } from "./types";

/** Text the grammar could not read; a yearless deadline gets its own, more helpful finding. */
export const unparsedDeadline: RowRule = ({ table, row, deadline }) =>
  deadline.kind === "unparsed" && !deadline.needsYear
    ? [cellFinding("unparsed-deadline", table, row.row, { text: deadline.text })]
    : [];
