/**
 * A sheet under test as an editable model: cells and merges as in a Grid, plus an identity for
 * every row and column so that what is recognised after an edit can be compared with what was
 * recognised before, "modulo addresses". Original rows and columns keep their index in the
 * original grid as identity; inserted ones get negative identities.
 */
import type { CellValue, Grid, MergeArea } from "../../../src/core/grid";
import { gridWidth } from "../../../src/core/grid";

export interface Model {
  sheet: string;
  origin: { row: number; col: number };
  cells: CellValue[][];
  merges: MergeArea[];
  rowIds: number[];
  colIds: number[];
  /** The next identity to hand out (negative, counting down). */
  next: number;
}

export function modelOf(grid: Grid): Model {
  const width = gridWidth(grid);
  return {
    sheet: grid.sheet,
    origin: { ...grid.origin },
    cells: grid.cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
    merges: grid.merges.map((m) => ({ ...m })),
    rowIds: grid.cells.map((_, i) => i),
    colIds: Array.from({ length: width }, (_, i) => i),
    next: -1,
  };
}

export function gridOfModel(m: Model): Grid {
  return { sheet: m.sheet, origin: { ...m.origin }, cells: m.cells, merges: m.merges };
}

export function width(m: Model): number {
  return m.colIds.length;
}

export function rowAt(m: Model, id: number): number {
  const i = m.rowIds.indexOf(id);
  if (i < 0) throw new Error(`row ${id} is gone`);
  return i;
}

export function colAt(m: Model, id: number): number {
  const i = m.colIds.indexOf(id);
  if (i < 0) throw new Error(`column ${id} is gone`);
  return i;
}

/** Inserts a row before grid row `at`; merges across it grow. Returns the new row's identity. */
export function insertRow(m: Model, at: number, values: CellValue[] = []): number {
  const row = Array.from({ length: width(m) }, (_, c) => values[c] ?? null);
  m.cells.splice(at, 0, row);
  const id = m.next--;
  m.rowIds.splice(at, 0, id);
  for (const g of m.merges) {
    if (g.top >= at) {
      g.top++;
      g.bottom++;
    } else if (g.bottom >= at) g.bottom++;
  }
  return id;
}

export function deleteRow(m: Model, at: number): void {
  m.cells.splice(at, 1);
  m.rowIds.splice(at, 1);
  m.merges = m.merges.filter((g) => !(g.top === at && g.bottom === at));
  for (const g of m.merges) {
    if (g.top > at) {
      g.top--;
      g.bottom--;
    } else if (g.bottom >= at) g.bottom--;
  }
}

/** Inserts an empty column before grid column `at`; merges across it grow. */
export function insertColumn(m: Model, at: number): number {
  for (const row of m.cells) row.splice(at, 0, null);
  const id = m.next--;
  m.colIds.splice(at, 0, id);
  for (const g of m.merges) {
    if (g.left >= at) {
      g.left++;
      g.right++;
    } else if (g.right >= at) g.right++;
  }
  return id;
}

/** Widens every row to `w` columns, new columns getting new identities. */
export function widen(m: Model, w: number): void {
  while (width(m) < w) {
    for (const row of m.cells) row.push(null);
    m.colIds.push(m.next--);
  }
}

/**
 * Puts the columns in a new order: `order[i]` is the old index of the column that goes to index
 * i. Every merge keeps its value in its top-left cell, wherever its columns went; a merge whose
 * columns would not stay side by side makes the caller's order invalid (returns false, no change).
 */
export function permuteColumns(m: Model, order: number[]): boolean {
  const position = new Map(order.map((old, i) => [old, i]));
  const moved: MergeArea[] = [];
  for (const g of m.merges) {
    const cols: number[] = [];
    for (let c = g.left; c <= g.right; c++) cols.push(position.get(c)!);
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    if (right - left !== g.right - g.left) return false;
    moved.push({ top: g.top, bottom: g.bottom, left, right });
  }
  const values = m.merges.map((g) => m.cells[g.top]?.[g.left] ?? null);
  for (const g of m.merges) {
    for (let r = g.top; r <= g.bottom; r++) {
      for (let c = g.left; c <= g.right; c++) if (m.cells[r]) m.cells[r][c] = null;
    }
  }
  m.cells = m.cells.map((row) => order.map((old) => row[old] ?? null));
  m.colIds = order.map((old) => m.colIds[old]);
  m.merges = moved;
  moved.forEach((g, i) => {
    if (m.cells[g.top]) m.cells[g.top][g.left] = values[i];
  });
  return true;
}

/** Appends another grid below the model, `gap` blank rows between. */
export function appendGrid(m: Model, grid: Grid, gap: number): void {
  widen(m, gridWidth(grid));
  for (let i = 0; i < gap; i++) insertRow(m, m.cells.length);
  const top = m.cells.length;
  for (const row of grid.cells) insertRow(m, m.cells.length, row);
  for (const g of grid.merges) {
    m.merges.push({ top: g.top + top, bottom: g.bottom + top, left: g.left, right: g.right });
  }
}

export function isBlankRow(m: Model, r: number): boolean {
  return (m.cells[r] ?? []).every((v) => v === null || (typeof v === "string" && v.trim() === ""));
}
