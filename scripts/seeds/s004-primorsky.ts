/**
 * Seed 004, Приморский край: the head of the ministry's order above the appendix that holds
 * the roadmap, the aim and the four tasks, then a table whose first column is the deadline,
 * with sections "Задача N. …", some deadlines as real Excel dates and a status column the
 * specialist added after pasting.
 */
import { closeTable, drawBody, type BodySpec } from "./body";
import type { SheetDraft } from "./draft";
import { emptyTable, type TableLayout } from "./layout";
import { drawApproval, drawMergedText, paragraphText } from "./preamble";
import { cleanCell, contentEnd, findLine, paragraphs, readLines, type SourceLine } from "./source";

export const WIDTHS_004 = [24, 55, 40, 50, 20];
const WIDTH = WIDTHS_004.length;
/** The Word table had four columns; section rows stay merged over them only. */
const SOURCE_WIDTH = 4;
const STATUS_HEADER = "Отметка о выполнении";

/** Deadlines typed as real dates in the workbook; every other deadline stays text. */
const REAL_DATES = new Set(["01.03.2021", "30.04.2021", "28.05.2021", "29.09.2021"]);
const MARKS: Record<string, string> = { "01.03.2021": "выполнено", "31.03.2021": "исполнено" };

function dateOf(text: string): Date {
  const [d, m, y] = text.split(".").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const SPEC: BodySpec = {
  width: WIDTH,
  keyColumn: 1,
  numberColumn: null,
  deadlineColumn: 1,
  statusColumn: 5,
  sectionLayout: { kind: "across", right: SOURCE_WIDTH },
  isSection: (cells) => cells.length === 1 && cells[0] !== "",
  value: (col, text) => (col === 1 && REAL_DATES.has(text) ? dateOf(text) : text),
  status: ({ cells }) => MARKS[cells[0]] ?? null,
};

function startsWith(block: SourceLine[], prefix: string): boolean {
  return cleanCell(block[0].raw).startsWith(prefix);
}

export function draw004(draft: SheetDraft, text: string): TableLayout {
  const lines = readLines(text);
  const headerAt = findLine(lines, (l) => l.cells[0] === "Период или контрольная точка", "the header");
  const above = paragraphs(lines.slice(0, headerAt));
  const orderTitle = above.findIndex((p) => startsWith(p, "Об утверждении"));
  const appendix = above.findIndex((p) => startsWith(p, "Приложение к приказу"));
  if (orderTitle < 0 || appendix < orderTitle || above.length !== appendix + 5) {
    throw new Error("Seed 004: expected the order's head, its appendix, the title, aim and tasks.");
  }
  const first = draft.next;
  for (const p of above.slice(0, orderTitle)) {
    const look = p[0].raw.includes("**") || startsWith(p, "П Р И К А З") ? "title" : "text";
    drawMergedText(draft, look, paragraphText(p), 1, WIDTH);
  }
  draft.skip();
  const orderRow = drawMergedText(draft, "title", paragraphText(above[orderTitle]), 1, WIDTH);
  draft.layout.around.push(
    `rows ${first}–${orderRow}: head of the order (ministry, “П Р И К А З”, date, place, number, ` +
      "its title), each merged over A:E; the order's body is left out",
  );
  draft.skip();
  const appendixRows = drawApproval(draft, [above[appendix]], 4, 5);
  draft.layout.around.push(`rows ${appendixRows.join(", ")}: “Приложение к приказу …”, merged over D:E`);
  draft.skip();
  const [titleBlock, aim, tasksHead, tasks] = above.slice(appendix + 1);
  const titleText = paragraphText(titleBlock);
  const titleRow = drawMergedText(draft, "title", titleText, 1, WIDTH);
  draft.skip();
  const aimRow = drawMergedText(draft, "text", paragraphText(aim), 1, WIDTH);
  drawMergedText(draft, "text", paragraphText(tasksHead), 1, WIDTH);
  const taskRows = tasks.map((t) => drawMergedText(draft, "text", cleanCell(t.raw), 1, WIDTH));
  draft.layout.around.push(
    `row ${titleRow}: bold title merged A:E; rows ${aimRow}–${taskRows[taskRows.length - 1]}: ` +
      "“Цель: …”, “Задачи:” and the four tasks, each merged over A:E",
  );
  draft.skip();
  const table = emptyTable(titleText, [titleRow]);

  const header = [...lines[headerAt].cells, STATUS_HEADER];
  if (header.length !== WIDTH) throw new Error(`Seed 004: the header must have ${SOURCE_WIDTH} cells.`);
  const headerRow = draft.add("header", header);
  table.headerRows = [headerRow, headerRow];
  table.columns = header.map((h, i) => ({ column: "ABCDE"[i], header: h }));
  table.firstRow = draft.next;
  drawBody(draft, lines.slice(headerAt + 1, contentEnd(lines)), SPEC, table);
  table.notes.push(
    `Column E “${STATUS_HEADER}” is not in the source: the specialist added it after pasting.`,
    "Section rows “Задача N. …” are merged over A:D only (the width of the Word table).",
    `Deadlines ${[...REAL_DATES].join(", ")} are real Excel dates (numFmt dd.mm.yyyy); ` +
      "all other deadlines are text.",
  );
  return closeTable(draft, table, WIDTH);
}
