import { cellFinding } from "../finding";
import type { RowRule } from "./types";

/** "Март - июнь" with no period in the title or section: the year cannot be determined. */
export const deadlineWithoutYear: RowRule = ({ table, row, deadline }) =>
  deadline.needsYear
    ? [cellFinding("deadline-without-year", table, row.row, { text: deadline.text })]
    : [];
