/**
 * The checked copy of a workbook (file mode and other spreadsheet programs): the user's own
 * file with the plan's highlights as conditional formats and a sheet listing every finding with
 * a link to its cell — every other part of the package copied byte for byte (xlsx/write/checked).
 * Browser-safe: no Node APIs.
 */
import type { HighlightPlan } from "../../core/plan";
import type { Report, Severity } from "../../core/report";
import {
  withStatusColumnsAdded,
  type StatusAlertText,
  type StatusColumnTarget,
} from "../../core/status-column";
import type { Lang } from "../../core/validate/types";
import type { InflateRaw } from "./inflate-web";
import { patchCopy } from "./xlsx/write/checked";
import { webCompression, type Compression } from "./xlsx/write/deflate";
import type { StyleSheet } from "./xlsx/write/styles";
import type { CellInput, CellLink, SheetRow, WorksheetSpec } from "./xlsx/write/worksheet";
import { quoteSheetName } from "./xlsx/write/xml";
import { tablePrint } from "../../core/layout/print";
import { TextFit, type FitColumn } from "../../core/layout/row-height";

export { SheetNotFoundError } from "./xlsx/write/checked";
export { StatusColumnOccupiedError } from "./xlsx/write/status-column";

export interface CheckedCopyInput {
  plan: HighlightPlan;
  /** The report of the same check: its findings, in its language, fill the findings sheet. */
  report: Report;
  lang: Lang;
  /**
   * «Отметка об исполнении» added at these tables' right edge (core/status-column.ts), with the
   * note its drop-down shows for other text. Refused with StatusColumnOccupiedError, nothing
   * written, when a column is not empty.
   */
  statusColumns?: { targets: StatusColumnTarget[]; alert: StatusAlertText };
}

export interface CheckedCopyOptions {
  compression?: Compression;
  inflate?: InflateRaw;
}

const LABELS: Record<
  Lang,
  { sheet: string; headers: string[]; severity: Record<Severity, string>; table: string }
> = {
  ru: {
    sheet: "Замечания",
    headers: ["Лист", "Ячейка", "Строка", "Важность", "Замечание", "Мероприятие", "Код"],
    severity: { error: "ошибка", warning: "предупреждение", info: "сведения" },
    table: "таблица в целом",
  },
  en: {
    sheet: "Findings",
    headers: ["Sheet", "Cell", "Row", "Severity", "Finding", "Activity", "Code"],
    severity: { error: "error", warning: "warning", info: "info" },
    table: "whole table",
  },
};

/** The code last and narrow: for filtering; the finding says it in words. */
const WIDTHS = [18, 9, 8, 16, 60, 50, 16];
/** Columns of long text (the finding, the activity, a long code broken at its hyphens). */
const WRAPPED = new Set([0, 4, 5, 6]);

/** The original bytes, highlighted and with the findings sheet added, as a new .xlsx. */
export async function writeCheckedCopy(
  original: ArrayBuffer | Uint8Array,
  input: CheckedCopyInput,
  options: CheckedCopyOptions = {},
): Promise<Uint8Array> {
  const bytes = original instanceof Uint8Array ? original : new Uint8Array(original);
  const labels = LABELS[input.lang];
  const report = withStatusColumnsAdded(input.report, input.statusColumns?.targets ?? []);
  return patchCopy(
    bytes,
    {
      plan: input.plan,
      sheets: [{ name: labels.sheet, spec: (styles) => findingsSheet(report, input.lang, styles) }],
      statusColumns: input.statusColumns,
    },
    options.compression ?? webCompression,
    options.inflate,
  );
}

function findingsSheet(report: Report, lang: Lang, styles: StyleSheet): WorksheetSpec {
  const labels = LABELS[lang];
  const rows: CellInput[][] = [];
  const links: CellLink[] = [];
  const add = (sheet: string, cell: string, row: number | string, f: Finding, activity: string) => {
    // Plain strings only: text from a municipal file must never become a formula.
    rows.push([sheet, cell, row, labels.severity[f.severity], f.message, activity, f.code]);
    links.push({
      row: rows.length + 1,
      col: 2,
      location: `${quoteSheetName(sheet)}!${cell}`,
      display: cell,
    });
  };
  for (const file of report.files) {
    for (const table of file.tables) {
      const headerColumn = table.columns[0]?.column ?? "A";
      for (const f of table.findings) {
        add(table.sheet, `${f.column ?? headerColumn}${table.headerRows[0]}`, labels.table, f, "");
      }
      for (const row of table.rows) {
        for (const f of row.findings) {
          add(table.sheet, `${f.column ?? headerColumn}${row.row}`, row.row, f, row.activity ?? "");
        }
      }
    }
  }
  const header = styles.xf({ bold: true, wrap: true, vertical: "top" });
  const wrapped = styles.xf({ wrap: true, vertical: "top" });
  const top = styles.xf({ vertical: "top" });
  const columns = WIDTHS.map((width, i) => ({
    width,
    style: WRAPPED.has(i) ? wrapped : top,
    wrap: WRAPPED.has(i),
  }));
  return {
    columns: columns.map(({ width, style }) => ({ width, style })),
    rows: sheetRows(labels.headers, rows, header, new TextFit(styles.defaultFont), columns),
    size: { rows: rows.length + 1, cols: labels.headers.length },
    freeze: { rows: 1 },
    autoFilter:
      rows.length > 0
        ? { top: 1, left: 1, bottom: rows.length + 1, right: labels.headers.length }
        : undefined,
    links,
    print: tablePrint(labels.sheet, 1, { lang, gridLines: true }),
  };
}

type Finding = Report["files"][number]["tables"][number]["findings"][number];

/** Rows as tall as their wrapped text (no spreadsheet fits them on opening). */
function* sheetRows(
  headers: string[],
  rows: CellInput[][],
  header: number,
  fit: TextFit,
  columns: FitColumn[],
): Generator<SheetRow> {
  const bold = headers.map(() => ({ ...fit.font, bold: true }));
  const all = columns.map((c) => ({ ...c, wrap: true }));
  const height = (h: number | null) => h ?? undefined;
  yield {
    values: headers,
    styles: headers.map(() => header),
    height: height(fit.rowHeight(headers, all, bold)),
  };
  for (const values of rows) yield { values, height: height(fit.rowHeight(values, columns)) };
}
