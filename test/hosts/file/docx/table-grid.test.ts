import type { RawCell, RawRow, TableBlock } from "../../../../src/hosts/file/docx/blocks";
import { tableGrid } from "../../../../src/hosts/file/docx/table-grid";

const c = (text: string, more: Partial<RawCell> = {}): RawCell => ({
  text,
  span: 1,
  vMerge: null,
  hMerge: null,
  ...more,
});
const row = (cells: RawCell[], more: Partial<RawRow> = {}): RawRow => ({
  gridBefore: 0,
  gridAfter: 0,
  cells,
  ...more,
});
const table = (rows: RawRow[], columns = 3): TableBlock => ({
  kind: "table",
  columns: Array(columns).fill(1000),
  rows,
});

describe("a Word table as a grid", () => {
  it("puts each cell at its grid column; a span is a merged area across", () => {
    const g = tableGrid(
      table([row([c("Раздел 1", { span: 3 })]), row([c("1."), c("Мероприятие"), c("Сентябрь")])]),
    );
    expect(g.cells).toEqual([["Раздел 1"], ["1.", "Мероприятие", "Сентябрь"]]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(g.width).toBe(3);
  });

  it("merges a column area down from restart through its continue cells (a bare vMerge continues)", () => {
    const g = tableGrid(
      table([
        row([c("Задача 1", { vMerge: "restart" }), c("а"), c("x")]),
        row([c("", { vMerge: "continue" }), c("б"), c("y")]),
        row([c("", { vMerge: "continue" }), c("в"), c("z")]),
        row([c("Задача 2"), c("г"), c("w")]),
      ]),
    );
    expect(g.cells.map((r) => r[0])).toEqual(["Задача 1", null, null, "Задача 2"]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 2, right: 0 }]);
  });

  it("merges an area both ways when the cells span and merge down (a two-row header)", () => {
    const g = tableGrid(
      table(
        [
          row([c("№", { vMerge: "restart" }), c("Срок реализации", { span: 2 })]),
          row([c("", { vMerge: "continue" }), c("2021 г."), c("2022 г.")]),
        ],
        3,
      ),
    );
    expect(g.cells).toEqual([
      ["№", "Срок реализации"],
      [null, "2021 г.", "2022 г."],
    ]);
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 0, right: 2 },
      ]),
    );
    expect(g.merges).toHaveLength(2);
  });

  it("shows a continue cell with nothing above to continue as a cell of its own", () => {
    const g = tableGrid(
      table([
        row([c("x", { vMerge: "continue" }), c("a")]),
        row([c("y", { span: 2, vMerge: "continue" })]),
      ]),
    );
    expect(g.cells).toEqual([["x", "a"], ["y"]]);
    expect(g.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
  });

  it("does not continue an area of another width", () => {
    const g = tableGrid(
      table([row([c("a", { span: 2, vMerge: "restart" })]), row([c("b", { vMerge: "continue" })])]),
    );
    expect(g.cells).toEqual([["a"], ["b"]]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("keeps text typed into a continued cell, under the area's own text", () => {
    const g = tableGrid(
      table(
        [row([c("Иванов", { vMerge: "restart" })]), row([c("Петров", { vMerge: "continue" })])],
        1,
      ),
    );
    expect(g.cells).toEqual([["Иванов\nПетров"], []]);
  });

  it("skips w:gridBefore columns, widens for w:gridAfter, and lets ragged rows end early", () => {
    const g = tableGrid(
      table(
        [
          row([c("a"), c("b"), c("c")]),
          row([c("d")], { gridBefore: 1, gridAfter: 2 }),
          row([c("e")]),
        ],
        3,
      ),
    );
    expect(g.cells).toEqual([["a", "b", "c"], [null, "d"], ["e"]]);
    expect(g.width).toBe(4);
  });

  it("folds the old horizontal merge (hMerge) into a span", () => {
    const g = tableGrid(
      table([
        row([
          c("Раздел", { hMerge: "restart" }),
          c("", { hMerge: "continue" }),
          c("", { hMerge: "continue" }),
        ]),
      ]),
    );
    expect(g.cells).toEqual([["Раздел"]]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it("widens the grid for a row with more cells than w:tblGrid declares", () => {
    const g = tableGrid(table([row([c("a"), c("b"), c("c"), c("d")])], 2));
    expect(g.width).toBe(4);
    expect(g.cells[0]).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps whitespace-only cells empty", () => {
    expect(tableGrid(table([row([c("  \n "), c("x")])])).cells).toEqual([[null, "x"]]);
  });
});
