/**
 * Column roles: from the header guesses, then corrected by what the column holds, then by
 * the user's own overrides. Every column is kept; one that plays no role is "other" with its
 * header text, so nothing of the user's table is dropped.
 */
import { cellText, columnLetter, isEmptyCell } from "../grid";
import { type Field, SINGLE_FIELDS } from "../fields";
import type { ColumnGuess } from "./header";
import { normalizeHeader } from "./normalize";
import { isNumberingText } from "./numbering";
import type { ColumnOverride } from "./overrides";
import type { SheetView } from "./sheet-view";
import type { TableColumn } from "./types";

export function assignColumns(guesses: ColumnGuess[], originCol: number): TableColumn[] {
  const columns: TableColumn[] = guesses.map((g) => {
    const column: TableColumn = {
      index: g.index,
      column: columnLetter(originCol + g.index),
      header: g.header,
      field: g.match ? g.match.field : "other",
      year: g.year,
    };
    if (g.slot) column.slot = g.slot;
    if (g.part) column.part = g.part;
    return column;
  });
  // A role that a table has once ("Ответственные") goes to its strongest claimant; of two as
  // strong, to the plainer name ("Мероприятия" over "Содержание деятельности и примерный план
  // мероприятий"), wherever the columns stand.
  for (const field of SINGLE_FIELDS) {
    const claimants = guesses.filter((g) => g.match?.field === field);
    if (claimants.length < 2) continue;
    const best = claimants.reduce((a, b) => (stronger(b, a) ? b : a));
    for (const g of claimants) {
      if (g !== best) columns[guesses.indexOf(g)].field = "other";
    }
  }
  promoteActivity(columns);
  return columns;
}

function stronger(b: ColumnGuess, a: ColumnGuess): boolean {
  const wb = b.match!.weight;
  const wa = a.match!.weight;
  if (wb !== wa) return wb > wa;
  return normalizeHeader(b.header).length < normalizeHeader(a.header).length;
}

/** Headers that name what is done when no column says «Мероприятие»: a direction, a task, a content. */
const WHAT_IS_DONE = /направлени|задач|содержани|наименовани|вид(ы)? (работ|деятельност)/i;

/**
 * A table without an activity column ("Направления деятельности | Сроки | Ответственные лица")
 * names what is done in its direction, task or content column: the rightmost such column is the
 * activity (a goal or a direction to its left stays a task).
 */
function promoteActivity(columns: TableColumn[]): void {
  if (columns.some((c) => c.field === "activity")) return;
  for (let i = columns.length - 1; i >= 0; i--) {
    const c = columns[i];
    if ((c.field === "task" || c.field === "other") && WHAT_IS_DONE.test(c.header)) {
      c.field = "activity";
      return;
    }
  }
}

/**
 * Judge columns by their values: a column of "1.", "1.1", "2." near the left edge is the
 * number column whatever its header says (often it says nothing).
 */
export function judgeByValues(
  columns: TableColumn[],
  view: SheetView,
  firstRow: number,
  lastRow: number,
): void {
  if (columns.some((c) => c.field === "number")) return;
  for (const col of columns.slice(0, 2)) {
    if (col.field !== "other" && col.header.trim() !== "") continue;
    if (looksLikeNumbering(view, col.index, firstRow, lastRow)) {
      col.field = "number";
      return;
    }
  }
}

export function looksLikeNumbering(
  view: SheetView,
  c: number,
  firstRow: number,
  lastRow: number,
): boolean {
  let filled = 0;
  let numbering = 0;
  const seen = new Set<string>();
  const end = Math.min(lastRow, firstRow + 200);
  for (let r = firstRow; r <= end; r++) {
    const v = view.own(r, c);
    if (isEmptyCell(v)) continue;
    filled++;
    const t = cellText(v);
    if (isNumberingText(t)) {
      numbering++;
      seen.add(t);
    }
  }
  return numbering >= 2 && numbering >= 0.6 * filled && seen.size >= 0.5 * numbering;
}

export function applyOverrides(
  columns: TableColumn[],
  overrides: ColumnOverride[],
  sheet: string,
  headerRow: number,
): void {
  for (const o of overrides) {
    if (o.sheet !== sheet || o.headerRow !== headerRow) continue;
    const target = columns.find((c) => c.column === o.column);
    if (!target) continue;
    if ((SINGLE_FIELDS as readonly Field[]).includes(o.field)) {
      for (const c of columns) if (c !== target && c.field === o.field) c.field = "other";
    }
    target.field = o.field;
    if (o.field !== "deadline") {
      target.year = null;
      delete target.slot;
      delete target.part;
    }
  }
}
