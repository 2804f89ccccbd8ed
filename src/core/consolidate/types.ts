/**
 * The regional model: what the consolidation of many municipal workbooks produces, as data.
 * Hosts (an .xlsx file, the open Excel workbook) only write it; every decision is made here.
 */
import type { FileError } from "../report";
import type { CheckedTable, Lang } from "../validate/types";
import type { SheetTitle } from "./titles";
import type { ActivitySnapshot, MonthComparison } from "./changes/types";

/** One municipal workbook as the host read it. */
export interface SourceFile {
  /** File name or path as given; shown in "Источник" and used for the file-name fallback. */
  file: string;
  /** Set by the user: wins over the title and the file name. */
  municipality?: string | null;
  /** Why the file could not be read; its tables are then empty. */
  error: FileError | null;
  tables: CheckedTable[];
  /**
   * What the host read the file as: a Word document's tables are named «таблица N» in
   * «Источник» (their Grids are «Таблица N»), a workbook's «лист «…»». Absent: a workbook.
   */
  format?: "xlsx" | "docx";
  /**
   * A regional workbook this program wrote, given as an input (last month's, lying with the
   * municipal files): listed as skipped, never read as a municipality.
   */
  ownOutput?: boolean;
}

export interface ConsolidateOptions {
  /** YYYY-MM-DD: the day the tables were checked for (shown on the sheets, not re-evaluated). */
  asOf: string;
  /** Language of finding messages; sheet names and headers stay Russian (the ministry's). */
  lang?: Lang;
  /** Municipalities expected to report: any with no file is listed as not reported. */
  expected?: string[];
  /** Data rows per «Свод» sheet before it continues on «Свод (2)»: Excel's limit by default. */
  sheetRows?: number;
  /**
   * Last month's activities (its regional workbook's «Свод», changes/snapshot.ts): the model
   * then says what changed, on a sheet «Изменения». Absent: no comparison, no such sheet.
   */
  previous?: ActivitySnapshot[] | null;
}

/** How a host must write a column: text columns always as text, never as formulas. */
export type ColumnKind = "text" | "date" | "integer" | "percent";

export interface RegionalColumn {
  /** Stable key for programs ("activity", "role:task", "other"). */
  key: string;
  header: string;
  kind: ColumnKind;
  /** Suggested width in characters. */
  width: number;
  /** Long text: wrap it within the width. */
  wrap: boolean;
}

/** A date column holds an ISO date string (YYYY-MM-DD), written by hosts as a real date. */
export type RegionalValue = string | number | null;

export interface RegionalSheet {
  /** One of REGIONAL_SHEET_NAMES, or a continuation of «Свод» past Excel's row limit: «Свод (2)». */
  name: string;
  columns: RegionalColumn[];
  rows: RegionalValue[][];
  /** A totals row written below the table (outside its filter range), or null. */
  totals: RegionalValue[] | null;
  /**
   * What the sheet says above its table (titles.ts). Hosts write TITLE_ROWS rows above the
   * header whether or not there is a title, so the header is always at HEADER_ROW.
   */
  title?: SheetTitle;
}

export const REGIONAL_SHEET_NAMES = ["Свод", "Сводка", "Замечания"] as const;
/** «Изменения» (changes since last month) is written only when last month is known. */
export type RegionalSheetName = (typeof REGIONAL_SHEET_NAMES)[number] | "Изменения";

/** Where a file's municipality came from. */
export type MunicipalitySource = "override" | "title" | "file-name";

/**
 * What a file given as an input turned out to be. Only a "municipal" file is counted: the others
 * are listed with their reason and are no municipality.
 */
export type FileRole = "municipal" | "unreadable" | "not-roadmap" | "own-output";

export interface FileEntry {
  file: string;
  role: FileRole;
  /** The municipality of its first table; "" for a file that is no municipality's. */
  municipality: string;
  /** Every municipality its tables belong to (each table has its own, from its title). */
  municipalities: string[];
  municipalitySource: MunicipalitySource;
  /** Why a file is no municipality's (unreadable, no roadmap, ours), in the model's language. */
  reason: string | null;
  tables: number;
  activities: number;
  error: FileError | null;
}

/** How many activities, and how many of them are done, overdue, due soon, incomplete. */
export interface ActivityCounts {
  activities: number;
  done: number;
  overdue: number;
  dueSoon: number;
  incomplete: number;
}

export interface MunicipalityStats extends ActivityCounts {
  municipality: string;
  files: string[];
  tables: number;
  /** done / (done + overdue): of the activities whose time has come, the share marked done. */
  onTimeShare: number | null;
  /** The most serious kinds of findings, most serious first ("просрочено: 5"). */
  worst: string[];
  /** Unreadable files, files without a roadmap, duplicates, no file at all. */
  problems: string[];
}

export interface RegionalTotals extends ActivityCounts {
  municipalities: number;
  /** Files read as inputs (our own regional workbooks skipped are not among them). */
  files: number;
  unreadableFiles: number;
  /** Readable files in which no roadmap was found. */
  notRoadmapFiles: number;
  /** Our own regional workbooks given as inputs, skipped. */
  skippedFiles: number;
  tables: number;
  onTimeShare: number | null;
  findings: number;
}

export interface RegionalModel {
  asOf: string;
  files: FileEntry[];
  municipalities: MunicipalityStats[];
  totals: RegionalTotals;
  /**
   * In writing order: "Свод" (then "Свод (2)", … when it passes Excel's 1,048,576 rows),
   * "Сводка", "Замечания", then "Изменения" when last month was given.
   */
  sheets: RegionalSheet[];
  /** What changed since last month; null when no previous month was given. */
  changes: MonthComparison | null;
}
