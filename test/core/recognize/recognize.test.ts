import type { CellValue, Grid, MergeArea } from "../../../src/core/grid";
import { recognize } from "../../../src/core/recognize";

function grid(cells: CellValue[][], merges: MergeArea[] = [], sheet = "Лист1"): Grid {
  return { sheet, origin: { row: 1, col: 1 }, cells, merges };
}

const HEADER = ["№ п/п", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат"];

describe("recognize: layouts the seeds do not show", () => {
  it("finds a number column whose header cell is empty, by its values", () => {
    const [t] = recognize(
      grid([
        [null, "Содержание мероприятия", "Срок выполнения", "Исполнитель", "Отчётный документ"],
        ["1.", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол"],
        ["2.", "Семинар", "Октябрь 2021", "Петров П.П.", "Программа"],
        ["3.", "Мониторинг", "Ноябрь 2021", "Сидоров С.С.", "Справка"],
      ]),
    );
    expect(t.columns.map((c) => c.field)).toEqual([
      "number",
      "activity",
      "deadline",
      "responsible",
      "evidence",
    ]);
    expect(t.rows.map((r) => r.number)).toEqual(["1.", "2.", "3."]);
  });

  it("keeps unknown columns with their header as «other»", () => {
    const [t] = recognize(
      grid([
        [...HEADER, "Источник финансирования"],
        ["1", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол", "Местный бюджет"],
      ]),
    );
    expect(t.columns[5]).toMatchObject({
      column: "F",
      field: "other",
      header: "Источник финансирования",
    });
    expect(t.rows[0].values[5]).toBe("Местный бюджет");
  });

  it("skips the header repeated after a page break and a numbering row under it", () => {
    const [t] = recognize(
      grid([
        HEADER,
        [1, 2, 3, 4, 5],
        ["1", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол"],
        HEADER,
        [1, 2, 3, 4, 5],
        ["2", "Семинар", "Октябрь 2021", "Петров П.П.", "Программа"],
      ]),
    );
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 6]);
  });

  it("skips a two-row merged header repeated after a page break, its second row too", () => {
    const top = ["№ п/п", "Мероприятие", "Срок реализации, годы", null, "Исполнитель"];
    const sub = [null, null, "2021 г.", "2022 г.", null];
    const band = (at: number): MergeArea[] => [
      { top: at, left: 0, bottom: at + 1, right: 0 },
      { top: at, left: 1, bottom: at + 1, right: 1 },
      { top: at, left: 2, bottom: at, right: 3 },
      { top: at, left: 4, bottom: at + 1, right: 4 },
    ];
    const [t] = recognize(
      grid(
        [
          top,
          sub,
          [1, 2, 3, 4, 5],
          ["1.", "Совещание", "1", "2", "Иванов И.И."],
          top,
          sub,
          [1, 2, 3, 4, 5],
          ["2.", "Семинар", "3", "4", "Петров П.П."],
        ],
        [...band(0), ...band(4)],
      ),
    );
    expect(t.headerRows).toEqual([1, 3]);
    expect(t.rows.map((r) => [r.row, r.kind, r.number])).toEqual([
      [4, "item", "1."],
      [8, "item", "2."],
    ]);
  });

  it("keeps a section row merged across that the header repeated after a page break follows", () => {
    // A Word table's first part ending on a section row, the second part repeating the header:
    // the section row is no parent row of a two-row header, however header-like the row under.
    const [t, ...others] = recognize(
      grid(
        [
          HEADER,
          ["1.", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол"],
          ["Раздел 2. Кадры"],
          HEADER,
          ["2.", "Семинар", "Октябрь 2021", "Петров П.П.", "Приказ"],
        ],
        [{ top: 2, left: 0, bottom: 2, right: 4 }],
      ),
    );
    expect(others).toEqual([]);
    expect(t.rows.map((r) => [r.row, r.kind])).toEqual([
      [2, "item"],
      [3, "section"],
      [5, "item"],
    ]);
  });

  it("ends a table at a signature line and at two blank rows", () => {
    const tables = recognize(
      grid([
        HEADER,
        ["1", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол"],
        ["Начальник управления образования ____________ И.И. Иванов"],
        [],
        [],
        ["План мероприятий на 2022 год"],
        HEADER,
        ["1", "Семинар", "Март", "Петров П.П.", "Программа"],
        [],
        [],
        ["Примечание: сроки уточняются"],
      ]),
    );
    expect(tables).toHaveLength(2);
    expect(tables[0].lastRow).toBe(2);
    expect(tables[1].title).toBe("План мероприятий на 2022 год");
    expect(tables[1].rows.map((r) => r.row)).toEqual([8]);
  });

  it("reads a section written unmerged into the first column", () => {
    const [t] = recognize(
      grid([
        HEADER,
        ["Раздел 1. Организационные меры"],
        ["1", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол"],
      ]),
    );
    expect(t.rows.map((r) => r.kind)).toEqual(["section", "item"]);
    expect(t.rows[1].section).toBe("Раздел 1. Организационные меры");
  });

  it("works wherever the grid starts on the sheet", () => {
    const g: Grid = {
      sheet: "Смещение",
      origin: { row: 5, col: 3 },
      cells: [HEADER, ["1", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол"]],
      merges: [],
    };
    const [t] = recognize(g);
    expect(t.headerRows).toEqual([5, 5]);
    expect(t.columns.map((c) => c.column)).toEqual(["C", "D", "E", "F", "G"]);
    expect(t.rows[0].row).toBe(6);
  });

  it("applies the user's column overrides for that table only", () => {
    const cells = [
      ["№", "Мероприятие", "Срок", "Ответственные", "Примечание"],
      ["1", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол"],
    ];
    const [t] = recognize(grid(cells), {
      overrides: [
        { sheet: "Лист1", headerRow: 1, column: "E", field: "expectedResult" },
        { sheet: "Другой", headerRow: 1, column: "B", field: "task" },
      ],
    });
    expect(t.columns.map((c) => c.field)).toEqual([
      "number",
      "activity",
      "deadline",
      "responsible",
      "expectedResult",
    ]);
  });

  it("does not take a list of schools or contacts for a roadmap", () => {
    expect(
      recognize(
        grid([
          ["№", "Наименование ОО", "Директор", "Телефон", "Адрес"],
          ["1.", "МБОУ СОШ № 1", "Иванова А.А.", "8 (42356) 3-12-45", "ул. Ленина, 1"],
        ]),
      ),
    ).toEqual([]);
    expect(
      recognize(
        grid([
          ["ФИО", "Должность", "Телефон", "E-mail"],
          ["Иванова А.А.", "Ответственный секретарь", "3-12-45", "a@example.ru"],
        ]),
      ),
    ).toEqual([]);
  });

  it("gives no table for a header with nothing under it", () => {
    expect(recognize(grid([HEADER]))).toEqual([]);
  });
});

describe("recognize: a section typed into one cell, unmerged", () => {
  it("is a section when the numbering starts again at 1 after it", () => {
    const [t] = recognize(
      grid([
        HEADER,
        ["1", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол"],
        ["2", "Семинар", "Октябрь 2021", "Петров П.П.", "Программа"],
        [null, "Работа с родительской общественностью"],
        ["1", "Собрание", "Ноябрь 2021", "Сидоров С.С.", "Протокол"],
      ]),
    );
    expect(t.rows.map((r) => r.kind)).toEqual(["item", "item", "section", "item"]);
    expect(t.rows[3].section).toBe("Работа с родительской общественностью");
  });

  it("is a continuation when the numbering goes on", () => {
    const [t] = recognize(
      grid([
        HEADER,
        ["1", "Совещание", "Сентябрь 2021", "Иванов И.И.", "Протокол"],
        ["2", "Анализ результатов: 1. ГИА.", "Октябрь 2021", "Петров П.П.", "Справка"],
        [null, "Результаты олимпиад школьников"],
        ["3", "Собрание", "Ноябрь 2021", "Сидоров С.С.", "Протокол"],
      ]),
    );
    expect(t.rows.map((r) => r.kind)).toEqual(["item", "item", "item"]);
    expect(t.continuations).toEqual([{ row: 4, parent: 3 }]);
  });
});
