/**
 * recognize(grid) → RoadmapTable[]: every roadmap table on a sheet, however it was pasted.
 * A sheet with no roadmap yields nothing.
 */
import type { Grid } from "../grid";
import { applyOverrides, assignColumns, judgeByValues, looksLikeNumbering } from "./columns";
import { type HeaderBand, isHeaderRow, readHeaderBand } from "./header";
import type { ColumnOverride } from "./overrides";
import { classifyRows } from "./rows";
import { SheetView } from "./sheet-view";
import { findTableEnd } from "./table-end";
import { readTitle } from "./title";
import type { RoadmapTable } from "./types";

export type { RoadmapTable, TableColumn, TableRow, RowKind } from "./types";
export type { ColumnOverride } from "./overrides";

export interface RecognizeOptions {
  overrides?: ColumnOverride[];
}

export function recognize(grid: Grid, options: RecognizeOptions = {}): RoadmapTable[] {
  const view = new SheetView(grid);
  const tables: RoadmapTable[] = [];
  let floor = 0;
  for (let r = 0; r < view.rows; r++) {
    if (!isHeaderRow(view, r)) continue;
    const band = readHeaderBand(view, r);
    // A repeated header: the last row of its band (a two-row header's second row too), or null.
    const sameHeader = (row: number): number | null => {
      const again = readHeaderBand(view, row);
      return again.signature === band.signature ? again.last : null;
    };
    widenForUnnamedNumberColumn(view, band, sameHeader);
    const extent = findTableEnd(view, band.last + 1, band.left, band.right, sameHeader);
    const table = buildTable(
      view,
      band,
      extent.last,
      new Set(extent.repeatedHeaders),
      floor,
      options,
    );
    if (table !== null) tables.push(table);
    floor = Math.max(extent.last, band.last) + 1;
    r = floor - 1;
  }
  return tables;
}

/**
 * A number column whose header cell is empty sits just left of the header's first text. Its
 * values are judged over the rows the table would span with it — down to a signature, a blank
 * run or the next table — not beyond.
 */
function widenForUnnamedNumberColumn(
  view: SheetView,
  band: HeaderBand,
  sameHeader: (r: number) => number | null,
): void {
  const c = band.left - 1;
  if (c < 0) return;
  for (let r = band.first; r <= band.last; r++) if (view.value(r, c) !== null) return;
  const extent = findTableEnd(view, band.last + 1, c, band.right, sameHeader);
  if (looksLikeNumbering(view, c, band.last + 1, extent.last)) {
    band.left = c;
    band.columns.unshift({ index: c, header: "", match: null, year: null });
  }
}

function buildTable(
  view: SheetView,
  band: HeaderBand,
  lastBodyRow: number,
  repeatedHeaders: Set<number>,
  floor: number,
  options: RecognizeOptions,
): RoadmapTable | null {
  const { grid } = view;
  const columns = assignColumns(band.columns, grid.origin.col);
  judgeByValues(columns, view, band.last + 1, lastBodyRow);
  const headerRow = grid.origin.row + band.first;
  applyOverrides(columns, options.overrides ?? [], grid.sheet, headerRow);
  const { rows, continuations } = classifyRows(
    view,
    columns,
    band.last + 1,
    lastBodyRow,
    repeatedHeaders,
    grid.origin.row,
  );
  // A header with nothing under it is not a table the user keeps.
  if (!rows.some((r) => r.kind === "item")) return null;
  const info = readTitle(view, floor, band.first);
  return {
    sheet: grid.sheet,
    title: info.title,
    municipality: info.municipality,
    period: info.period,
    headerRows: [headerRow, grid.origin.row + band.last],
    columns,
    rows,
    continuations,
    lastRow: grid.origin.row + Math.max(lastBodyRow, band.last),
  };
}
