/**
 * The checked copy of a workbook (file mode and other spreadsheet programs): the original
 * workbook with the plan's highlights as cell fills, plus a sheet listing every finding with a
 * link to its cell. A copy is the user's to keep or throw away, so painting real fills is fine
 * here; the open workbook in Excel gets conditional formats instead (hosts/excel/highlight.ts).
 * Browser-safe: no Node APIs.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../../core/grid";
import { HIGHLIGHT_STYLES, type HighlightPlan } from "../../core/plan";
import type { Report, Severity } from "../../core/report";
import type { Lang } from "../../core/validate/types";
import { loadWorkbook } from "./read";

export interface CheckedCopyInput {
  plan: HighlightPlan;
  /** The report of the same check: its findings, in its language, fill the findings sheet. */
  report: Report;
  lang: Lang;
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

const WIDTHS = [18, 9, 8, 16, 70, 50, 26];

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** The original bytes, painted and with the findings sheet added, as a new .xlsx. */
export async function writeCheckedCopy(
  original: ArrayBuffer | Uint8Array,
  input: CheckedCopyInput,
): Promise<Uint8Array> {
  const wb = await loadWorkbook(original);
  paint(wb, input.plan);
  addFindingsSheet(wb, input.report, input.lang);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

function paint(wb: ExcelJS.Workbook, plan: HighlightPlan): void {
  for (const sheetPlan of plan.sheets) {
    const ws = wb.getWorksheet(sheetPlan.sheet);
    if (!ws) throw new Error(`Лист «${sheetPlan.sheet}» не найден в книге`);
    for (const area of sheetPlan.areas) {
      const style = HIGHLIGHT_STYLES[area.kind];
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const cell = ws.getCell(r, c);
          // ExcelJS shares one style object among cells of the same style: give this cell
          // its own, or painting one cell would paint every cell styled like it.
          const font =
            style.font === null ? cell.font : { ...cell.font, color: { argb: argb(style.font) } };
          cell.style = {
            ...cell.style,
            fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } },
            ...(font ? { font } : {}),
          };
        }
      }
    }
  }
}

function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base} ${i}`;
  return name;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function addFindingsSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const labels = LABELS[lang];
  const ws = wb.addWorksheet(uniqueSheetName(wb, labels.sheet), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  ws.columns = labels.headers.map((header, i) => ({ header, width: WIDTHS[i] }));
  ws.getRow(1).font = { bold: true };
  for (const file of report.files) {
    for (const table of file.tables) {
      const headerColumn = table.columns[0]?.column ?? "A";
      for (const f of table.findings) {
        const cell = `${f.column ?? headerColumn}${table.headerRows[0]}`;
        addFinding(
          ws,
          table.sheet,
          cell,
          labels.table,
          labels.severity[f.severity],
          f.message,
          "",
          f.code,
        );
      }
      for (const row of table.rows) {
        for (const f of row.findings) {
          const cell = `${f.column ?? headerColumn}${row.row}`;
          const severity = labels.severity[f.severity];
          addFinding(
            ws,
            table.sheet,
            cell,
            row.row,
            severity,
            f.message,
            row.activity ?? "",
            f.code,
          );
        }
      }
    }
  }
  const last = ws.rowCount;
  if (last > 1) ws.autoFilter = `A1:${columnLetter(labels.headers.length)}${last}`;
  ws.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  ws.getColumn(6).alignment = { wrapText: true, vertical: "top" };
}

function addFinding(
  ws: ExcelJS.Worksheet,
  sheet: string,
  cell: string,
  row: number | string,
  severity: string,
  message: string,
  activity: string,
  code: string,
): void {
  // Plain strings only: text from a municipal file must never become a formula.
  const added = ws.addRow([sheet, cell, row, severity, message, activity, code]);
  added.getCell(2).value = { text: cell, hyperlink: `${quoteSheet(sheet)}!${cell}` };
}
