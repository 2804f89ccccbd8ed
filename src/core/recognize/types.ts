import type { CellValue } from "../grid";
import type { Field } from "../fields";
import type { Period } from "../deadline/types";

export interface TableColumn {
  /** 0-based index into the grid's cells. */
  index: number;
  /** Column letter(s) on the sheet: "A", "AB". */
  column: string;
  /** Header text as the user wrote it (parent and child joined by " / " for two-row headers). */
  header: string;
  field: Field;
  /** For a year column under a deadline parent ("Срок реализации, годы" / "2021 г."): the year. */
  year: number | null;
  /**
   * For a column of a deadline grid ("Срок исполнения" over "I кв." … "IV кв." or "январь" …
   * "декабрь", marks in the cells): its quarter or month, and the period its parent names.
   */
  slot?: DeadlineSlot;
  /** For a deadline split into two columns ("Плановое начало" / "Плановое окончание"). */
  part?: "start" | "end";
}

export interface DeadlineSlot {
  unit: "quarter" | "month";
  n: number;
  /** The period the grid's parent header names ("Сроки, 2022 год"), null when none. */
  period: Period | null;
}

export const ROW_KINDS = ["item", "section", "continuation"] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export interface TableRow {
  /** 1-based sheet row of the row's first line. */
  row: number;
  kind: RowKind;
  /** Sheet rows merged into this one: the row itself, then its continuation rows. */
  sourceRows: number[];
  /**
   * Values aligned with `RoadmapTable.columns`: merged areas expanded (a value merged over
   * several rows belongs to each), continuation text appended with a line break.
   */
  values: CellValue[];
  /** Number as written ("1.2", "3."), from the number column or the activity's leading number. */
  number: string | null;
  /** Text of the section row this row belongs to (for sections: their own text). */
  section: string | null;
}

export interface RoadmapTable {
  sheet: string;
  /** Title text found above the header (approval blocks excluded), "" when none. */
  title: string;
  municipality: string | null;
  period: Period | null;
  /** 1-based sheet rows [first, last] of the header band (numbering row included). */
  headerRows: [number, number];
  columns: TableColumn[];
  /** Items and sections in sheet order; continuation rows are merged into their parent. */
  rows: TableRow[];
  /** Sheet rows that were continuation rows, each with the row it was merged into. */
  continuations: { row: number; parent: number }[];
  /** 1-based sheet row of the table's last row. */
  lastRow: number;
}
