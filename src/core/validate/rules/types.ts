import type { Deadline, Period } from "../../deadline/types";
import type { RoadmapTable, TableRow } from "../../recognize/types";
import type { RowState } from "../../report";
import type { Settings } from "../settings";
import type { Finding, StatusInfo } from "../types";

/** Everything a row rule may look at: the item as read, and what the check made of it. */
export interface RowContext {
  table: RoadmapTable;
  row: TableRow;
  deadline: Deadline;
  /** Column letter of the cell the deadline's due date comes from: where its findings point. */
  deadlineColumn: string | null;
  status: StatusInfo;
  state: RowState;
  /** The period that supplies missing years: the table's, else the item's section's. */
  period: Period | null;
  settings: Settings;
}

/** A check of one item row; returns findings with default severities. */
export type RowRule = (ctx: RowContext) => Finding[];

/** A check of the table as a whole (its columns, or relations between rows). */
export type TableRule = (table: RoadmapTable, settings: Settings) => Finding[];
