/**
 * .xlsx → Grids with ExcelJS. Browser-safe (no Node APIs): the task pane's file mode uses it
 * as is; the CLI reads the bytes from disk (read-node.ts) and calls it.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergeArea } from "../../core/grid";
import { FileReadError } from "./file-error";
import type { InflateRaw } from "./inflate-web";
import { type GuardLimits, DEFAULT_LIMITS, guardXlsx } from "./zip-guard";

export { FileReadError } from "./file-error";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE2 container is either a legacy .xls or an encrypted (password-protected) .xlsx. */
function classifyOle(bytes: Uint8Array): FileReadError {
  const marker = "EncryptedPackage";
  // Stream names in OLE directories are UTF-16LE.
  const needle = new Uint8Array(marker.length * 2);
  for (let i = 0; i < marker.length; i++) needle[i * 2] = marker.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return new FileReadError("encrypted");
  }
  return new FileReadError("legacy-xls");
}

function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new FileReadError("empty-file");
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw classifyOle(bytes);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new FileReadError("not-xlsx");
}

export interface ReadOptions {
  limits?: GuardLimits;
  /** How the zip guard inflates parts; the web DecompressionStream unless a host has better. */
  inflate?: InflateRaw;
}

export async function loadWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: ReadOptions = {},
): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniff(bytes);
  await guardXlsx(bytes, options.limits ?? DEFAULT_LIMITS, options.inflate);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; it accepts any byte array at run time.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new FileReadError("corrupt", `(${err instanceof Error ? err.message : String(err)})`);
  }
  return wb;
}

export async function readWorkbookGrids(
  data: ArrayBuffer | Uint8Array,
  options: ReadOptions = {},
): Promise<Grid[]> {
  return gridsOfWorkbook(await loadWorkbook(data, options));
}

export function gridsOfWorkbook(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(gridOfWorksheet);
}

function valueOf(cell: ExcelJS.Cell): CellValue {
  return plain(cell.value);
}

function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      // Formulas count by the value Excel last computed; the formula text is not data.
      return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    }
    if ("hyperlink" in v) return plain((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
    if ("text" in v) return plain((v as { text: ExcelJS.CellValue }).text);
  }
  return String(v);
}

export function gridOfWorksheet(ws: ExcelJS.Worksheet): Grid {
  const cells: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's other cells echo its value in ExcelJS; the sheet holds it once.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = valueOf(cell);
      if (v !== null) out[colNumber - 1] = v;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    cells[rowNumber - 1] = out;
  });
  for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
  return { sheet: ws.name, origin: { row: 1, col: 1 }, cells, merges: mergesOf(ws) };
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  // ExcelJS keeps merges in `_merges`; the public `model.merges` would rebuild the whole
  // sheet model just to list them.
  const internal = (ws as unknown as { _merges: Record<string, { model: RangeLike }> })._merges;
  return Object.values(internal ?? {}).map((m) => ({
    top: m.model.top - 1,
    left: m.model.left - 1,
    bottom: m.model.bottom - 1,
    right: m.model.right - 1,
  }));
}
