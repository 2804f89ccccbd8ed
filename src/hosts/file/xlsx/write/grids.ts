/**
 * Grids as a clean workbook: one sheet per Grid at its origin, its merged areas, text as text
 * (never a formula), dates as real dates, widths from the content and long text wrapped. For
 * turning tables read from elsewhere (a Word document's tables) into a workbook a person can
 * open, check and send.
 */
import type { CellValue, Grid } from "../../../../core/grid";
import type { NewSheet } from "./new-package";
import type { StyleSheet } from "./styles";
import type { CellInput, SheetRow } from "./worksheet";

export interface GridSheetOptions {
  /** Column widths in characters, from the grid's first column; estimated when absent. */
  widths?: number[];
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Characters Excel forbids in a sheet name, and its length limit. */
const BAD_NAME = /[[\]:*?/\\]/g;
const MAX_NAME = 31;

export function gridSheets(
  grids: Grid[],
  styles: StyleSheet,
  options: GridSheetOptions[] = [],
): NewSheet[] {
  const taken = new Set<string>();
  return grids.map((grid, i) =>
    gridSheet(grid, styles, options[i] ?? {}, uniqueName(grid.sheet, taken), i === 0),
  );
}

function gridSheet(
  grid: Grid,
  styles: StyleSheet,
  options: GridSheetOptions,
  name: string,
  selected: boolean,
): NewSheet {
  const left = grid.origin.col - 1;
  const top = grid.origin.row - 1;
  const width = grid.cells.reduce((w, r) => Math.max(w, r.length), 0);
  const widths = Array.from(
    { length: width },
    (_, c) => options.widths?.[c] ?? estimateWidth(grid, c),
  );
  const wraps = widths.map((w, c) => longestLine(grid, c) > w);
  const text = wraps.map((wrap) => styles.xf({ numFmt: "@", vertical: "top", wrap }));
  const general = wraps.map((wrap) => styles.xf({ vertical: "top", wrap }));
  const date = styles.xf({ numFmt: "dd.mm.yyyy", vertical: "top" });
  const columns = [
    ...Array.from({ length: left }, () => ({})),
    ...widths.map((w, c) => ({ width: w, style: general[c] })),
  ];
  return {
    name,
    spec: {
      columns,
      rows: gridRows(grid, top, left, text, general, date),
      size: { rows: top + grid.cells.length, cols: left + width },
      selected,
      merges: grid.merges.map((m) => ({
        top: top + m.top + 1,
        left: left + m.left + 1,
        bottom: top + m.bottom + 1,
        right: left + m.right + 1,
      })),
    },
  };
}

function* gridRows(
  grid: Grid,
  top: number,
  left: number,
  text: number[],
  general: number[],
  date: number,
): Generator<SheetRow> {
  for (let r = 0; r < top; r++) yield { values: [] };
  for (const row of grid.cells) {
    const values: CellInput[] = new Array(left).fill(null);
    const styles: number[] = new Array(left).fill(0);
    row.forEach((v: CellValue, c) => {
      values.push(v);
      styles.push(v instanceof Date ? date : typeof v === "string" ? text[c] : general[c]);
    });
    yield { values, styles };
  }
}

function estimateWidth(grid: Grid, col: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longestLine(grid, col) + 2));
}

function longestLine(grid: Grid, col: number): number {
  let max = 0;
  for (const row of grid.cells) {
    const v = row[col];
    if (v === null || v === undefined) continue;
    const s = v instanceof Date ? "00.00.0000" : String(v);
    for (const line of s.split("\n")) max = Math.max(max, line.length);
  }
  return max;
}

/** A name Excel accepts: no []:*?/\, at most 31 characters, unique ignoring case. */
function uniqueName(wanted: string, taken: Set<string>): string {
  const base = (
    wanted
      .replace(BAD_NAME, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Лист"
  ).slice(0, MAX_NAME);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = `${base.slice(0, MAX_NAME - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
