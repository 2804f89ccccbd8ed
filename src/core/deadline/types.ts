/** Types of the Russian deadline grammar (DESIGN.md §5). Dates are ISO strings YYYY-MM-DD. */

export const DEADLINE_KINDS = [
  "date",
  "range",
  "checkpoints",
  "recurring",
  "period",
  "vague",
  "missing",
  "unparsed",
] as const;

export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Period {
  start: string;
  end: string;
}

export interface Deadline {
  /** The deadline as written (cell text, trimmed; an Excel date as YYYY-MM-DD). */
  text: string;
  kind: DeadlineKind;
  /** Start of a range or period; null when the deadline has no start. */
  start: string | null;
  /** The date by which the activity is due (DESIGN.md §5); null when none can be known. */
  due: string | null;
  /** Every due date the text names (checkpoints, occurrences of a recurring deadline). */
  dates: string[];
  /**
   * True when a year was missing from the text and could not be taken from the context: no
   * period is known, or the period holds the month in several years.
   */
  needsYear: boolean;
  /** Set (true) on a start with no end that no known period closes ("с 1 сентября 2021"). */
  openEnd?: true;
}

export interface DeadlineContext {
  /** The table's period (from its title or a section row): supplies missing years. */
  period: Period | null;
  /** As-of date: picks the next due date of checkpoints and recurring deadlines. */
  asOf: string;
}
