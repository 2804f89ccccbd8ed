/**
 * Grids as a clean workbook: one sheet per Grid at its origin, its merged areas, text as text
 * (never a formula), dates as real dates, widths from the content and long text wrapped. For
 * turning tables read from elsewhere (a Word document's tables) into a workbook a person can
 * open, check and send.
 */
import type { CellValue, Grid } from "../../../../core/grid";
import type { NewSheet } from "./new-package";
import type { CellStyle, StyleSheet } from "./styles";
import { tablePrint, type PrintSetup } from "../../../../core/layout/print";
import type { CellInput, SheetRow } from "./worksheet";

/** How a line above a table is set: where its text stands across the table's width. */
export type LineAlign = "left" | "center" | "right";

export interface GridSheetOptions {
  /** Column widths in characters, from the grid's first column; estimated when absent. */
  widths?: number[];
  /**
   * The grid's first rows are lines above a table (an approval block, a title), one alignment
   * per row: set on one line each (never wrapped), unruled. The rows after them are the table.
   */
  lines?: LineAlign[];
  /** The table (the rows after the lines) ruled as Word rules it: a thin border on every cell. */
  ruled?: boolean;
  /** Rows of the grid, from 0, set bold and centred: the table's header. */
  header?: number[];
  /**
   * Printed as our own sheets print (print.ts): landscape, one page wide, the header rows
   * repeated, `title` at the top of each page.
   */
  print?: { title: string };
  /** Row heights in points, by the grid's row from 0; Excel's own where none is given. */
  heights?: (number | undefined)[];
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
  const lines = options.lines ?? [];
  const widths = Array.from(
    { length: width },
    (_, c) => options.widths?.[c] ?? estimateWidth(grid, c, lines.length),
  );
  const wraps = widths.map((w, c) => longestLine(grid, c, lines.length) > w);
  const border = options.ruled ?? false;
  const cellStyles = (extra: CellStyle) => ({
    text: wraps.map((wrap) => styles.xf({ numFmt: "@", vertical: "top", wrap, border, ...extra })),
    general: wraps.map((wrap) => styles.xf({ vertical: "top", wrap, border, ...extra })),
    date: styles.xf({ numFmt: "dd.mm.yyyy", vertical: "top", border, ...extra }),
  });
  const body = cellStyles({});
  const headerRows = new Set(options.header ?? []);
  const header =
    headerRows.size > 0 ? cellStyles({ bold: true, horizontal: "center", wrap: true }) : body;
  // A centred line is merged across the table: it wraps there (its own line breaks shown).
  const line = (align: LineAlign) =>
    styles.xf({ numFmt: "@", horizontal: align, ...(align === "center" ? { wrap: true } : {}) });
  const columns = [
    ...Array.from({ length: left }, () => ({})),
    // A ruled table's columns carry no style: a column's border would run the sheet's length.
    ...widths.map((w, c) => ({ width: w, style: border ? undefined : body.general[c] })),
  ];
  const rowStyles = (r: number, v: CellValue, c: number): number => {
    if (r < lines.length) return line(lines[r]);
    const set = headerRows.has(r) ? header : body;
    return v instanceof Date ? set.date : typeof v === "string" ? set.text[c] : set.general[c];
  };
  return {
    name,
    spec: {
      columns,
      rows: gridRows(
        grid,
        top,
        left,
        width,
        rowStyles,
        border ? lines.length : null,
        options.heights,
      ),
      size: { rows: top + grid.cells.length, cols: left + width },
      selected,
      print: options.print ? printOf(options.print.title, [...headerRows], top) : undefined,
      merges: grid.merges.map((m) => ({
        top: top + m.top + 1,
        left: left + m.left + 1,
        bottom: top + m.bottom + 1,
        right: left + m.right + 1,
      })),
    },
  };
}

/** The print setup of a table whose header is grid rows `header` (from 0) under `top` rows. */
function printOf(title: string, header: number[], top: number): PrintSetup {
  const setup = tablePrint(title, 1);
  if (header.length === 0) return { ...setup, titleRows: undefined };
  return {
    ...setup,
    titleRows: { top: top + Math.min(...header) + 1, bottom: top + Math.max(...header) + 1 },
  };
}

/** `ruledFrom`: the first grid row whose empty cells are written too (a ruled table's). */
function* gridRows(
  grid: Grid,
  top: number,
  left: number,
  width: number,
  styleOf: (row: number, v: CellValue, col: number) => number,
  ruledFrom: number | null,
  heights: (number | undefined)[] = [],
): Generator<SheetRow> {
  for (let r = 0; r < top; r++) yield { values: [] };
  for (const [r, row] of grid.cells.entries()) {
    const blanks = ruledFrom !== null && r >= ruledFrom;
    const values: CellInput[] = new Array(left).fill(null);
    const styles: number[] = new Array(left).fill(0);
    const cells =
      blanks && row.length < width ? [...row, ...new Array(width - row.length).fill(null)] : row;
    cells.forEach((v: CellValue, c) => {
      values.push(v);
      styles.push(styleOf(r, v, c));
    });
    const height = heights[r];
    yield {
      values,
      styles,
      ...(blanks ? { blanks } : {}),
      ...(height !== undefined ? { height } : {}),
    };
  }
}

/** From the text below the lines above (a title on one line does not widen its column). */
function estimateWidth(grid: Grid, col: number, from: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longestLine(grid, col, from) + 2));
}

function longestLine(grid: Grid, col: number, from: number): number {
  let max = 0;
  for (const row of grid.cells.slice(from)) {
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
