/**
 * The regional sheets written into the open workbook (Office.js, ExcelApi 1.7).
 *
 * - Rebuilding reuses a regional sheet that already exists: its contents, tables and charts go,
 *   the sheet stays — so formulas on the user's own sheets that point at "Свод" keep working,
 *   and no "Свод (2)" appears. Every other sheet is left alone.
 * - Values go in large row blocks; each block's number format is set in the same batch before
 *   its values, so a text column is "@" when "=1+1" arrives and Excel keeps it as text.
 * - A fixed number of context.sync() calls: one to find the sheets, one more when rebuilding,
 *   then one per block (one block unless a sheet would pass Excel's 5 MB request limit).
 */
import {
  NUMBER_FORMAT,
  REGIONAL_SHEET_NAMES,
  SUMMARY_CHART,
  excelSerial,
  type RegionalModel,
  type RegionalSheet,
  type RegionalValue,
} from "../../core/consolidate";

/** Names of our tables and chart, so a rebuild finds exactly what it made. */
export const TABLE_NAME: Record<string, string> = {
  Свод: "RegionalActivities",
  Сводка: "RegionalSummary",
  Замечания: "RegionalFindings",
};
export const CHART_NAME = "RegionalChart";

export interface RegionalWriteLimits {
  /** Estimated request bytes per sync, well under Excel's 5 MB. */
  bytesPerSync: number;
}

export const DEFAULT_WRITE_LIMITS: RegionalWriteLimits = { bytesPerSync: 4_000_000 };

/** Excel's column width unit is a character; Office.js sets it in points. */
const POINTS_PER_CHAR = 6;

export interface RegionalWriteResult {
  /** Sheets made anew, and those rebuilt in place. */
  added: string[];
  rebuilt: string[];
  syncs: number;
}

export async function writeRegionalToExcel(
  context: Excel.RequestContext,
  model: RegionalModel,
  limits: RegionalWriteLimits = DEFAULT_WRITE_LIMITS,
): Promise<RegionalWriteResult> {
  let syncs = 0;
  const sync = async () => {
    syncs += 1;
    await context.sync();
  };
  const worksheets = context.workbook.worksheets;
  const found = REGIONAL_SHEET_NAMES.map((name) => {
    const ws = worksheets.getItemOrNullObject(name);
    ws.load("isNullObject");
    return { name, ws };
  });
  await sync();

  const existing = found.filter((f) => !f.ws.isNullObject);
  for (const { ws } of existing) {
    ws.tables.load("items");
    ws.charts.load("items");
  }
  if (existing.length > 0) await sync();
  for (const { ws } of existing) {
    for (const table of ws.tables.items) table.delete();
    for (const chart of ws.charts.items) chart.delete();
    ws.getRange().clear();
    ws.freezePanes.unfreeze();
  }

  const targets = found.map((f) => (f.ws.isNullObject ? worksheets.add(f.name) : f.ws));
  let pending = 0;
  for (const [i, sheet] of model.sheets.entries()) {
    const ws = targets[i];
    for (const block of blocks(sheet, limits.bytesPerSync)) {
      if (pending > 0 && pending + block.bytes > limits.bytesPerSync) {
        await sync();
        pending = 0;
      }
      const range = ws.getRangeByIndexes(block.start, 0, block.rows.length, sheet.columns.length);
      // The text format first: values written into "@" cells are never read as formulas.
      range.numberFormat = block.rows.map((_, r) => formatsOf(sheet, block.start + r === 0));
      range.values = block.rows;
      pending += block.bytes;
    }
    layOut(ws, sheet);
  }
  addChart(targets[1], model.sheets[1]);
  targets[0].activate();
  await sync();
  return {
    added: found.filter((f) => f.ws.isNullObject).map((f) => f.name),
    rebuilt: existing.map((f) => f.name),
    syncs,
  };
}

interface Block {
  /** 0-based sheet row of the block's first row. */
  start: number;
  rows: (string | number)[][];
  bytes: number;
}

/** The header, the data rows and the totals row, cut into blocks of about `budget` bytes. */
function blocks(sheet: RegionalSheet, budget: number): Block[] {
  const all: (string | number)[][] = [
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((row) => cellsOf(sheet, row)),
    ...(sheet.totals ? [cellsOf(sheet, sheet.totals)] : []),
  ];
  const out: Block[] = [];
  let current: Block = { start: 0, rows: [], bytes: 0 };
  all.forEach((row, r) => {
    const bytes = estimateBytes(row);
    if (current.rows.length > 0 && current.bytes + bytes > budget) {
      out.push(current);
      current = { start: r, rows: [], bytes: 0 };
    }
    current.rows.push(row);
    current.bytes += bytes;
  });
  out.push(current);
  return out;
}

function cellsOf(sheet: RegionalSheet, row: RegionalValue[]): (string | number)[] {
  return sheet.columns.map((c, i) => {
    const v = row[i];
    if (v === null || v === undefined) return "";
    if (c.kind === "date" && typeof v === "string") return excelSerial(v);
    return c.kind === "text" ? String(v) : v;
  });
}

/** JSON of the values and their formats: Cyrillic is 2 bytes a character in UTF-8. */
function estimateBytes(row: (string | number)[]): number {
  let bytes = 0;
  for (const v of row) bytes += (typeof v === "string" ? v.length * 2 : 12) + 16;
  return bytes;
}

function formatsOf(sheet: RegionalSheet, header: boolean): string[] {
  return sheet.columns.map((c) => (header ? "@" : NUMBER_FORMAT[c.kind]));
}

/** Widths, wrapping, a frozen header, an Excel table (filters on), totals in bold. */
function layOut(ws: Excel.Worksheet, sheet: RegionalSheet): void {
  const columns = sheet.columns.length;
  const dataRows = sheet.rows.length;
  sheet.columns.forEach((c, i) => {
    const column = ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn();
    column.format.columnWidth = c.width * POINTS_PER_CHAR;
    column.format.wrapText = c.wrap;
    column.format.verticalAlignment = "Top";
  });
  const table = ws.tables.add(ws.getRangeByIndexes(0, 0, dataRows + 1, columns), true);
  table.name = TABLE_NAME[sheet.name];
  if (sheet.totals) ws.getRangeByIndexes(dataRows + 1, 0, 1, columns).format.font.bold = true;
  ws.freezePanes.freezeRows(1);
}

/** Overdue and done per municipality, beside the summary table. */
function addChart(ws: Excel.Worksheet, summary: RegionalSheet): void {
  const n = summary.rows.length;
  if (n === 0) return;
  const [overdue, done] = SUMMARY_CHART.series;
  const chart = ws.charts.add(
    "BarClustered",
    ws.getRangeByIndexes(0, overdue, n + 1, done - overdue + 1),
    "Columns",
  );
  chart.name = CHART_NAME;
  chart.title.text = "Просрочено и выполнено по муниципалитетам";
  const categories = ws.getRangeByIndexes(1, SUMMARY_CHART.categories, n, 1);
  chart.series.getItemAt(0).setXAxisValues(categories);
  chart.series.getItemAt(1).setXAxisValues(categories);
  const right = summary.columns.length + 1;
  chart.setPosition(
    ws.getRangeByIndexes(1, right, 1, 1),
    ws.getRangeByIndexes(Math.max(16, n + 2), right + 8, 1, 1),
  );
}
