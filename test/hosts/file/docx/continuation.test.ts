import type { TableBlock } from "../../../../src/hosts/file/docx/blocks";
import {
  continues,
  isColumnNumberRow,
  isContinuationMark,
  type TablePart,
} from "../../../../src/hosts/file/docx/continuation";
import { tableGrid } from "../../../../src/hosts/file/docx/table-grid";

function part(rows: string[][], widths = [500, 3000, 1200]): TablePart {
  const block: TableBlock = {
    kind: "table",
    columns: widths,
    rows: rows.map((cells) => ({
      gridBefore: 0,
      gridAfter: 0,
      cells: cells.map((text) => ({ text, span: 1, vMerge: null, hMerge: null })),
    })),
  };
  return { grid: tableGrid(block), columns: widths };
}

const HEADER = ["№ п/п", "Мероприятие", "Срок"];
const first = part([HEADER, ["1", "Совещание", "Сентябрь 2021"]]);

describe("a table broken by a page break continues the one before", () => {
  it("when the second repeats the header row", () => {
    expect(
      continues(first, first, part([HEADER, ["2", "Семинар", "Октябрь"]], [1, 2, 3]), [""]),
    ).toBe(true);
    expect(continues(first, first, part([["№  П/П", "мероприятие", "срок"]], [1, 2, 3]), [])).toBe(
      true,
    );
  });

  it("when the second starts with the row of column numbers", () => {
    expect(
      continues(
        first,
        first,
        part(
          [
            ["1", "2", "3"],
            ["2", "x", "y"],
          ],
          [1, 2, 3],
        ),
        [],
      ),
    ).toBe(true);
  });

  it("when «Продолжение таблицы» stands between them", () => {
    const next = part([["2", "Семинар", "Октябрь"]], [1, 2, 3]);
    for (const mark of [
      "Продолжение таблицы",
      "продолжение таблицы 1",
      "Продолжение таблицы № 2.",
      "Продолжение",
    ]) {
      expect(continues(first, first, next, ["", mark])).toBe(true);
    }
  });

  it("when the two have the same column grid and nothing but blank paragraphs between", () => {
    expect(continues(first, first, part([["2", "Семинар", "Октябрь"]]), ["", "\n"])).toBe(true);
  });

  it("compares a later part's header with the first part's", () => {
    const second = part([["2", "x", "y"]], [7, 8, 9]);
    expect(continues(first, second, part([HEADER, ["3", "z", "w"]], [1, 2, 3]), [])).toBe(true);
  });

  it("not when a title or any other text stands between them", () => {
    const next = part([HEADER, ["1", "Другое", "Май"]]);
    expect(continues(first, first, next, ["План мероприятий на 2022 год"])).toBe(false);
    expect(continues(first, first, next, ["Продолжение таблицы", "Приложение 2"])).toBe(false);
  });

  it("not when nothing says so: another header, another grid", () => {
    expect(continues(first, first, part([["ФИО", "Должность", "Телефон"]], [1, 2, 3]), [""])).toBe(
      false,
    );
  });
});

describe("the marks", () => {
  it("a continuation line is short and says only that", () => {
    expect(isContinuationMark("  Продолжение   таблицы  ")).toBe(true);
    expect(isContinuationMark("Продолжение работы с ШНОР")).toBe(false);
  });

  it("a column-number row counts 1, 2, 3 … without gaps, three at least", () => {
    expect(isColumnNumberRow(["1", "2", "3", "4"])).toBe(true);
    expect(isColumnNumberRow([" 1 ", null, "2", "3"])).toBe(true);
    expect(isColumnNumberRow(["1", "2"])).toBe(false);
    expect(isColumnNumberRow(["1", "3", "4"])).toBe(false);
    expect(isColumnNumberRow(undefined)).toBe(false);
  });
});
