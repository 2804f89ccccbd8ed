/**
 * A document's blocks → one Grid per logical table (a table continued after a page break
 * counts once), named «Таблица N» in document order.
 *
 * The paragraphs between the previous table and this one stand above it in the Grid, one
 * line per row, so the title, municipality and period are read exactly as on a sheet. They
 * sit at rows 0, −1, −2 … (the Grid's origin row is below 1), which keeps the table's own
 * rows numbered from 1 in every report: row N is the N-th row of the Word table. The rows of
 * a continued table go on counting across its parts, a repeated header row included, so
 * each row keeps a number of its own; a cell merged down to the break («continue» at the top
 * of the next part) goes on merging across it.
 *
 * A small table (two columns, three rows at most) before a table — an approval block laid
 * out in a borderless table, «СОГЛАСОВАНО» left and «УТВЕРЖДАЮ» right, is the usual one — is
 * read as lines above it too, as well as being a table of its own.
 *
 * Beside each Grid goes what a workbook made from the document needs and the Grid does not
 * hold (table-layout.ts): the Word table's column widths, where each line above it stood, and
 * which rows of a continued table repeat its first rows.
 */
import type { CellValue, Grid, MergeArea } from "../../../core/grid";
import { cellText } from "../../../core/grid";
import type { Block, ParagraphBlock, TableBlock } from "./blocks";
import { continues, type TablePart } from "./continuation";
import { tableGrid } from "./table-grid";
import { repeatedRows, type LinePlacement, type TableLayout } from "./table-layout";

export const TABLE_SHEET_PREFIX = "Таблица";

/** The size of a table whose text is also read as lines above the next table. */
const LAYOUT_TABLE = { rows: 3, columns: 2 };

interface Line extends LinePlacement {
  text: string;
}

interface LogicalTable {
  above: Line[];
  parts: (TablePart & { block: TableBlock })[];
}

export interface DocumentTables {
  /** One per logical table, in document order. */
  grids: Grid[];
  /** The layout of each grid's table, in the same order. */
  layouts: TableLayout[];
}

export function tableSheetName(n: number): string {
  return `${TABLE_SHEET_PREFIX} ${n}`;
}

/** A layout table's cells as lines, each where its cell began (its columns' widths before it). */
function linesOf(part: TablePart): Line[] {
  const lines: Line[] = [];
  for (const row of part.grid.cells) {
    row.forEach((v, c) => {
      if (cellText(v) === "") return;
      const indent = part.columns.slice(0, c).reduce((sum, w) => sum + w, 0);
      lines.push({ text: cellText(v), align: "left", indent });
    });
  }
  return lines;
}

function lineOf(p: ParagraphBlock): Line {
  return { text: p.text.trim(), align: p.align ?? "left", indent: p.indent ?? 0 };
}

function isLayoutTable(t: LogicalTable): boolean {
  const rows = t.parts.reduce((n, p) => n + p.grid.cells.length, 0);
  return rows <= LAYOUT_TABLE.rows && t.parts.every((p) => p.grid.width <= LAYOUT_TABLE.columns);
}

function group(blocks: Block[]): LogicalTable[] {
  const tables: LogicalTable[] = [];
  let between: ParagraphBlock[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      between.push(block);
      continue;
    }
    if (block.rows.length === 0) continue; // an empty table shows nothing
    const part = { grid: tableGrid(block), columns: block.columns, block };
    const current = tables[tables.length - 1];
    if (
      current &&
      continues(
        current.parts[0],
        current.parts[current.parts.length - 1],
        part,
        between.map((p) => p.text),
      )
    ) {
      current.parts.push(part);
    } else {
      const above: Line[] = [];
      if (current && isLayoutTable(current)) above.push(...linesOf(current.parts[0]));
      above.push(...between.map(lineOf).filter((l) => l.text !== ""));
      tables.push({ above, parts: [part] });
    }
    between = [];
  }
  return tables;
}

function tableOf(t: LogicalTable, n: number): { grid: Grid; layout: TableLayout } {
  const cells: CellValue[][] = t.above.map((line) => [line.text]);
  // The parts' rows as one Word table: a cell merged down across the break goes on merging.
  const whole =
    t.parts.length === 1
      ? t.parts[0].grid
      : tableGrid({
          kind: "table",
          columns: t.parts[0].columns,
          rows: t.parts.flatMap((p) => p.block.rows),
        });
  const offset = cells.length;
  const merges: MergeArea[] = whole.merges.map((m) => ({
    top: m.top + offset,
    left: m.left,
    bottom: m.bottom + offset,
    right: m.right,
  }));
  cells.push(...whole.cells);
  const grid = {
    sheet: tableSheetName(n),
    origin: { row: 1 - t.above.length, col: 1 },
    cells,
    merges,
  };
  const starts: number[] = [];
  let row = 0;
  for (const p of t.parts) {
    starts.push(row);
    row += p.block.rows.length;
  }
  const layout: TableLayout = {
    columns: [...t.parts[0].columns],
    above: t.above.map(({ align, indent }) => ({ align, indent })),
    repeats: repeatedRows(whole, starts),
  };
  return { grid, layout };
}

/** One Grid per logical table, with its layout; none when the document holds no table. */
export function documentTables(blocks: Block[]): DocumentTables {
  const tables = group(blocks).map((t, i) => tableOf(t, i + 1));
  return { grids: tables.map((t) => t.grid), layouts: tables.map((t) => t.layout) };
}

/** One Grid per logical table; an empty list when the document holds no table. */
export function documentGrids(blocks: Block[]): Grid[] {
  return documentTables(blocks).grids;
}
