/** The rules in the order their findings are listed for a row. */
import type { RowRule, TableRule } from "./types";
import { missingColumns } from "./missing-columns";
import { noStatusColumn } from "./no-status-column";
import { missingFields } from "./missing-fields";
import { overdue } from "./overdue";
import { dueSoon } from "./due-soon";
import { unparsedDeadline } from "./unparsed-deadline";
import { vagueDeadline } from "./vague-deadline";
import { deadlineWithoutYear } from "./deadline-without-year";
import { deadlineWithoutEnd } from "./deadline-without-end";
import { deadlineOutsidePeriod } from "./deadline-outside-period";
import { duplicateNumber } from "./duplicate-number";

export type { RowContext, RowRule, TableRule } from "./types";

export const ROW_RULES: readonly RowRule[] = [
  missingFields,
  overdue,
  dueSoon,
  unparsedDeadline,
  vagueDeadline,
  deadlineWithoutYear,
  deadlineWithoutEnd,
  deadlineOutsidePeriod,
];

/** Findings about the table itself (row null). */
export const TABLE_RULES: readonly TableRule[] = [missingColumns, noStatusColumn];

/** Rules over several rows whose findings belong to individual rows. */
export const CROSS_ROW_RULES: readonly TableRule[] = [duplicateNumber];
