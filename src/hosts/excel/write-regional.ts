/**
 * The regional sheets written into the open workbook (Office.js, ExcelApi 1.7).
 *
 * - Safe for the user's workbook (regional-targets.ts): only sheets this program made are
 *   replaced, a same-named sheet of the user's only with their yes, and the new sheets are
 *   built under temporary names, then swapped in in one batch — a failure on the way removes
 *   the half-built sheets and leaves the previous regional sheets as they were. Cell
 *   references from the user's own sheets to the old «Свод» do not survive the swap (they show
 *   #ССЫЛКА!); its rows changed with every rebuild anyway.
 * - Table names are unique in the workbook: the usual name once the old sheet is gone, a
 *   numbered one where a table of the user's already has it.
 * - Values go in large row blocks; each block's number format is set in the same batch before
 *   its values, so a text column is "@" when "=1+1" arrives and Excel keeps it as text.
 * - A fixed number of context.sync() calls: two to look at the workbook, one per block of
 *   values (one block unless a sheet would pass Excel's 5 MB request limit), one to swap.
 * - A region past Excel's 1,048,576 rows («Свод» continued on «Свод (2)») is refused before
 *   anything is changed: a file (the CLI, or file mode) carries it, the task pane cannot
 *   write a million rows through Office.js in any reasonable time.
 */
import {
  NUMBER_FORMAT,
  excelSerial,
  type RegionalModel,
  type RegionalSheet,
  type RegionalSheetName,
  type RegionalValue,
} from "../../core/consolidate";
import { HEADER_ROW, regionalPrint, titleRows } from "../../core/consolidate/titles";
import { ExcelHostError } from "./errors";
import {
  EXCEL_REGIONAL_SHEETS,
  findRegionalTargets,
  markFormula,
  REGIONAL_MARK,
  tempName,
  uniqueName,
  type RegionalTargets,
} from "./regional-targets";
import { addChart, layOut, shadeSummary } from "./regional-look";
import { setUpPrint } from "./regional-print";
import { isCellEditError } from "./run";

export { CHART_NAME } from "./regional-look";

/** Names of our tables and chart, so a rebuild finds exactly what it made. */
export const TABLE_NAME: Record<RegionalSheetName, string> = {
  Свод: "RegionalActivities",
  Сводка: "RegionalSummary",
  Замечания: "RegionalFindings",
  Изменения: "RegionalChanges",
};

export interface RegionalWriteLimits {
  /** Estimated request bytes per sync, well under Excel's 5 MB. */
  bytesPerSync: number;
}

export const DEFAULT_WRITE_LIMITS: RegionalWriteLimits = { bytesPerSync: 4_000_000 };

export interface RegionalWriteOptions {
  /** The user agreed to replace same-named sheets this program did not make. */
  replaceForeign?: boolean;
  limits?: RegionalWriteLimits;
  /** The running Excel has the page layout (ExcelApi 1.9): each sheet gets its print setup. */
  print?: boolean;
}

export interface RegionalWriteResult {
  /** Sheets made anew, those that replaced our earlier ones, and the user's replaced. */
  added: string[];
  rebuilt: string[];
  replaced: string[];
  syncs: number;
}

interface Built {
  name: RegionalSheetName;
  temp: string;
  ws: Excel.Worksheet;
  table: Excel.Table | null;
}

export async function writeRegionalToExcel(
  context: Excel.RequestContext,
  model: RegionalModel,
  options: RegionalWriteOptions = {},
): Promise<RegionalWriteResult> {
  const limits = options.limits ?? DEFAULT_WRITE_LIMITS;
  const sheets = regionalSheetsOf(model);
  const names = sheets.map((s) => s.name as RegionalSheetName);
  let syncs = 0;
  const sync = async () => {
    syncs += 1;
    await context.sync();
  };
  const targets = await findRegionalTargets(
    context,
    { replaceForeign: options.replaceForeign === true, names },
    sync,
  );
  const worksheets = context.workbook.worksheets;
  const temps = names.map((name) => tempName(name, targets.sheets));

  let built: Built[] = [];
  try {
    for (const leftover of targets.leftovers) worksheets.getItem(leftover).delete();
    built = names.map((name, i) => {
      const ws = worksheets.add(temps[i]);
      const mark = ws.names.add(REGIONAL_MARK, markFormula(name));
      mark.visible = false;
      return { name, temp: temps[i], ws, table: null };
    });
    await fill(sheets, built, targets, { limits, print: options.print === true }, sync);
  } catch (err) {
    if (built.length > 0) await removeQuietly(context, temps);
    throw notWritten(err);
  }

  try {
    swap(context, built, targets);
    await sync();
  } catch (err) {
    throw new ExcelHostError(
      "regional-swap-failed",
      `Листы свода построены, но не заменили прежние: ${detail(err)}`,
      { detail: detail(err) },
    );
  }
  const before = (name: RegionalSheetName) => targets.previous[name];
  return {
    added: names.filter((n) => before(n) === null),
    rebuilt: names.filter((n) => before(n)?.ours === true),
    replaced: names.filter((n) => before(n)?.ours === false),
    syncs,
  };
}

/**
 * The model's three sheets in REGIONAL_SHEET_NAMES' order, then «Изменения» when last month
 * was known; a continued «Свод» is refused.
 */
function regionalSheetsOf(model: RegionalModel): RegionalSheet[] {
  const names: readonly string[] = EXCEL_REGIONAL_SHEETS;
  const continued = model.sheets.filter((s) => !names.includes(s.name));
  if (continued.length > 0) {
    const rows = model.totals.activities;
    throw new ExcelHostError(
      "regional-too-many-rows",
      `В своде ${rows} мероприятий: больше, чем помещается на лист Excel (1 048 576 строк). Постройте свод в файл (командой roadmap consolidate): там «Свод» продолжается на листах ${continued.map((s) => `«${s.name}»`).join(", ")}.`,
      { rows },
    );
  }
  return EXCEL_REGIONAL_SHEETS.flatMap((name) => model.sheets.filter((s) => s.name === name));
}

/** Values, formats, tables and the chart, into the sheets under their temporary names. */
async function fill(
  sheets: RegionalSheet[],
  built: Built[],
  targets: RegionalTargets,
  { limits, print }: { limits: RegionalWriteLimits; print: boolean },
  sync: () => Promise<void>,
): Promise<void> {
  const tableNames = [...targets.tables];
  let pending = 0;
  for (const [i, sheet] of sheets.entries()) {
    const ws = built[i].ws;
    for (const block of blocks(sheet, limits.bytesPerSync)) {
      if (pending > 0 && pending + block.bytes > limits.bytesPerSync) {
        await sync();
        pending = 0;
      }
      const range = ws.getRangeByIndexes(block.start, 0, block.rows.length, sheet.columns.length);
      // The text format first: values written into "@" cells are never read as formulas.
      range.numberFormat = block.rows.map((_, r) => formatsOf(sheet, block.start + r < HEADER_ROW));
      range.values = block.rows;
      pending += block.bytes;
    }
    // A name no table has now; the usual one is given back at the swap.
    const name = uniqueName(`${TABLE_NAME[built[i].name]}_new`, tableNames);
    tableNames.push(name);
    built[i].table = layOut(ws, sheet, name);
    if (print) setUpPrint(ws, regionalPrint(sheet));
  }
  addChart(built[1].ws, sheets[1]);
  shadeSummary(built[1].ws, sheets[1]);
  await sync();
}

/** One batch: the previous sheets go, the new ones take their names, places and table names. */
function swap(context: Excel.RequestContext, built: Built[], targets: RegionalTargets): void {
  const worksheets = context.workbook.worksheets;
  for (const b of built) if (targets.previous[b.name]) worksheets.getItem(b.name).delete();
  // Last month's «Изменения» of ours, when this build has none (no «Свод» to compare with):
  // it would speak of a month that is no longer the one before.
  const written = new Set(built.map((b) => b.name));
  for (const name of EXCEL_REGIONAL_SHEETS) {
    if (!written.has(name) && targets.previous[name]?.ours) worksheets.getItem(name).delete();
  }
  // Table names still taken once the previous sheets are gone: those on the sheets that stay.
  const kept = targets.tables.filter((t) => !targets.replacedTables.includes(t));
  const placed = built
    .map((b) => ({ b, at: targets.previous[b.name]?.position ?? null }))
    .sort((x, y) => (x.at ?? Infinity) - (y.at ?? Infinity));
  for (const { b, at } of placed) {
    b.ws.name = b.name;
    if (at !== null) b.ws.position = at;
    if (b.table) b.table.name = uniqueName(TABLE_NAME[b.name], kept);
  }
  built[0].ws.activate();
}

/** After a failure: the half-built sheets go; a failure here too is not the one to report. */
async function removeQuietly(context: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    const found = names.map((n) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(n);
      ws.load("isNullObject");
      return ws;
    });
    await context.sync();
    for (const ws of found) if (!ws.isNullObject) ws.delete();
    await context.sync();
  } catch {
    // The first error is what the user must hear about; a leftover «(строится)» sheet is
    // marked as ours and removed by the next rebuild.
  }
}

function detail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function notWritten(err: unknown): unknown {
  if (err instanceof ExcelHostError || isCellEditError(err)) return err;
  return new ExcelHostError(
    "regional-not-written",
    `Свод не построен, прежние листы не тронуты: ${detail(err)}`,
    { detail: detail(err) },
  );
}

interface Block {
  /** 0-based sheet row of the block's first row. */
  start: number;
  rows: (string | number)[][];
  bytes: number;
}

/**
 * The title rows, the header, the data rows and the totals row, cut into blocks of about
 * `budget` bytes.
 */
function blocks(sheet: RegionalSheet, budget: number): Block[] {
  const all: (string | number)[][] = [
    ...titleRows(sheet.title, sheet.columns.length).map((row) => row.map((v) => v ?? "")),
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
