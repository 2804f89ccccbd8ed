/**
 * The reference our reader is held to: Grids as they were read with ExcelJS before our own
 * SpreadsheetML reader replaced it (the former src/hosts/file/read.ts, in what it computes, with
 * one ExcelJS bug corrected: a formula's cached result 0 or FALSE was lost). ExcelJS materialises merged areas as cells, so its rows run on to a merge's
 * bottom; `trimTrailingEmptyRows` gives the canonical form both are compared in.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergeArea } from "../../src/core/grid";

export async function exceljsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map(gridOfWorksheet);
}

function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    }
    if ("hyperlink" in v) return plain((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
    if ("text" in v) return plain((v as { text: ExcelJS.CellValue }).text);
  }
  return String(v);
}

function gridOfWorksheet(ws: ExcelJS.Worksheet): Grid {
  const cells: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // ExcelJS's cell.value of a formula drops a falsy result (0, false, ""): its
      // FormulaValue._copyModel keeps only truthy fields. The result itself is right.
      const v = cell.type === ExcelJS.ValueType.Formula ? plain(cell.result) : plain(cell.value);
      if (v !== null) out[colNumber - 1] = v;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    cells[rowNumber - 1] = out;
  });
  for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
  const internal = (ws as unknown as { _merges: Record<string, { model: MergeArea }> })._merges;
  const merges = Object.values(internal ?? {}).map((m) => ({
    top: m.model.top - 1,
    left: m.model.left - 1,
    bottom: m.model.bottom - 1,
    right: m.model.right - 1,
  }));
  return { sheet: ws.name, origin: { row: 1, col: 1 }, cells, merges };
}

/** The canonical form of a Grid for comparison: no trailing empty rows, merges in order. */
export function canonicalGrid(g: Grid): Grid {
  const cells = g.cells.slice();
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
  const merges = [...g.merges].sort(
    (a, b) => a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right,
  );
  return { sheet: g.sheet, origin: g.origin, cells, merges };
}
