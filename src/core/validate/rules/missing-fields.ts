import { MISSING_FIELD_CODE, type RequirableField } from "../codes";
import { hasColumn, isBlankValue, roleCells } from "../cells";
import { makeFinding } from "../finding";
import type { RowContext, RowRule } from "./types";

/** True when every cell of the role is empty (a dash counts as empty). */
function isMissing(ctx: RowContext, field: RequirableField): boolean {
  // The deadline is judged on what was read: year columns and blank cells both end up "missing".
  if (field === "deadline") return ctx.deadline.kind === "missing";
  return roleCells(ctx.table, ctx.row, field).every((c) => isBlankValue(c.value));
}

/** Required fields left empty in an item; a table without the column is flagged once instead. */
export const missingFields: RowRule = (ctx) =>
  ctx.settings.required
    .filter((field) => hasColumn(ctx.table, field) && isMissing(ctx, field))
    .map((field) => {
      const cells = roleCells(ctx.table, ctx.row, field);
      const column = (cells.find((c) => isBlankValue(c.value)) ?? cells[0]).column.column;
      return makeFinding(MISSING_FIELD_CODE[field], ctx.row.row, column);
    });
