/**
 * Layout facts of the generated workbooks: written to seeds/layout.json and rendered into
 * seeds/README.md, from the very data the sheets are drawn from, so the two cannot drift.
 * All rows are 1-based sheet rows, columns are letters.
 */

export interface ColumnLayout {
  column: string;
  /** Header text as in the cell; under a merged parent: "parent / child". */
  header: string;
}

export interface SectionLayout {
  row: number;
  /** Number written in its own cell (seed 002: "1." in A), else null. */
  number: string | null;
  text: string;
}

export interface ItemLayout {
  row: number;
  /** Value of the № cell exactly as written (text "1.", number 1), null without a № column. */
  number: string | number | null;
  /** Deadline cell as text (a real date as YYYY-MM-DD), null without a deadline column. */
  deadline: string | null;
  /** Row of the section the item belongs to, null before any section. */
  section: number | null;
}

export interface ContinuationLayout {
  row: number;
  /** The item row this fragment row continues. */
  continues: number;
  /** Columns holding the fragments. */
  columns: string[];
}

export interface MarkLayout {
  row: number;
  column: string;
  text: string;
}

export interface DateLayout {
  row: number;
  column: string;
  /** YYYY-MM-DD of the real Excel date. */
  date: string;
  numFmt: string;
}

export interface TableLayout {
  title: string;
  titleRows: number[];
  /** First and last row of the header band, the numbering row included. */
  headerRows: [number, number];
  numberingRow: number | null;
  columns: ColumnLayout[];
  firstRow: number;
  lastRow: number;
  itemCount: number;
  sections: SectionLayout[];
  items: ItemLayout[];
  continuations: ContinuationLayout[];
  statusMarks: MarkLayout[];
  dates: DateLayout[];
  /** Rows followed by a manual page break (where the Word table broke across pages). */
  pageBreaksAfter: number[];
  /** Rows with vertically merged cells (seed 003's Задача/Показатели), as ranges "A14:A22". */
  verticalMerges: string[];
  notes: string[];
}

export interface ListLayout {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  count: number;
  columns: ColumnLayout[];
}

export interface SheetLayout {
  sheet: string;
  roadmap: boolean;
  /** What sits above the first table and below the last, in words. */
  around: string[];
  tables: TableLayout[];
  list: ListLayout | null;
}

export interface WorkbookLayout {
  file: string;
  sources: string[];
  sheets: SheetLayout[];
}

export function emptyTable(title: string, titleRows: number[]): TableLayout {
  return {
    title,
    titleRows,
    headerRows: [0, 0],
    numberingRow: null,
    columns: [],
    firstRow: 0,
    lastRow: 0,
    itemCount: 0,
    sections: [],
    items: [],
    continuations: [],
    statusMarks: [],
    dates: [],
    pageBreaksAfter: [],
    verticalMerges: [],
    notes: [],
  };
}
