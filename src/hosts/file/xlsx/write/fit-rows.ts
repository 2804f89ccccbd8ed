/**
 * Row heights for the user's own sheets in a checked copy. A workbook made by hand or pasted
 * from Word rarely stores row heights: Excel fits such rows when a cell is edited, LibreOffice
 * and printing do not, so a long activity overprints the rows below it in the copy we hand out.
 *
 * Only the `<row>` start tags change: a row the text needs taller gets `ht` and
 * `customHeight`, a row the user sized (customHeight) is left as it is, and no cell, style or
 * other element of the sheet is touched. The text measured is the Grid our reader made of the
 * same sheet; the widths, wrapping and fonts are the sheet's and the workbook's own.
 */
import type { Grid, MergeArea } from "../../../../core/grid";
import { TextFit, type CellFont, type FitColumn } from "../../../../core/layout/row-height";
import type { StyleSheet } from "./styles";
import { matchesOf } from "./xml";

/** Excel's default column: 8.43 characters shown, stored with its 5 pixels of padding. */
const DEFAULT_COLUMN_WIDTH = 9.140625;
/** Excel's default row for Calibri 11; a sheet says its own in sheetFormatPr. */
const DEFAULT_ROW_HEIGHT = 15;

/** An attribute of a start tag, as stored (entities not resolved). */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** Column letters of a cell reference to a 1-based column; 0 when there are none. */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

/** The width of every column (1-based index) up to `last`, from <cols> and sheetFormatPr. */
function columnWidths(xml: string, last: number): number[] {
  const format = /<(?:[\w.-]+:)?sheetFormatPr\b[^>]*>/.exec(xml)?.[0] ?? "";
  const fallback = Number(attr(format, "defaultColWidth"));
  const widths = new Array<number>(last + 1).fill(
    Number.isFinite(fallback) && fallback > 0 ? fallback : DEFAULT_COLUMN_WIDTH,
  );
  const cols = /<(?:[\w.-]+:)?cols\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cols>/.exec(xml);
  if (!cols) return widths;
  for (const m of matchesOf(cols[1], /<(?:[\w.-]+:)?col\b[^>]*>/g)) {
    const min = Number(attr(m[0], "min"));
    const max = Number(attr(m[0], "max"));
    const width = Number(attr(m[0], "width"));
    if (!Number.isFinite(min) || !Number.isFinite(max) || !Number.isFinite(width)) continue;
    const hidden = isTrue(attr(m[0], "hidden"));
    for (let c = Math.max(1, min); c <= Math.min(max, last); c++) widths[c] = hidden ? 0 : width;
  }
  return widths;
}

/** The merges of the Grid by their top-left cell (sheet row and column), and what they cover. */
function mergeIndex(grid: Grid): { starts: Map<string, MergeArea>; covered: Set<string> } {
  const starts = new Map<string, MergeArea>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    const top = m.top + grid.origin.row;
    const left = m.left + grid.origin.col;
    starts.set(`${top}:${left}`, m);
    // A merge down several rows shares its text among them: no one row is sized for it.
    if (m.bottom > m.top) covered.add(`${top}:${left}`);
  }
  return { starts, covered };
}

/**
 * The sheet's XML with heights on the rows whose wrapped text needs more than they have.
 * `grid` is the same sheet as our reader read it.
 */
export function withFittedRows(xml: string, grid: Grid, styles: StyleSheet): string {
  const lastCol = grid.cells.reduce((w, r) => Math.max(w, r.length), 0) + grid.origin.col;
  if (lastCol <= grid.origin.col) return xml;
  const widths = columnWidths(xml, lastCol);
  const format = /<(?:[\w.-]+:)?sheetFormatPr\b[^>]*>/.exec(xml)?.[0] ?? "";
  const defaultHeight = Number(attr(format, "defaultRowHeight")) || DEFAULT_ROW_HEIGHT;
  const fit = new TextFit(styles.defaultFont);
  const merges = mergeIndex(grid);

  const out: string[] = [];
  let at = 0;
  let rowNumber = 0;
  const rowRe = /<((?:[\w.-]+:)?)row\b([^>]*?)(\/?)>/g;
  for (const m of matchesOf(xml, rowRe)) {
    const tag = m[0];
    const r = Number(attr(tag, "r"));
    // A row without its number follows the one before it (rows may omit r=).
    rowNumber = Number.isFinite(r) && r > 0 ? r : rowNumber + 1;
    if (m[3] === "/" || isTrue(attr(tag, "customHeight")) || isTrue(attr(tag, "hidden"))) {
      continue;
    }
    const gridRow = grid.cells[rowNumber - grid.origin.row];
    if (!gridRow) continue;
    const end = xml.indexOf(`</${m[1]}row>`, m.index + tag.length);
    if (end < 0) continue;
    const needed = rowHeight(xml.slice(m.index + tag.length, end), rowNumber, gridRow, {
      grid,
      widths,
      merges,
      styles,
      fit,
    });
    const current = Number(attr(tag, "ht")) || defaultHeight;
    if (needed === null || needed <= current) continue;
    const kept = tag.replace(/\s(?:ht|customHeight)\s*=\s*(?:"[^"]*"|'[^']*')/g, "");
    out.push(xml.slice(at, m.index), kept.slice(0, -1), ` ht="${needed}" customHeight="1">`);
    at = m.index + tag.length;
  }
  if (at === 0) return xml;
  out.push(xml.slice(at));
  return out.join("");
}

interface RowContext {
  grid: Grid;
  widths: number[];
  merges: ReturnType<typeof mergeIndex>;
  styles: StyleSheet;
  fit: TextFit;
}

/** The height the row's cells need, or null when one line is enough. */
function rowHeight(
  body: string,
  rowNumber: number,
  gridRow: readonly unknown[],
  { grid, widths, merges, styles, fit }: RowContext,
): number | null {
  const cells: unknown[] = [];
  const columns: FitColumn[] = [];
  const fonts: (CellFont | undefined)[] = [];
  let col = 0;
  for (const c of matchesOf(body, /<(?:[\w.-]+:)?c\b[^>]*>/g)) {
    const ref = attr(c[0], "r");
    const given = ref === undefined ? 0 : columnOf(ref);
    // A cell without its reference follows the one before it.
    col = given > 0 ? given : col + 1;
    const text = gridRow[col - grid.origin.col];
    if (typeof text !== "string" || text === "") continue;
    const key = `${rowNumber}:${col}`;
    if (merges.covered.has(key)) continue;
    const style = Number(attr(c[0], "s") ?? "0");
    const look = styles.cellLook(Number.isFinite(style) ? style : 0);
    if (!look.wrap) continue;
    const merge = merges.starts.get(key);
    const right = merge ? merge.right + grid.origin.col : col;
    let width = 0;
    for (let k = col; k <= right && k < widths.length; k++) width += widths[k];
    cells.push(text);
    columns.push({ width, wrap: true });
    fonts.push(look.font);
  }
  return cells.length === 0 ? null : fit.rowHeight(cells, columns, fonts);
}
