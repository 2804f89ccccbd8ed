/**
 * A Word table as a grid: each cell at its grid column (after w:gridBefore and the spans of
 * the cells to its left), a cell spanning several grid columns (w:gridSpan, or the old
 * w:hMerge) and a column area merged down (w:vMerge restart … continue) as merged areas, the
 * text in the area's top-left cell as a spreadsheet holds it. Rows with fewer cells than the
 * grid simply end early; a row with more widens the grid.
 */
import type { CellValue, MergeArea } from "../../../core/grid";
import type { RawCell, TableBlock } from "./blocks";

export interface TableGrid {
  /** Row-major values, a row per Word row; covered cells of a merge are null. */
  cells: CellValue[][];
  merges: MergeArea[];
  /** Grid columns: the table's w:tblGrid, or more where rows hold more cells. */
  width: number;
}

/** Folds the old horizontal merge (hMerge restart + continue cells) into spans. */
function foldHorizontal(cells: RawCell[]): RawCell[] {
  const out: RawCell[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (c.hMerge === "continue" && last) {
      const text = c.text.trim() === "" ? last.text : `${last.text}\n${c.text}`;
      out[out.length - 1] = { ...last, text, span: last.span + c.span };
    } else out.push(c);
  }
  return out;
}

function value(text: string): CellValue {
  return text.trim() === "" ? null : text;
}

export function tableGrid(table: TableBlock): TableGrid {
  const cells: CellValue[][] = [];
  const merges: MergeArea[] = [];
  /** Areas merged down that the current row may still continue, at their left column. */
  let open: (MergeArea | undefined)[] = [];
  let width = table.columns.length;
  for (let r = 0; r < table.rows.length; r++) {
    const raw = table.rows[r];
    const row: CellValue[] = [];
    const next: (MergeArea | undefined)[] = [];
    let col = raw.gridBefore;
    for (let c = 0; c < col; c++) row.push(null);
    for (const cell of raw.cells.some((c) => c.hMerge !== null)
      ? foldHorizontal(raw.cells)
      : raw.cells) {
      const right = col + cell.span - 1;
      const above = cell.vMerge === "continue" ? open[col] : undefined;
      if (above && above.right === right) {
        above.bottom = r;
        next[col] = above;
        row.push(null);
        // Word keeps a continued cell empty; text typed into one anyway is not dropped.
        if (value(cell.text) !== null) {
          const top = cells[above.top];
          top[col] = top[col] === null ? cell.text : `${String(top[col])}\n${cell.text}`;
        }
      } else {
        // A restart, a plain cell, or a "continue" with nothing to continue (Word shows it
        // as a cell of its own).
        row.push(value(cell.text));
        const area = { top: r, left: col, bottom: r, right };
        if (cell.vMerge === "restart") next[col] = area;
        if (cell.span > 1 || cell.vMerge === "restart") merges.push(area);
      }
      for (let c = col + 1; c <= right; c++) row.push(null);
      col = right + 1;
    }
    width = Math.max(width, col + raw.gridAfter);
    // Covered cells of a span at the row's end say nothing: the row ends at its last text.
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    cells.push(row);
    open = next;
  }
  // An area that "restarted" but was never continued and spans one column is no merge.
  const real = merges.filter((m) => m.bottom > m.top || m.right > m.left);
  return { cells, merges: real, width };
}
