import type { Field } from "../fields";
import type { Deadline } from "../deadline/types";
import type { RoadmapTable, TableRow } from "../recognize/types";
import type { RowState, Severity } from "../report";

export type Lang = "ru" | "en";

/** What a status cell says ("выполнено", "+", "в работе", a completion date…). */
export type StatusState = "done" | "in-progress" | "not-done" | "postponed" | "unknown";

export interface StatusInfo {
  /** The cell text as written, "" when empty. */
  text: string;
  state: StatusState;
}

/**
 * One finding (Frictionless style: every error with its row, column, code and message).
 * The message is rendered from the catalogue by code and params, in the report's language.
 */
export interface Finding {
  code: string;
  severity: Severity;
  /** 1-based sheet row, null for a table-level finding. */
  row: number | null;
  /** Column letter of the cell concerned, null when no single cell is. */
  column: string | null;
  field: Field | null;
  params: Record<string, string | number>;
}

export interface CheckedRow {
  row: TableRow;
  deadline: Deadline;
  status: StatusInfo;
  state: RowState;
  findings: Finding[];
}

export interface CheckedTable {
  table: RoadmapTable;
  /** Items and sections in sheet order (sections carry no findings and state "no-deadline"). */
  rows: CheckedRow[];
  /** Findings about the whole table (a missing column, no status column). */
  findings: Finding[];
}
