/**
 * "Отметка об исполнении" added on request at a table's right edge, with a drop-down of the
 * usual marks — by the Excel host into the open workbook and by the file host into the checked
 * copy. The header and the marks stay Russian whatever the UI language: they are the roadmap's
 * own text, read by the ministry and by the recogniser. One place for both hosts.
 */
import { columnNumber } from "./plan";
import type { RoadmapTable } from "./recognize/types";
import type { Report } from "./report";

export const STATUS_HEADER = "Отметка об исполнении";
export const STATUS_CHOICES = ["выполнено", "в работе", "не выполнено", "перенесено"] as const;

/** Where a table's status column goes: the column right of `rightColumn`, rows of the table. */
export interface StatusColumnTarget {
  sheet: string;
  /** 1-based sheet rows of the table's header band. */
  headerRows: [number, number];
  /** 1-based sheet row of the table's last row. */
  lastRow: number;
  /** 1-based sheet column of the table's rightmost column. */
  rightColumn: number;
}

/** The note shown when a value is typed that is not in the list (it is still accepted). */
export interface StatusAlertText {
  title: string;
  message: string;
}

/** The target of one table: the column right of its rightmost recognised column. */
export function statusColumnTarget(table: RoadmapTable): StatusColumnTarget {
  return {
    sheet: table.sheet,
    headerRows: table.headerRows,
    lastRow: table.lastRow,
    rightColumn: Math.max(...table.columns.map((c) => columnNumber(c.column))),
  };
}

/**
 * The targets of the tables that have rows and no status column yet: a table that has one is
 * left as it is, one without rows has nothing to mark.
 */
export function statusColumnTargets(tables: readonly RoadmapTable[]): StatusColumnTarget[] {
  return tables
    .filter(
      (t) =>
        t.columns.length > 0 &&
        !t.columns.some((c) => c.field === "status") &&
        t.lastRow > t.headerRows[1],
    )
    .map(statusColumnTarget);
}

/**
 * The report of a copy given these status columns: a table that got one no longer lacks it, so
 * its «no status column» finding goes (the copy's findings sheet and the count said alike).
 */
export function withStatusColumnsAdded(report: Report, targets: StatusColumnTarget[]): Report {
  if (targets.length === 0) return report;
  const given = (sheet: string, row: number) =>
    targets.some((t) => t.sheet === sheet && t.headerRows[0] === row);
  return {
    ...report,
    files: report.files.map((file) => ({
      ...file,
      tables: file.tables.map((t) =>
        given(t.sheet, t.headerRows[0])
          ? { ...t, findings: t.findings.filter((f) => f.code !== "no-status-column") }
          : t,
      ),
    })),
  };
}
