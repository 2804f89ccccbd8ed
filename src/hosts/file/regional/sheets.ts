/**
 * The three regional sheets written into an ExcelJS workbook — a new one, or last month's
 * regional file being rebuilt: «Свод», «Сводка», «Замечания» replace any sheets of those names
 * at their positions, every other sheet stays. Header frozen, filter on, widths and wrapping set,
 * text as text in "@" columns, dates as real dates.
 */
import ExcelJS from "exceljs";
import {
  NUMBER_FORMAT,
  REGIONAL_SHEET_NAMES,
  utcDate,
  type ColumnKind,
  type RegionalColumn,
  type RegionalModel,
  type RegionalSheet,
  type RegionalValue,
} from "../../../core/consolidate";

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  numFmt: "@",
  font: { bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
  alignment: { vertical: "top", wrapText: true },
};

export function writeRegionalSheets(wb: ExcelJS.Workbook, model: RegionalModel): void {
  const order = new Map<string, number>();
  for (const name of REGIONAL_SHEET_NAMES) {
    const old = wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
    if (!old) continue;
    order.set(name, ordered(old).orderNo);
    wb.removeWorksheet(old.id);
  }
  // ExcelJS merges sheet-scoped names into one global name; a global "_FilterDatabase" (Excel's
  // hidden record of a filter) pointing at a sheet's old rows is one Excel would repair. Excel
  // rebuilds these from each sheet's filter, so none is kept.
  wb.definedNames.model = wb.definedNames.model.filter((n) => n.name !== "_xlnm._FilterDatabase");
  for (const sheet of model.sheets) {
    const ws = addSheet(wb, sheet);
    const at = order.get(sheet.name);
    if (at !== undefined) ordered(ws).orderNo = at;
  }
  wb.creator ||= "Roadmap Inspector";
  wb.lastModifiedBy = "Roadmap Inspector";
  wb.title = "Свод дорожных карт";
  wb.subject = `На ${model.asOf}`;
  wb.modified = new Date();
}

/** ExcelJS orders sheets by this field at run time; its typings leave it out. */
function ordered(ws: ExcelJS.Worksheet): { orderNo: number } {
  return ws as unknown as { orderNo: number };
}

function addSheet(wb: ExcelJS.Workbook, sheet: RegionalSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  // One style object per column, shared by all its cells: ExcelJS's writer resolves a style
  // object once and remembers it by identity, where a copy per cell costs a lookup per cell.
  const body = sheet.columns.map(columnStyle);
  const bold = body.map((style) => ({ ...style, font: { bold: true } }));
  ws.columns = sheet.columns.map((c, i) => ({ key: c.key, width: c.width, style: body[i] }));
  styleCells(
    ws.addRow(sheet.columns.map((c) => cleanText(c.header))),
    sheet.columns.map(() => HEADER_STYLE),
  );
  const kinds = sheet.columns.map((c) => c.kind);
  for (const row of ws.addRows(sheet.rows.map((r) => cellValues(kinds, r)))) {
    styleCells(row, body);
  }
  if (sheet.totals) styleCells(ws.addRow(cellValues(kinds, sheet.totals)), bold);
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: sheet.rows.length + 1, column: Math.max(1, sheet.columns.length) },
  };
  return ws;
}

function columnStyle(c: RegionalColumn): Partial<ExcelJS.Style> {
  return { numFmt: NUMBER_FORMAT[c.kind], alignment: { vertical: "top", wrapText: c.wrap } };
}

function styleCells(row: ExcelJS.Row, styles: Partial<ExcelJS.Style>[]): void {
  row.eachCell((cell, col) => {
    cell.style = styles[col - 1];
  });
}

/**
 * Strings stay plain strings — ExcelJS makes a formula only of a { formula } object. An empty
 * value is undefined, so no cell is created for it. The array is dense: ExcelJS reads an array
 * without an element 0 as starting at column 1, which would shift a row whose first cell is empty.
 */
function cellValues(kinds: ColumnKind[], row: RegionalValue[]): (ExcelJS.CellValue | undefined)[] {
  const out: (ExcelJS.CellValue | undefined)[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const v = row[i];
    const kind = kinds[i];
    if (v === null || v === undefined || v === "") out.push(undefined);
    else if (kind === "text") out.push(cleanText(String(v)));
    else if (kind === "date" && typeof v === "string") out.push(utcDate(v));
    else out.push(v);
  }
  return out;
}

// Characters XML 1.0 forbids; Excel reports a file holding one as damaged. Matching control
// characters is the point here.
/* eslint-disable no-control-regex */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_CLEANING = /[\r_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

/**
 * Drops characters XML cannot carry and keeps "_x0041_"-like text literal: Excel reads such a
 * run in a string as an escaped character, "_x005F_" (an escaped "_") in front stops that.
 */
function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(INVALID_XML, "")
    .replace(/\r\n?/g, "\n")
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}
