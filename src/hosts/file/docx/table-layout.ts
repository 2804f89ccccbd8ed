/**
 * What a Word table looked like beyond its cells: what a workbook made from the document (the
 * checked copy, `roadmap convert`) needs to lay it out as Word did, and the Grid does not
 * hold. Plain data: it crosses from the pane's reading worker as the Grids do.
 */
import { cellText, type CellValue } from "../../../core/grid";
import type { ParagraphAlign } from "./blocks";
import type { TableGrid } from "./table-grid";

/** Where a line above the table stood on the page. */
export interface LinePlacement {
  align: ParagraphAlign;
  /** From the text's left edge, in twentieths of a point (a paragraph's indent, a cell's column). */
  indent: number;
}

/** A row of a continued table that repeats one of the rows the table begins with. */
export interface RepeatedRow {
  /** The repeating row, counted from 1 over the whole logical table (as reports count). */
  row: number;
  /** The row it repeats, counted the same way. */
  of: number;
}

export interface TableLayout {
  /** The Word table's column widths (w:gridCol of its first part), twentieths of a point. */
  columns: number[];
  /** One per line above the table (the Grid's rows before row 1), top first. */
  above: LinePlacement[];
  /**
   * Rows at the start of a continued part (after a page break) that repeat, in order, rows of
   * the table's own beginning — its header, its row of column numbers: shown once in a copy.
   */
  repeats: RepeatedRow[];
}

/** The rows of a table's beginning a continued part may repeat: a header band and its numbers. */
const HEAD_ROWS = 5;

/** A row's texts, compared as a reader would (case, ё, spacing aside); empty cells at its end dropped. */
function rowKey(row: CellValue[] | undefined): string {
  const cells = (row ?? []).map((v) =>
    cellText(v).toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " "),
  );
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return JSON.stringify(cells);
}

function texts(row: CellValue[] | undefined): number {
  return (row ?? []).filter((v) => cellText(v) !== "").length;
}

/**
 * The rows that repeat the table's first rows at the start of each continued part (`starts`:
 * the 0-based row where each part begins, the first part's 0 included). A row repeats when it
 * holds at least two texts and equals, cell for cell, one of the first part's first rows, in
 * their order; the run stops at the first row that does not, and gives back any row a merged
 * area would join to a row kept (a cell merged down from the header into the part's body).
 */
export function repeatedRows(table: TableGrid, starts: number[]): RepeatedRow[] {
  const out: RepeatedRow[] = [];
  const firstEnd = starts.length > 1 ? starts[1] : table.cells.length;
  const head = Array.from({ length: Math.min(HEAD_ROWS, firstEnd) }, (_, i) =>
    rowKey(table.cells[i]),
  );
  starts.forEach((start, p) => {
    if (p === 0) return;
    const end = p + 1 < starts.length ? starts[p + 1] : table.cells.length;
    const run: RepeatedRow[] = [];
    let from = 0;
    for (let r = start; r < end; r++) {
      if (texts(table.cells[r]) < 2) break;
      const at = head.indexOf(rowKey(table.cells[r]), from);
      if (at < 0) break;
      run.push({ row: r + 1, of: at + 1 });
      from = at + 1;
    }
    // A merge reaching out of the run would lose its other rows' part if the run went.
    while (run.length > 0) {
      const top = start;
      const bottom = start + run.length - 1;
      const crossing = table.merges.some(
        (m) => m.top <= bottom && m.bottom >= top && (m.top < top || m.bottom > bottom),
      );
      if (!crossing) break;
      run.pop();
    }
    out.push(...run);
  });
  return out;
}
