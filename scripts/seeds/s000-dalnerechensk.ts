/**
 * Seed 000, Дальнереченск: one cell per line in the text. A title of two parts, a blank row,
 * a one-row header, 11 items without sections ("3." twice, "10" without a dot).
 */
import { columnLetter } from "../../src/core/grid";
import { closeTable, integerOrText } from "./body";
import type { SheetDraft } from "./draft";
import { emptyTable, type TableLayout } from "./layout";
import { drawMergedText } from "./preamble";
import { cellBlocks, type CellBlock } from "./source";

export const WIDTHS_000 = [7, 45, 40, 32, 22, 30, 45];
const WIDTH = WIDTHS_000.length;
const NUMBER_COLUMN = 1;
const DEADLINE_COLUMN = 5;

/** Word's hidden bookmark, spelled out by the text extraction; not part of the document. */
const EXTRACTION_MARKER = /^\[bookmark: [^\]]*\]\s*/;

export function draw000(draft: SheetDraft, text: string): TableLayout {
  const blocks = cellBlocks(text);
  const [titleBlock, headerBlock, ...itemBlocks] = blocks;
  if (!titleBlock || titleBlock.cells.length > 0 || titleBlock.loose.length < 2) {
    throw new Error("Seed 000: the text must open with the title lines.");
  }
  const [heading, ...subtitle] = titleBlock.loose;
  const titleRows = [
    drawMergedText(draft, "title", heading.replace(EXTRACTION_MARKER, ""), 1, WIDTH),
    drawMergedText(draft, "title", subtitle.join("\n"), 1, WIDTH),
  ];
  const table = emptyTable(
    titleRows.map((r) => String(draft.valueAt(r, 1))).join("\n"),
    titleRows,
  );
  draft.layout.around.push(
    `rows ${titleRows.join(", ")}: title “${heading.replace(EXTRACTION_MARKER, "")}” and its subtitle, each merged over A:G`,
  );
  draft.skip();

  const headerRow = draft.add("header", expectCells(headerBlock, "header"));
  table.headerRows = [headerRow, headerRow];
  table.columns = headerBlock.cells.map((header, i) => ({ column: columnLetter(i + 1), header }));
  table.firstRow = draft.next;

  for (const block of itemBlocks) {
    const cells = expectCells(block, "item");
    const number = integerOrText(cells[NUMBER_COLUMN - 1]);
    const values = cells.map((c, i) => (i + 1 === NUMBER_COLUMN ? number : c));
    const row = draft.add("body", values);
    table.items.push({
      row,
      number,
      deadline: cells[DEADLINE_COLUMN - 1],
      section: null,
    });
  }
  table.lastRow = draft.next - 1;
  table.itemCount = table.items.length;
  table.notes.push(
    "The extraction marker “[bookmark: _GoBack]” before the title is dropped.",
    "Cell lines are trimmed (Word's centring spaces); line breaks inside cells are kept.",
  );
  return closeTable(draft, table, WIDTH);
}

function expectCells(block: CellBlock | undefined, what: string): string[] {
  if (!block || block.cells.length !== WIDTH || block.loose.length > 0) {
    const where = block ? `line ${block.firstLine}` : "the end of the text";
    throw new Error(`Seed 000: the ${what} row at ${where} must have ${WIDTH} cells.`);
  }
  return block.cells;
}
