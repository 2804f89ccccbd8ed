/** The report's findings shaped for the list: per table, per severity, filterable. */
import { severitySchema, type Report, type Severity } from "../../core/report";

/** Worst first, as the contract lists them. */
export const SEVERITIES: readonly Severity[] = severitySchema.options;

export interface FindingItem {
  key: string;
  sheet: string;
  /** Sheet row; null for a finding about the whole table. */
  row: number | null;
  /** The cell to show: the finding's own, or the table's header for table-level ones. */
  cell: string;
  /** The finding's own column, or null when it names none. */
  column: string | null;
  code: string;
  severity: Severity;
  message: string;
  activity: string | null;
}

export interface TableFindings {
  /** Index of the table in the report's first file. */
  table: number;
  sheet: string;
  title: string;
  firstRow: number;
  lastRow: number;
  items: FindingItem[];
}

export interface FindingFilter {
  severity: Severity | "all";
  text: string;
}

/** The sheet rows a table's heading names: from its header to its last item or section. */
export function headingRows(t: {
  headerRows: [number, number];
  rows: { row: number }[];
}): [number, number] {
  const last = t.rows.length > 0 ? t.rows[t.rows.length - 1].row : t.headerRows[1];
  return [t.headerRows[0], last];
}

export function collectFindings(report: Report): TableFindings[] {
  const out: TableFindings[] = [];
  report.files.forEach((file) =>
    file.tables.forEach((t, table) => {
      const firstColumn = t.columns[0]?.column ?? "A";
      const items: FindingItem[] = t.findings.map((f, i) => ({
        key: `${table}:t:${i}`,
        sheet: t.sheet,
        row: null,
        cell: `${f.column ?? firstColumn}${t.headerRows[0]}`,
        column: f.column,
        code: f.code,
        severity: f.severity,
        message: f.message,
        activity: null,
      }));
      for (const r of t.rows) {
        r.findings.forEach((f, i) =>
          items.push({
            key: `${table}:${r.row}:${i}`,
            sheet: t.sheet,
            row: r.row,
            cell: `${f.column ?? firstColumn}${r.row}`,
            column: f.column,
            code: f.code,
            severity: f.severity,
            message: f.message,
            activity: r.activity,
          }),
        );
      }
      const [firstRow, lastRow] = headingRows(t);
      out.push({ table, sheet: t.sheet, title: t.title, firstRow, lastRow, items });
    }),
  );
  return out;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/ё/g, "е");
}

export function filterFindings(groups: TableFindings[], filter: FindingFilter): TableFindings[] {
  const text = normalise(filter.text.trim());
  return groups.map((g) => ({
    ...g,
    items: g.items.filter(
      (f) =>
        (filter.severity === "all" || f.severity === filter.severity) &&
        (text === "" || normalise(`${f.cell} ${f.message} ${f.activity ?? ""}`).includes(text)),
    ),
  }));
}

export function bySeverity(items: FindingItem[]): Record<Severity, FindingItem[]> {
  const out: Record<Severity, FindingItem[]> = { error: [], warning: [], info: [] };
  for (const f of items) out[f.severity].push(f);
  return out;
}

/** Findings that stand between the table and "ready to send": errors and warnings. */
export function countIssues(report: Report): number {
  let n = 0;
  for (const file of report.files) {
    for (const t of file.tables) {
      n += t.findings.filter((f) => f.severity !== "info").length;
      for (const r of t.rows) n += r.findings.filter((f) => f.severity !== "info").length;
    }
  }
  return n;
}
