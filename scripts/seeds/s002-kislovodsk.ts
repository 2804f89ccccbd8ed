/**
 * Seed 002, Кисловодск: approval block, title, a two-row merged header with a row of column
 * numbers under it, sections "N." + text, items numbered as written (1.1., 1.2, 3.3.), planned
 * values per year.
 */
import { closeTable, drawBody, integerOrText, type BodySpec } from "./body";
import { rangeOf, type SheetDraft } from "./draft";
import { emptyTable, type TableLayout } from "./layout";
import { drawApproval, drawMergedText, paragraphText } from "./preamble";
import { contentEnd, findLine, paragraphs, readLines, type SourceLine } from "./source";

export const WIDTHS_002 = [8, 55, 40, 14, 10, 10, 10, 32];
const WIDTH = WIDTHS_002.length;
/** Columns D–G: плановое значение, 2020 г., 2021 г., 2022 г. */
const VALUE_COLUMNS = [4, 5, 6, 7];

const SPEC: BodySpec = {
  width: WIDTH,
  keyColumn: 1,
  numberColumn: 1,
  deadlineColumn: null,
  statusColumn: null,
  sectionLayout: { kind: "numbered" },
  isSection: (cells) => cells[0] !== "" && cells.slice(2).every((c) => c === ""),
  value: (col, text) => (col === 1 || VALUE_COLUMNS.includes(col) ? integerOrText(text) : text),
  fit: dropSurplusValue,
};

/**
 * Some source rows carry five values after the result name where the table has four
 * columns for them; the four first are kept, the fifth dropped (and noted in the README).
 */
function dropSurplusValue(cells: string[], line: SourceLine, notes: string[], row: number): string[] {
  if (cells.length !== WIDTH + 1) {
    throw new Error(`Seed 002 line ${line.no}: ${cells.length} cells, expected ${WIDTH} or ${WIDTH + 1}.`);
  }
  const values = cells.slice(3, 8);
  notes.push(
    `Row ${row} (${cells[0]}): the source has five values (${values.join(" | ")}); ` +
      `the fifth, “${values[4]}”, is dropped.`,
  );
  return [...cells.slice(0, 7), cells[8]];
}

export function draw002(draft: SheetDraft, text: string): TableLayout {
  const lines = readLines(text);
  const headerAt = findLine(lines, (l) => l.cells[0] === "№ п/п", "the header row");
  const above = paragraphs(lines.slice(0, headerAt));
  if (above.length !== 3) {
    throw new Error("Seed 002: expected an approval block (two parts) and a title above the table.");
  }
  const rows = drawApproval(draft, above.slice(0, 2), 6, 8);
  draft.layout.around.push(`rows ${rows.join(", ")}: approval block, each line merged over F:H`);
  draft.skip();
  const titleText = paragraphText(above[2]);
  const titleRow = drawMergedText(draft, "title", titleText, 1, WIDTH);
  draft.layout.around.push(`row ${titleRow}: bold title merged A${titleRow}:H${titleRow}`);
  draft.skip();
  const table = emptyTable(titleText, [titleRow]);

  const top = lines[headerAt].cells.filter((c) => c !== "");
  const sub = lines[headerAt + 1].cells.filter((c) => c !== "");
  const numbers = lines[headerAt + 2].cells;
  if (top.length !== 5 || sub.length !== 5 || numbers.join(" ") !== "1 2 3 4 5 6 7 8") {
    throw new Error("Seed 002: expected a two-row header and a row of column numbers 1–8.");
  }
  const h1 = draft.add("header", [top[0], top[1], top[2], null, top[3], null, null, top[4]]);
  const h2 = draft.add("header", [null, null, ...sub, null]);
  for (const box of [
    { top: h1, left: 1, bottom: h2, right: 1 },
    { top: h1, left: 2, bottom: h2, right: 2 },
    { top: h1, left: 3, bottom: h1, right: 4 },
    { top: h1, left: 5, bottom: h1, right: 7 },
    { top: h1, left: 8, bottom: h2, right: 8 },
  ]) {
    draft.merge(box);
  }
  const numberingRow = draft.add("numbering", numbers.map(Number));
  table.headerRows = [h1, numberingRow];
  table.numberingRow = numberingRow;
  table.columns = [
    { column: "A", header: top[0] },
    { column: "B", header: top[1] },
    { column: "C", header: `${top[2]} / ${sub[0]}` },
    { column: "D", header: `${top[2]} / ${sub[1]}` },
    { column: "E", header: `${top[3]} / ${sub[2]}` },
    { column: "F", header: `${top[3]} / ${sub[3]}` },
    { column: "G", header: `${top[3]} / ${sub[4]}` },
    { column: "H", header: top[4] },
  ];
  table.notes.push(
    `Header merges: ${rangeOf({ top: h1, left: 1, bottom: h2, right: 1 })}, ` +
      `${rangeOf({ top: h1, left: 2, bottom: h2, right: 2 })}, ` +
      `${rangeOf({ top: h1, left: 3, bottom: h1, right: 4 })}, ` +
      `${rangeOf({ top: h1, left: 5, bottom: h1, right: 7 })}, ` +
      `${rangeOf({ top: h1, left: 8, bottom: h2, right: 8 })}; row ${numberingRow} holds the ` +
      "column numbers 1–8 as numbers.",
    "Sections: the number in A (as text, “1.”), the text merged over B:H; sections written " +
      "“2. Реализация …” in one cell in the source are split the same way.",
    "Values in D–G are numbers where the source has a plain integer, text otherwise.",
  );
  table.firstRow = draft.next;
  drawBody(draft, lines.slice(headerAt + 3, contentEnd(lines)), SPEC, table);
  return closeTable(draft, table, WIDTH);
}
