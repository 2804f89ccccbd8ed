import type { Block, TableBlock } from "../../../../src/hosts/file/docx/blocks";
import { documentGrids, documentTables } from "../../../../src/hosts/file/docx/document-grids";

const para = (text: string): Block => ({ kind: "paragraph", text });
function table(rows: (string | [string, number])[][], columns = [500, 3000, 1200]): TableBlock {
  return {
    kind: "table",
    columns,
    rows: rows.map((cells) => ({
      gridBefore: 0,
      gridAfter: 0,
      cells: cells.map((c) => {
        const [text, span] = typeof c === "string" ? [c, 1] : c;
        return { text, span, vMerge: null, hMerge: null };
      }),
    })),
  };
}
const HEADER = ["№", "Мероприятие", "Срок"];

describe("a document's tables as Grids", () => {
  it("names each table «Таблица N» and puts the paragraphs before it above it", () => {
    const grids = documentGrids([
      para("УТВЕРЖДАЮ"),
      para(""),
      para("План на 2021-2022 учебный год"),
      table([HEADER, ["1.", "Совещание", "Сентябрь"]]),
      para("Приложение 2"),
      table([["ФИО", "Телефон"]], [1, 2]),
    ]);
    expect(grids.map((g) => g.sheet)).toEqual(["Таблица 1", "Таблица 2"]);
    expect(grids[0].cells).toEqual([
      ["УТВЕРЖДАЮ"],
      ["План на 2021-2022 учебный год"],
      HEADER,
      ["1.", "Совещание", "Сентябрь"],
    ]);
    expect(grids[1].cells[0]).toEqual(["Приложение 2"]);
  });

  it("numbers the table's own rows from 1: the lines above sit at rows 0, −1 …", () => {
    const [g] = documentGrids([para("a"), para("b"), table([HEADER])]);
    expect(g.origin).toEqual({ row: -1, col: 1 });
    // cells[2] is the header: sheet row origin.row + 2 = 1.
    expect(g.origin.row + 2).toBe(1);
    const [plain] = documentGrids([table([HEADER])]);
    expect(plain.origin).toEqual({ row: 1, col: 1 });
  });

  it("joins a table continued after a page break: one Grid, rows counted on, merges moved down", () => {
    const grids = documentGrids([
      para("План"),
      table([HEADER, [["Раздел 1", 3]], ["1.", "a", "b"]]),
      para(""),
      para("Продолжение таблицы"),
      table([HEADER, [["Раздел 2", 3]], ["1.", "c", "d"]], [1, 2, 3]),
      table([["x", "y"]], [5, 5]),
    ]);
    expect(grids.map((g) => g.sheet)).toEqual(["Таблица 1", "Таблица 2"]);
    const g = grids[0];
    expect(g.cells.map((r) => r[0])).toEqual([
      "План",
      "№",
      "Раздел 1",
      "1.",
      "№",
      "Раздел 2",
      "1.",
    ]);
    expect(g.merges).toEqual([
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 5, left: 0, bottom: 5, right: 2 },
    ]);
    // The second table follows the first with nothing between: another grid, another header.
    expect(grids[1].cells).toEqual([["x", "y"]]);
  });

  it("goes on merging a cell merged down to the break into the next part", () => {
    const merged = (text: string, vMerge: "restart" | "continue"): TableBlock => ({
      kind: "table",
      columns: [500, 3000],
      rows: [
        {
          gridBefore: 0,
          gridAfter: 0,
          cells: [
            { text, span: 1, vMerge, hMerge: null },
            { text: vMerge === "restart" ? "a" : "b", span: 1, vMerge: null, hMerge: null },
          ],
        },
      ],
    });
    const [g] = documentGrids([merged("Задача 1", "restart"), para(""), merged("", "continue")]);
    expect(g.cells).toEqual([
      ["Задача 1", "a"],
      [null, "b"],
    ]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
  });

  it("reads a short table (an approval block laid out in a table) as lines above the next", () => {
    const grids = documentGrids([
      table([["", "УТВЕРЖДАЮ\nНачальник управления образования г. Канска"]], [4000, 4000]),
      para("Дорожная карта на 2021 год"),
      table([HEADER, ["1.", "x", "y"], ["2.", "z", "w"], ["3.", "v", "u"]]),
    ]);
    expect(grids).toHaveLength(2);
    expect(grids[1].cells.slice(0, 2)).toEqual([
      ["УТВЕРЖДАЮ\nНачальник управления образования г. Канска"],
      ["Дорожная карта на 2021 год"],
    ]);
  });

  it("counts no empty table, and gives nothing for a document without tables", () => {
    expect(documentGrids([para("a"), table([]), table([HEADER])]).map((g) => g.sheet)).toEqual([
      "Таблица 1",
    ]);
    expect(documentGrids([para("Только текст")])).toEqual([]);
  });
});

describe("a document's tables' layouts", () => {
  const placed = (text: string, align: "left" | "center" | "right", indent = 0): Block => ({
    kind: "paragraph",
    text,
    align,
    indent,
  });

  it("gives each table its Word column widths and where each line above it stood", () => {
    const { grids, layouts } = documentTables([
      placed("УТВЕРЖДАЮ", "left", 9000),
      placed("", "center"),
      placed("  План на 2021 год ", "center"),
      table([HEADER, ["1.", "Совещание", "Сентябрь"]], [600, 4000, 1500]),
      placed("Приложение", "right"),
      table([["ФИО", "Телефон"]], [2000, 2000]),
    ]);
    expect(grids).toHaveLength(2);
    expect(layouts).toEqual([
      {
        columns: [600, 4000, 1500],
        above: [
          { align: "left", indent: 9000 },
          { align: "center", indent: 0 },
        ],
        repeats: [],
      },
      { columns: [2000, 2000], above: [{ align: "right", indent: 0 }], repeats: [] },
    ]);
    // One placement per line above the table.
    expect(layouts[0].above).toHaveLength(1 - grids[0].origin.row);
  });

  it("places an approval block laid out in a table at its cell's column", () => {
    const { grids, layouts } = documentTables([
      table([["СОГЛАСОВАНО", "УТВЕРЖДАЮ"]], [4000, 5000]),
      table([HEADER, ["1.", "x", "y"]]),
    ]);
    expect(grids[1].cells.slice(0, 2)).toEqual([["СОГЛАСОВАНО"], ["УТВЕРЖДАЮ"]]);
    expect(layouts[1].above).toEqual([
      { align: "left", indent: 0 },
      { align: "left", indent: 4000 },
    ]);
  });

  it("names the rows a continued part repeats from the table's beginning, and nothing else", () => {
    const NUMBERS = ["1", "2", "3"];
    const { grids, layouts } = documentTables([
      table([HEADER, NUMBERS, ["1.", "a", "b"], ["2.", "c", "d"]]),
      para(""),
      // The header and the numbers again, then data that happens to look like row 3.
      table([HEADER, NUMBERS, ["1.", "a", "b"], ["3.", "e", "f"]]),
      para("Продолжение таблицы"),
      // Only the numbers repeat here.
      table([NUMBERS, ["4.", "g", "h"]]),
      para("Продолжение таблицы"),
      // Not in the table's order: the numbers before the header is not a repeat of both.
      table([NUMBERS, HEADER, ["5.", "i", "j"]]),
    ]);
    expect(grids).toHaveLength(1);
    expect(layouts[0].repeats).toEqual([
      { row: 5, of: 1 },
      { row: 6, of: 2 },
      { row: 7, of: 3 },
      { row: 9, of: 2 },
      { row: 11, of: 2 },
    ]);
  });

  it("keeps a repeated row a merged area joins to a row kept", () => {
    const merged = (
      vMerge: "restart" | "continue",
      rest: string[],
    ): TableBlock["rows"][number] => ({
      gridBefore: 0,
      gridAfter: 0,
      cells: [
        { text: vMerge === "restart" ? "№" : "", span: 1, vMerge, hMerge: null },
        ...rest.map((text) => ({ text, span: 1, vMerge: null, hMerge: null })),
      ],
    });
    const first: TableBlock = {
      kind: "table",
      columns: [500, 3000, 1200],
      rows: [merged("restart", ["Мероприятие", "Срок"]), merged("continue", ["a", "b"])],
    };
    // The second part's «№» cell goes on merging into its data row: the run gives it back.
    const second: TableBlock = {
      ...first,
      rows: [merged("restart", ["Мероприятие", "Срок"]), merged("continue", ["c", "d"])],
    };
    const { layouts } = documentTables([first, para("Продолжение таблицы"), second]);
    expect(layouts[0].repeats).toEqual([]);
  });
});
