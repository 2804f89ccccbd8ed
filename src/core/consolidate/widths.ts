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

export type ColumnSpec = Omit<RegionalColumn, "width" | "wrap">;

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

export function finishSheet(draft: DraftSheet): RegionalSheet {
  const columns = draft.columns.map((spec, i) => {
    const fixed = FIXED_WIDTH[spec.kind];
    const header = longestLine(spec.header);
    if (fixed !== undefined) {
      return { ...spec, width: Math.max(fixed, Math.min(header, MAX_TEXT_WIDTH)), wrap: false };
    }
    const content = longestInColumn(draft.rows, i, MAX_TEXT_WIDTH + 1);
    const widest = Math.max(header, content, MIN_WIDTH);
    return {
      ...spec,
      width: Math.min(widest + 2, MAX_TEXT_WIDTH),
      wrap: spec.kind === "text" && widest > MAX_TEXT_WIDTH - 2,
    };
  });
  return { name: draft.name, columns, rows: draft.rows, totals: draft.totals };
}

/** Rows looked at for a width: enough to see the long texts, few enough to stay quick. */
const SAMPLE_ROWS = 4000;

/** Length of the longest line among a column's values (a sample of a long sheet), up to `cap`. */
function longestInColumn(rows: RegionalValue[][], col: number, cap: number): number {
  let max = 0;
  const step = Math.max(1, Math.ceil(rows.length / SAMPLE_ROWS));
  for (let r = 0; r < rows.length; r += step) {
    const v = rows[r][col];
    if (v === null || v === undefined) continue;
    const s = typeof v === "string" ? v : String(v);
    // A string no longer than the current maximum cannot hold a longer line.
    if (s.length <= max) continue;
    max = Math.max(max, longestLine(s));
    if (max >= cap) return cap;
  }
  return max;
}

function longestLine(s: string): number {
  if (!s.includes("\n")) return s.length;
  let max = 0;
  for (const line of s.split("\n")) if (line.length > max) max = line.length;
  return max;
}
