/**
 * Column widths and wrapping of the regional sheets, decided once here so that the file and
 * the Excel host lay the sheets out alike.
 */
import type {
  ColumnKind,
  RegionalColumn,
  RegionalSheet,
  RegionalSheetName,
  RegionalValue,
} from "./types";
import { TextFit, WORKBOOK_FONT, type CellFont } from "../layout/row-height";

export type ColumnSpec = Omit<RegionalColumn, "width" | "wrap"> & {
  /**
   * The widest the column may grow, in characters (MAX_TEXT_WIDTH otherwise): a sheet printed
   * one page wide is shrunk by its total width, so a long text wraps into lines instead.
   */
  maxWidth?: number;
};

export interface DraftSheet {
  name: RegionalSheetName;
  columns: ColumnSpec[];
  rows: RegionalValue[][];
  totals: RegionalValue[] | null;
}

const FIXED_WIDTH: Partial<Record<ColumnKind, number>> = { date: 12, percent: 12 };
const MIN_WIDTH = 6;
/** Beyond this a text column wraps: a 60-character line still reads at a glance. */
const MAX_TEXT_WIDTH = 60;
/** Headers are bold and wrap at spaces: a column is at least as wide as its longest word. */
const HEADER_FONT: CellFont = { ...WORKBOOK_FONT, bold: true };

/**
 * Widths are measured in the workbook's font (a Cyrillic letter is wider than the digit a
 * column's character is counted in), so that a header word is never broken and a short text
 * fits its column; a text column wraps when some value is longer than its width or holds
 * several lines — row heights are then estimated for it (core/layout).
 */
export function finishSheet(draft: DraftSheet): RegionalSheet {
  const fit = new TextFit(WORKBOOK_FONT);
  const columns = draft.columns.map((spec, i) => {
    const fixed = FIXED_WIDTH[spec.kind];
    const header = fit.widthFor(fit.textPoints(spec.header, HEADER_FONT, true)) + 1;
    if (fixed !== undefined) {
      const { maxWidth: _ignored, ...column } = spec;
      return { ...column, width: Math.max(fixed, Math.min(header, MAX_TEXT_WIDTH)), wrap: false };
    }
    const content = measureColumn(fit, draft.rows, i);
    const needed = fit.widthFor(content.points) + 1;
    const { maxWidth, ...column } = spec;
    const cap = Math.max(header, maxWidth ?? MAX_TEXT_WIDTH);
    const width = Math.min(Math.max(header, needed, MIN_WIDTH), cap);
    return {
      ...column,
      width,
      wrap: spec.kind === "text" && (needed > width || content.lines),
    };
  });
  return { name: draft.name, columns, rows: draft.rows, totals: draft.totals };
}

/** Rows looked at for a width: enough to see the long texts, few enough to stay quick. */
const SAMPLE_ROWS = 4000;

/** The widest line among a column's values (a sample of a long sheet), and whether any has several. */
function measureColumn(
  fit: TextFit,
  rows: RegionalValue[][],
  col: number,
): { points: number; lines: boolean } {
  let points = 0;
  let lines = false;
  const cap = fit.columnPoints(MAX_TEXT_WIDTH + 1);
  const step = Math.max(1, Math.ceil(rows.length / SAMPLE_ROWS));
  for (let r = 0; r < rows.length; r += step) {
    const v = rows[r][col];
    if (v === null || v === undefined || v === "") continue;
    const s = typeof v === "string" ? v : String(v);
    if (!lines && s.includes("\n")) lines = true;
    if (points < cap) points = Math.max(points, fit.textPoints(s));
  }
  return { points, lines };
}
