/**
 * HighlightPlan: what a host must paint after a check, as plain data (DESIGN.md §3).
 *
 * The core decides which rows and cells deserve attention; the Excel host turns each area into
 * a conditional format and the file host into cell fills. Keeping the plan as data lets both
 * hosts paint exactly the same thing and lets tests compare plans without a spreadsheet.
 */
import type { CheckedRow, CheckedTable, Finding } from "./validate/types";
import { columnLetter } from "./grid";
import { isMissingFieldCode } from "./validate/codes";
import type { RowState } from "./report";

/** Row kinds are exclusive (one fill per row); `missing` marks single cells on top of them. */
export type HighlightKind = "overdue" | "incomplete" | "due-soon" | "missing";

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  "overdue",
  "incomplete",
  "due-soon",
  "missing",
];

/** A rectangle on a sheet: 1-based, inclusive sheet rows and columns. */
export interface PaintArea {
  kind: HighlightKind;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetPlan {
  sheet: string;
  /** Row areas first, then missing cells, so a host that paints in order puts cells on top. */
  areas: PaintArea[];
}

export interface HighlightPlan {
  sheets: SheetPlan[];
}

/**
 * Colours as #RRGGBB. Overdue and due-soon reuse Excel's own "light red" and "yellow" presets,
 * which users already read as "bad" and "attention"; incomplete rows are a pale orange and the
 * missing cell itself a stronger orange so it stands out inside any row colour.
 */
export const HIGHLIGHT_STYLES: Record<HighlightKind, { fill: string; font: string | null }> = {
  overdue: { fill: "#FFC7CE", font: "#9C0006" },
  incomplete: { fill: "#FCE4D6", font: null },
  "due-soon": { fill: "#FFEB9C", font: "#9C5700" },
  missing: { fill: "#F4B084", font: null },
};

/**
 * The colours of a row's state where it is shown as a word (the «Состояние» column of the
 * regional «Свод»): overdue and due soon as the rows are highlighted; done in Excel's "good"
 * green; on track in a quiet blue; no deadline in grey. Every state has a text colour, so a
 * legend can show it in the text alone.
 */
export const STATE_STYLES: Record<RowState, { fill: string; font: string }> = {
  overdue: { fill: HIGHLIGHT_STYLES.overdue.fill, font: HIGHLIGHT_STYLES.overdue.font! },
  "due-soon": { fill: HIGHLIGHT_STYLES["due-soon"].fill, font: HIGHLIGHT_STYLES["due-soon"].font! },
  done: { fill: "#C6EFCE", font: "#006100" },
  "on-track": { fill: "#DDEBF7", font: "#1F4E78" },
  "no-deadline": { fill: "#EDEDED", font: "#595959" },
};

/** States in the order a legend lists them: what needs action first. */
export const STATE_ORDER: readonly RowState[] = [
  "overdue",
  "due-soon",
  "on-track",
  "done",
  "no-deadline",
];

/**
 * Findings that name an empty required cell of one row: an incomplete item (validate/codes.ts)
 * whose finding points at a cell, which the plan can paint.
 */
export function isMissingCellFinding(f: Finding): boolean {
  return isMissingFieldCode(f.code) && f.row !== null && f.column !== null;
}

/** 1-based column number of column letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) throw new Error(`Not a column letter: "${letters}"`);
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1-style address of an area without the sheet: "A12:G14", or "E12" for one cell. */
export function areaAddress(a: PaintArea): string {
  const tl = `${columnLetter(a.left)}${a.top}`;
  if (a.top === a.bottom && a.left === a.right) return tl;
  return `${tl}:${columnLetter(a.right)}${a.bottom}`;
}

function rowKind(r: CheckedRow): HighlightKind | null {
  if (r.row.kind !== "item") return null;
  if (r.state === "overdue") return "overdue";
  if (r.findings.some(isMissingCellFinding)) return "incomplete";
  if (r.state === "due-soon") return "due-soon";
  return null;
}

/** Consecutive numbers grouped into [first, last] runs. */
function runs(sorted: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else if (!last || n !== last[1]) out.push([n, n]);
  }
  return out;
}

interface SheetDraft {
  rows: Map<number, { kind: HighlightKind; left: number; right: number }>;
  cells: Map<string, { col: number; rows: number[] }>;
}

function tableSpan(table: CheckedTable): { left: number; right: number } {
  const cols = table.table.columns.map((c) => columnNumber(c.column));
  if (cols.length === 0) throw new Error(`Table on sheet "${table.table.sheet}" has no columns`);
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

/** The plan of a check: every flagged row across the table's width, every missing cell. */
export function buildHighlightPlan(tables: CheckedTable[]): HighlightPlan {
  const drafts = new Map<string, SheetDraft>();
  for (const table of tables) {
    const sheet = table.table.sheet;
    let draft = drafts.get(sheet);
    if (!draft) {
      draft = { rows: new Map(), cells: new Map() };
      drafts.set(sheet, draft);
    }
    const span = tableSpan(table);
    for (const r of table.rows) {
      const kind = rowKind(r);
      if (kind === null) continue;
      // A row split by a page break is one activity: paint all of its sheet rows.
      for (const sheetRow of r.row.sourceRows) draft.rows.set(sheetRow, { kind, ...span });
      for (const f of r.findings) {
        if (!isMissingCellFinding(f) || f.column === null) continue;
        const col = columnNumber(f.column);
        const key = `${r.row.row}:${col}`;
        draft.cells.set(key, { col, rows: [...r.row.sourceRows] });
      }
    }
  }
  const sheets: SheetPlan[] = [];
  for (const [sheet, draft] of drafts) {
    const areas = [...rowAreas(draft), ...cellAreas(draft)];
    if (areas.length > 0) sheets.push({ sheet, areas });
  }
  return { sheets };
}

function rowAreas(draft: SheetDraft): PaintArea[] {
  const out: PaintArea[] = [];
  const sorted = [...draft.rows.keys()].sort((a, b) => a - b);
  let current: PaintArea | null = null;
  for (const row of sorted) {
    const r = draft.rows.get(row)!;
    const extends_ =
      current !== null &&
      current.bottom === row - 1 &&
      current.kind === r.kind &&
      current.left === r.left &&
      current.right === r.right;
    if (extends_ && current) current.bottom = row;
    else {
      current = { kind: r.kind, top: row, bottom: row, left: r.left, right: r.right };
      out.push(current);
    }
  }
  return out;
}

function cellAreas(draft: SheetDraft): PaintArea[] {
  const out: PaintArea[] = [];
  for (const { col, rows } of draft.cells.values()) {
    for (const [top, bottom] of runs([...new Set(rows)].sort((a, b) => a - b))) {
      out.push({ kind: "missing", top, bottom, left: col, right: col });
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Number of areas of each kind: what the task pane's legend and the tests count. */
export function countAreas(plan: HighlightPlan): Record<HighlightKind, number> {
  const counts: Record<HighlightKind, number> = {
    overdue: 0,
    incomplete: 0,
    "due-soon": 0,
    missing: 0,
  };
  for (const s of plan.sheets) for (const a of s.areas) counts[a.kind] += 1;
  return counts;
}
