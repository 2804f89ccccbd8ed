/**
 * Seed 001, Буинск: approval block top-right, bold merged title, a one-row header, six
 * sections merged across the width with numbering restarting in each, rows split by page
 * breaks, a status column with a few marks, a signature line below.
 */
import { columnLetter } from "../../src/core/grid";
import { closeTable, drawBody, integerOrText, type BodySpec } from "./body";
import { rangeOf, type SheetDraft } from "./draft";
import { emptyTable, type TableLayout } from "./layout";
import { drawApproval, drawMergedText, paragraphText } from "./preamble";
import { contentEnd, findLine, paragraphs, readLines, type SourceLine } from "./source";

export const WIDTHS_001 = [7, 55, 40, 22, 32, 40, 18];
const WIDTH = WIDTHS_001.length;

/** Status marks the brief asks for: items of the first section by number. */
const MARKS: Record<string, string> = {
  "1": "выполнено",
  "3": "выполнено",
  "5": "выполнено",
  "6": "выполнено",
  "7": "в работе",
};

export interface Draw001Options {
  /** Approval block and title above the table; without it the caller drew its own title. */
  preamble: boolean;
  /** Draw only the first `sections` sections (workbook 006 takes the first one). */
  sections?: number;
  signature: boolean;
  /** Title of the table when the caller drew it. */
  title?: { text: string; rows: number[] };
}

const SPEC: BodySpec = {
  width: WIDTH,
  keyColumn: 1,
  numberColumn: 1,
  deadlineColumn: 4,
  statusColumn: 7,
  sectionLayout: { kind: "across", right: WIDTH },
  isSection: (cells) => cells.length === 1 && cells[0] !== "",
  value: (col, text) => (col === 1 ? integerOrText(text) : text),
  status: ({ sectionIndex, cells }) => (sectionIndex === 0 ? (MARKS[cells[0]] ?? null) : null),
};

export function draw001(draft: SheetDraft, text: string, options: Draw001Options): TableLayout {
  const lines = readLines(text);
  const headerAt = findLine(lines, (l) => l.cells[0] === "№ п/п", "the header row");
  const above = paragraphs(lines.slice(0, headerAt));
  if (above.length !== 3) {
    throw new Error("Seed 001: expected an approval block, a name and a title above the table.");
  }
  const [approval, name, titleLines] = above;

  let title = options.title ?? { text: "", rows: [] };
  if (options.preamble) {
    const rows = drawApproval(draft, [approval, name], 5, 7);
    draft.layout.around.push(
      `rows ${rows.join(", ")}: approval block, each line merged over E:G (“${paragraphText(approval).split("\n")[0]}” … “${paragraphText(name)}”)`,
    );
    draft.skip();
    const titleText = paragraphText(titleLines);
    const row = drawMergedText(draft, "title", titleText, 1, WIDTH);
    draft.layout.around.push(`row ${row}: bold title merged ${rangeOf({ top: row, left: 1, bottom: row, right: WIDTH })}`);
    title = { text: titleText, rows: [row] };
    draft.skip();
  }
  const table = emptyTable(title.text, title.rows);

  const header = lines[headerAt].cells;
  if (header.length !== WIDTH) throw new Error(`Seed 001: the header must have ${WIDTH} cells.`);
  const headerRow = draft.add("header", header);
  table.headerRows = [headerRow, headerRow];
  table.columns = header.map((h, i) => ({ column: columnLetter(i + 1), header: h }));
  table.firstRow = draft.next;

  const body = lines.slice(headerAt + 1, contentEnd(lines));
  drawBody(draft, firstSections(body, options.sections), SPEC, table);
  table.notes.push(
    "Section rows are one text merged over A:G; numbering restarts in every section.",
    "Blank lines of the text (page breaks) leave no blank rows; where one split a row, the " +
      "fragments form a continuation row and a manual page break precedes it.",
  );
  closeTable(draft, table, WIDTH);

  if (options.signature) {
    draft.skip();
    const signer = paragraphText(name);
    const row = draft.add("signature", [
      `Начальник МКУ «Управление образования» ____________ ${signer}`,
    ]);
    draft.layout.around.push(`row ${row}: signature line in A (after one blank row)`);
  }
  return table;
}

function firstSections(body: SourceLine[], count: number | undefined): SourceLine[] {
  if (count === undefined) return body;
  let seen = 0;
  const end = body.findIndex((l) => !l.blank && SPEC.isSection(l.cells) && ++seen > count);
  return end < 0 ? body : body.slice(0, end);
}
