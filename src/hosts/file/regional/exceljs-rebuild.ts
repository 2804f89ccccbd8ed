/**
 * Rebuilding the regional sheets inside an existing workbook (last month's region.xlsx with the
 * specialist's own sheets added): the three sheets are replaced in place, every other sheet is
 * kept. ExcelJS rewrites the whole package, and it does not carry charts, pivot tables, queries
 * or macros over — so a workbook holding any of those is refused rather than quietly damaged.
 */
import ExcelJS from "exceljs";
import {
  NUMBER_FORMAT,
  REGIONAL_SHEET_NAMES,
  utcDate,
  type RegionalModel,
  type RegionalSheet,
  type RegionalValue,
} from "../../../core/consolidate";
import { FileReadError, loadWorkbook } from "../read";
import { listZipEntries } from "../zip-guard";
import { RegionalWriteError } from "./write-error";
import { cleanText } from "./xml-text";

/** Package parts ExcelJS drops on a round trip, by what the user would lose. */
const LOST_ON_ROUND_TRIP: { pattern: RegExp; what: string }[] = [
  { pattern: /^xl\/charts\//, what: "диаграммы" },
  { pattern: /^xl\/chartsheets\//, what: "листы диаграмм" },
  { pattern: /^xl\/pivot(Tables|Cache)\//, what: "сводные таблицы" },
  { pattern: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, what: "срезы" },
  { pattern: /^xl\/(queryTables\/|connections\.xml|customXml\/)/, what: "запросы и подключения" },
  { pattern: /^xl\/externalLinks\//, what: "связи с другими книгами" },
  { pattern: /^xl\/vbaProject\.bin$/, what: "макросы" },
  { pattern: /^xl\/(activeX|ctrlProps)\//, what: "элементы управления" },
];

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};

export async function rebuildInto(existing: Uint8Array, model: RegionalModel): Promise<Uint8Array> {
  const names = (await asRegionalTarget(() => listZipEntries(existing))).map((e) => e.name);
  const lost = [
    ...new Set(
      LOST_ON_ROUND_TRIP.filter((l) => names.some((n) => l.pattern.test(n))).map((l) => l.what),
    ),
  ];
  if (lost.length > 0) throw new RegionalWriteError("unsafe-rebuild", lost.join(", "));
  const wb = await asRegionalTarget(() => loadWorkbook(existing));
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
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** ExcelJS orders sheets by this field at run time; its typings leave it out. */
function ordered(ws: ExcelJS.Worksheet): { orderNo: number } {
  return ws as unknown as { orderNo: number };
}

/** The file to rebuild into must itself be a readable workbook; say so in those words. */
async function asRegionalTarget<T>(read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof FileReadError) throw new RegionalWriteError("not-a-workbook", err.message);
    throw err;
  }
}

/** The same layout as ooxml.ts: frozen header, filter, widths, wrap, text as text. */
export function addSheet(wb: ExcelJS.Workbook, sheet: RegionalSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  ws.columns = sheet.columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: {
      numFmt: NUMBER_FORMAT[c.kind],
      alignment: { vertical: "top", wrapText: c.wrap },
    },
  }));
  const header = ws.getRow(1);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = cleanText(c.header);
    cell.style = {
      numFmt: "@",
      font: { bold: true },
      fill: HEADER_FILL,
      alignment: { vertical: "top", wrapText: true },
    };
  });
  for (const row of sheet.rows) ws.addRow(row.map((v, i) => cellValue(sheet, i, v)));
  if (sheet.totals) {
    const totals = ws.addRow(sheet.totals.map((v, i) => cellValue(sheet, i, v)));
    totals.eachCell((cell) => {
      cell.font = { bold: true };
    });
  }
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: sheet.rows.length + 1, column: Math.max(1, sheet.columns.length) },
  };
  return ws;
}

/** Strings stay plain strings — ExcelJS makes a formula only of a { formula } object. */
function cellValue(sheet: RegionalSheet, i: number, v: RegionalValue): ExcelJS.CellValue {
  if (v === null || v === "") return null;
  const kind = sheet.columns[i]?.kind ?? "text";
  if (kind === "date" && typeof v === "string") return utcDate(v);
  if (kind === "text") return cleanText(String(v));
  return v;
}
