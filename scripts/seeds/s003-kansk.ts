/**
 * Seed 003, Канск: approval block, title, a one-row header without a № column, sections merged
 * across, and blocks whose Задача and Показатели cells are merged vertically over all the
 * block's rows (the text gives them only on the block's first line).
 */
import { columnLetter } from "../../src/core/grid";
import { closeTable, drawBody, type BodySpec } from "./body";
import { rangeOf, type SheetDraft } from "./draft";
import { emptyTable, type TableLayout } from "./layout";
import { drawApproval, drawMergedText, paragraphText } from "./preamble";
import { contentEnd, findLine, paragraphs, readLines } from "./source";

export const WIDTHS_003 = [40, 45, 55, 24, 32, 40];
const WIDTH = WIDTHS_003.length;
/** Задача and Показатели выполнения: merged down each block. */
const BLOCK_COLUMNS = [1, 2];

/**
 * "1. Сбор … 2. Оформление … 3. Анализ …" in one cell were separate paragraphs in Word;
 * pasted into Excel they keep a line break before each number.
 */
export function breakNumbered(text: string): string {
  return text.replace(/\s+(?=\d{1,2}\.\s?[А-ЯЁA-Z])/g, "\n");
}

const SPEC: BodySpec = {
  width: WIDTH,
  keyColumn: 4,
  numberColumn: null,
  deadlineColumn: 4,
  statusColumn: null,
  sectionLayout: { kind: "across", right: WIDTH },
  isSection: (cells) => cells.length === 1 && cells[0] !== "",
  value: (col, text) => (col === 2 || col === 3 ? breakNumbered(text) : text),
};

export function draw003(draft: SheetDraft, text: string): TableLayout {
  const lines = readLines(text);
  const headerAt = findLine(lines, (l) => l.cells[0] === "Задача", "the header row");
  const above = paragraphs(lines.slice(0, headerAt));
  if (above.length !== 2) throw new Error("Seed 003: expected an approval block and a title.");
  const rows = drawApproval(draft, [above[0]], 5, 6);
  draft.layout.around.push(`rows ${rows.join(", ")}: approval block, each line merged over E:F`);
  draft.skip();
  const titleText = paragraphText(above[1]);
  const titleRow = drawMergedText(draft, "title", titleText, 1, WIDTH);
  draft.layout.around.push(`row ${titleRow}: bold title merged A${titleRow}:F${titleRow}`);
  draft.skip();
  const table = emptyTable(titleText, [titleRow]);

  const header = lines[headerAt].cells;
  if (header.length !== WIDTH) throw new Error(`Seed 003: the header must have ${WIDTH} cells.`);
  const headerRow = draft.add("header", header);
  table.headerRows = [headerRow, headerRow];
  table.columns = header.map((h, i) => ({ column: columnLetter(i + 1), header: h }));
  table.firstRow = draft.next;
  drawBody(draft, lines.slice(headerAt + 1, contentEnd(lines)), SPEC, table);
  mergeBlocks(draft, table);
  table.notes.push(
    "Each block's Задача (A) and Показатели выполнения (B) are one cell merged down over " +
      "all the block's rows, continuation rows included.",
    "Numbered activities and indicators inside one cell are separated by line breaks.",
    "No № column: an item is a row with a deadline (D); a continuation row has none.",
  );
  return closeTable(draft, table, WIDTH);
}

function mergeBlocks(draft: SheetDraft, table: TableLayout): void {
  const starts = table.sections.map((s) => s.row);
  starts.forEach((sectionRow, i) => {
    const top = sectionRow + 1;
    const bottom = (starts[i + 1] ?? table.lastRow + 1) - 1;
    if (bottom <= top) return;
    for (const col of BLOCK_COLUMNS) {
      if (draft.valueAt(top, col) === null) {
        throw new Error(`Seed 003: the block under row ${sectionRow} has no ${columnLetter(col)}.`);
      }
      for (let r = top + 1; r <= bottom; r++) {
        if (draft.valueAt(r, col) !== null) {
          throw new Error(`Seed 003: row ${r} has its own ${columnLetter(col)} inside a block.`);
        }
      }
      const box = { top, left: col, bottom, right: col };
      draft.merge(box);
      table.verticalMerges.push(rangeOf(box));
    }
  });
}
