/**
 * A read-only view of a Grid with its merged areas resolved the way a reader sees them:
 * a value merged down over several rows belongs to each of those rows (in its column);
 * a value merged across several columns belongs to its left column only, and the view
 * remembers how wide it spans (a section row spans the table).
 */
import { type CellValue, type Grid, type MergeArea, cellAt, gridWidth, isEmptyCell } from "../grid";

interface VerticalFill {
  from: number; // first row that inherits (merge top + 1)
  to: number; // last row (merge bottom)
  top: number; // the row holding the value
}

export class SheetView {
  readonly grid: Grid;
  readonly rows: number;
  readonly width: number;
  private readonly spans = new Map<number, number>(); // key of a merge's top-left → right col
  private readonly fills = new Map<number, VerticalFill[]>(); // column → fills sorted by row
  /** Columns whose fills overlap (invalid in Excel, but a host may send them). */
  private readonly overlapping = new Set<number>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.rows = grid.cells.length;
    this.width = gridWidth(grid);
    for (const m of grid.merges) this.addMerge(m);
    for (const [col, list] of this.fills) {
      list.sort((a, b) => a.from - b.from);
      for (let i = 1; i < list.length; i++) {
        if (list[i].from <= list[i - 1].to) this.overlapping.add(col);
      }
    }
  }

  private addMerge(raw: MergeArea): void {
    // Hosts and fuzzers may hand us areas partly outside the grid: clip, skip nonsense.
    const top = Math.max(0, Math.floor(raw.top));
    const left = Math.max(0, Math.floor(raw.left));
    const bottom = Math.min(this.rows - 1, Math.floor(raw.bottom));
    const right = Math.min(Math.max(this.width - 1, left), Math.floor(raw.right));
    if (!(bottom >= top && right >= left) || !Number.isFinite(top + left + bottom + right)) return;
    if (right > left) this.spans.set(this.key(top, left), right);
    if (bottom > top) {
      const list = this.fills.get(left) ?? [];
      list.push({ from: top + 1, to: bottom, top });
      this.fills.set(left, list);
    }
  }

  private key(r: number, c: number): number {
    return r * (this.width + 1) + c;
  }

  /** The value written in the cell itself (null for cells covered by a merge). */
  own(r: number, c: number): CellValue {
    return cellAt(this.grid, r, c);
  }

  /** The value a reader sees in the cell: its own, or the one merged down onto it. */
  value(r: number, c: number): CellValue {
    const v = cellAt(this.grid, r, c);
    if (!isEmptyCell(v)) return v;
    const top = this.mergedFrom(r, c);
    return top === null ? v : cellAt(this.grid, top, c);
  }

  /** Row of the value merged down onto (r, c), or null when none is. */
  mergedFrom(r: number, c: number): number | null {
    const list = this.fills.get(c);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    let found: VerticalFill | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = list[mid];
      if (f.from <= r) {
        if (r <= f.to) found = f;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Overlapping merges are invalid in Excel; a linear check keeps us right if a host sends
    // them. Only then: on 50,000 merges in one column, a scan per empty cell was quadratic.
    if (found === null && this.overlapping.has(c)) {
      for (const f of list) if (f.from <= r && r <= f.to) return f.top;
    }
    return found ? found.top : null;
  }

  /** Right-most column of a horizontal merge whose top-left is (r, c); c when none. */
  spanRight(r: number, c: number): number {
    return this.spans.get(this.key(r, c)) ?? c;
  }

  isBlankRow(r: number): boolean {
    const row = this.grid.cells[r];
    if (!row) return true;
    for (const v of row) if (!isEmptyCell(v)) return false;
    return true;
  }
}
