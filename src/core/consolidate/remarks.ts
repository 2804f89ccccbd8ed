/**
 * The "Замечания" sheet: every finding of every municipal table, every unreadable file and every
 * finding of the consolidation itself, each with where it is.
 */
import type { Severity } from "../report";
import type { RegionalValue } from "./types";
import type { Lang } from "../validate/types";
import { findingKindName, SEVERITY_LABEL } from "./labels";
import type { ColumnSpec, DraftSheet } from "./widths";

export interface RegionalFinding {
  municipality: string;
  file: string;
  sheet: string;
  /** 1-based sheet row; null for a file-, table- or municipality-level finding. */
  row: number | null;
  column: string | null;
  code: string;
  severity: Severity;
  message: string;
}

const COLUMNS: ColumnSpec[] = [
  { key: "municipality", header: "Муниципалитет", kind: "text", maxWidth: 22 },
  { key: "file", header: "Файл", kind: "text", maxWidth: 26 },
  { key: "sheet", header: "Лист", kind: "text", maxWidth: 16 },
  { key: "row", header: "Строка", kind: "integer" },
  { key: "column", header: "Столбец", kind: "text" },
  { key: "severity", header: "Важность", kind: "text" },
  { key: "kind", header: "Замечание", kind: "text", maxWidth: 24 },
  { key: "message", header: "Сообщение", kind: "text", maxWidth: 60 },
  // The stable code last, for filtering and for programs: the kind says it in words.
  { key: "code", header: "Код", kind: "text", maxWidth: 14 },
];

/** A finding as its row of "Замечания". */
export function remarksRow(f: RegionalFinding, lang: Lang): RegionalValue[] {
  return [
    f.municipality,
    f.file,
    f.sheet,
    f.row,
    f.column ?? "",
    SEVERITY_LABEL[f.severity],
    findingKindName(f.code, lang),
    f.message,
    f.code,
  ];
}

export function remarksSheet(rows: RegionalValue[][]): DraftSheet {
  return { name: "Замечания", columns: COLUMNS, rows, totals: null };
}
