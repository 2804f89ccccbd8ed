import { hasColumn } from "../cells";
import { makeFinding } from "../finding";
import type { TableRule } from "./types";

/** Without a status column no row can be "done", so overdue findings may be stale. */
export const noStatusColumn: TableRule = (table) =>
  hasColumn(table, "status") ? [] : [makeFinding("no-status-column", null, null)];
