import { MISSING_COLUMN_CODE } from "../codes";
import { hasColumn } from "../cells";
import { makeFinding } from "../finding";
import type { TableRule } from "./types";

/** A required field with no column at all: one table-level finding instead of one per row. */
export const missingColumns: TableRule = (table, settings) =>
  settings.required
    .filter((field) => !hasColumn(table, field))
    .map((field) => makeFinding(MISSING_COLUMN_CODE[field], null, null));
