/**
 * What changed in a region since last month, as data. The previous month is known only from
 * its regional workbook («Свод»), so both months are compared as the same kind of record: one
 * activity row of «Свод».
 */
import type { RowState } from "../../report";

/** One activity as «Свод» shows it. */
export interface ActivitySnapshot {
  municipality: string;
  section: string;
  number: string;
  activity: string;
  /** The deadline as written. */
  deadlineText: string;
  /** YYYY-MM-DD, or null when no date could be known. */
  due: string | null;
  /** null when the state column holds a word we do not know (a hand-edited sheet). */
  state: RowState | null;
  /** The status column as written («выполнено», «в работе», …). */
  status: string;
}

/**
 * Kinds of change, in the order «Изменения» lists them within a municipality: first what
 * appeared and disappeared, then what moved, then what happened to activities that stayed.
 */
export const CHANGE_KINDS = [
  "municipality-silent",
  "added",
  "removed",
  "postponed",
  "deadline-changed",
  "newly-done",
  "newly-overdue",
  "status-changed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ActivityChange {
  kind: ChangeKind;
  municipality: string;
  /** The activity this month (added and changed ones) or last month (removed ones). */
  section: string;
  number: string;
  activity: string;
  /** Last month's side (null for an added activity or a silent municipality). */
  before: ActivitySnapshot | null;
  /** This month's side (null for a removed activity or a silent municipality). */
  after: ActivitySnapshot | null;
  /** A silent municipality: sent no file, or sent one in which no activity could be read. */
  silence?: "no-file" | "no-activities";
}

export type ChangeCounts = Record<ChangeKind, number>;

export interface MonthComparison {
  changes: ActivityChange[];
  counts: ChangeCounts;
  /** Activities matched across the months (whether or not anything about them changed). */
  matched: number;
}
