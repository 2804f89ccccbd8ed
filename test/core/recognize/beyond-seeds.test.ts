/**
 * Classes of tables from real plans that the seeds do not show (issue 14): year sections, rows
 * with nothing to check, a direction or task column standing for the activity, deadline grids
 * of quarter or month columns, a deadline split into start and end, money by year.
 */
import type { CellValue, Grid, MergeArea } from "../../../src/core/grid";
import { recognize } from "../../../src/core/recognize";
import { checkTable } from "../../../src/core/validate";
import { parseSettings } from "../../../src/core/validate/settings";

function grid(cells: CellValue[][], merges: MergeArea[] = []): Grid {
  return { sheet: "Лист1", origin: { row: 1, col: 1 }, cells, merges };
}

const across = (row: number, width: number): MergeArea => ({
  top: row,
  left: 0,
  bottom: row,
  right: width - 1,
});

const HEADER = ["№ п/п", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат"];
const settings = parseSettings({ asOf: "2022-01-15" });

describe("row kinds", () => {
  it("makes a row naming only a year or a period a section that gives its rows their year", () => {
    const cells: CellValue[][] = [
      ["План мероприятий на 2021-2023 годы"],
      HEADER,
      ["2021 год"],
      ["1", "Совещание", "Март", "Иванов И.И.", "Протокол"],
      ["2022-2023 учебный год", null, null, null, null],
      ["1", "Семинар", "Октябрь", "Петров П.П.", "Программа"],
      ["2", "Отчёт", "Май", "Сидоров С.С.", "Справка"],
    ];
    const [t] = recognize(grid(cells, [across(4, 5)]));
    expect(t.rows.map((r) => [r.row, r.kind])).toEqual([
      [3, "section"],
      [4, "item"],
      [5, "section"],
      [6, "item"],
      [7, "item"],
    ]);
    const checked = checkTable(t, settings);
    const dues = checked.rows.filter((r) => r.row.kind === "item").map((r) => r.deadline.due);
    expect(dues).toEqual(["2021-03-31", "2022-10-31", "2023-05-31"]);
    expect(checked.rows.flatMap((r) => r.findings).map((f) => f.code)).not.toContain(
      "deadline-year-ambiguous",
    );
  });

  it("never makes an item of a row with no activity, number or required field", () => {
    const cells: CellValue[][] = [
      ["№ п/п", "Мероприятие", "Адресность", "Срок", "Ответственные", "Ожидаемый результат"],
      [null, null, "Все школы округа", null, null, null],
      ["1", "Совещание", "ОО", "Март 2022", "Иванов И.И.", "Протокол"],
      [null, null, "школы № 2, 5", null, null, null],
      ["2", "Семинар", "ОО", "Апрель 2022", "Петров П.П.", "Программа"],
    ];
    const [t] = recognize(grid(cells));
    expect(t.rows.map((r) => [r.row, r.kind])).toEqual([
      [3, "item"],
      [5, "item"],
    ]);
    // The note under item 1 joins it; nothing of it is lost.
    expect(t.rows[0].values[2]).toBe("ОО\nшколы № 2, 5");
    const findings = checkTable(t, settings).rows.flatMap((r) => r.findings.map((f) => f.row));
    expect(findings).not.toContain(2);
  });
});

describe("column roles", () => {
  it("takes a direction column for the activity when no column names one", () => {
    const [t] = recognize(
      grid([
        ["N", "Направления деятельности", "Сроки", "Ответственные лица"],
        ["1.", "Проведение статистического анализа", "июль - август 2015", "Н.Е. Байрачный"],
      ]),
    );
    expect(t.columns.map((c) => c.field)).toEqual([
      "number",
      "activity",
      "deadline",
      "responsible",
    ]);
  });

  it("takes the task column when there is no activity, and keeps a goal to its left", () => {
    const [t] = recognize(
      grid([
        ["Цель", "Задача", "Срок", "Ответственный"],
        ["Качество", "Провести семинар", "Май 2022", "Иванов И.И."],
      ]),
    );
    expect(t.columns.map((c) => c.field)).toEqual(["task", "activity", "deadline", "responsible"]);
  });

  it("reads a quarter grid under a merged deadline parent from its marks", () => {
    const cells: CellValue[][] = [
      ["План мероприятий на 2022 год"],
      ["№", "Мероприятие", "Ответственный", "Срок исполнения", null, null, null],
      [null, null, null, "I кв.", "II кв.", "III кв.", "IV кв."],
      ["1", "Совещание", "Иванов И.И.", "х", "х", null, null],
      ["2", "Отчёт", "Петров П.П.", null, null, null, "+"],
    ];
    const merges = [
      { top: 1, left: 3, bottom: 1, right: 6 },
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
    ];
    const [t] = recognize(grid(cells, merges));
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.columns.map((c) => [c.field, c.slot?.n ?? null])).toEqual([
      ["number", null],
      ["activity", null],
      ["responsible", null],
      ["deadline", 1],
      ["deadline", 2],
      ["deadline", 3],
      ["deadline", 4],
    ]);
    const rows = checkTable(t, parseSettings({ asOf: "2022-07-15" })).rows;
    expect(rows.map((r) => [r.deadline.kind, r.deadline.start, r.deadline.due])).toEqual([
      ["range", "2022-01-01", "2022-06-30"],
      ["range", "2022-10-01", "2022-12-31"],
    ]);
    // The overdue finding points at the column of the last marked quarter.
    expect(rows[0].findings.find((f) => f.code === "overdue")?.column).toBe("E");
  });

  it("reads a grid of marked years from the first to the last, at the last year's column", () => {
    const cells: CellValue[][] = [
      ["№", "Мероприятие", "Ответственный", "Срок исполнения", null, null],
      [null, null, null, "2021 г.", "2022 г.", "2023 г."],
      ["1", "Совещание", "Иванов И.И.", "х", "х", null],
    ];
    const [t] = recognize(grid(cells, [{ top: 0, left: 3, bottom: 0, right: 5 }]));
    const [row] = checkTable(t, parseSettings({ asOf: "2023-02-01" })).rows;
    expect([row.deadline.kind, row.deadline.start, row.deadline.due]).toEqual([
      "range",
      "2021-01-01",
      "2022-12-31",
    ]);
    expect(row.findings.find((f) => f.code === "overdue")?.column).toBe("E");
  });

  it("asks for the year of a quarter grid over several years", () => {
    const cells: CellValue[][] = [
      [
        "N п/п",
        "Пошаговые мероприятия",
        "Сроки выполнения Программы: 2011 - 2013 гг.",
        null,
        null,
        null,
      ],
      [null, null, "I квартал", "II квартал", "III квартал", "IV квартал"],
      ["1", "Создание нормативной базы", "х", null, null, null],
    ];
    const merges = [{ top: 0, left: 2, bottom: 0, right: 5 }];
    const [t] = recognize(grid(cells, merges));
    const [row] = checkTable(t, settings).rows;
    expect(row.deadline).toMatchObject({ kind: "range", due: null, needsYear: true });
    expect(row.findings.map((f) => [f.code, f.column])).toContainEqual([
      "deadline-year-ambiguous",
      "C",
    ]);
  });

  it("reads a deadline split into a start and an end column", () => {
    const [t] = recognize(
      grid([
        [
          "N п/п",
          "Наименование мероприятия",
          "Ответственный исполнитель",
          "Плановое начало",
          "Плановое окончание",
        ],
        ["1.1", "Заключение соглашения", "Управление образования", "20.03.2008", "30.12.2008"],
      ]),
    );
    expect(t.columns.map((c) => [c.field, c.part ?? null])).toEqual([
      ["number", null],
      ["activity", null],
      ["responsible", null],
      ["deadline", "start"],
      ["deadline", "end"],
    ]);
    const [row] = checkTable(t, parseSettings({ asOf: "2009-01-15" })).rows;
    expect([row.deadline.kind, row.deadline.start, row.deadline.due]).toEqual([
      "range",
      "2008-03-20",
      "2008-12-30",
    ]);
    expect(row.findings.find((f) => f.code === "overdue")?.column).toBe("E");
  });

  it("does not take money by year for deadlines", () => {
    const cells: CellValue[][] = [
      [
        "Наименование мероприятий Программы",
        "Исполнители мероприятий",
        "Срок",
        "Финансирование по годам (тыс. рублей)",
        null,
      ],
      [null, null, null, "2006 г.", "2007 г."],
      ["Обновление оборудования", "Отдел образования", "2006-2007", "60,0", "90,0"],
    ];
    const [t] = recognize(grid(cells, [{ top: 0, left: 3, bottom: 0, right: 4 }]));
    expect(t.columns.map((c) => c.field)).toEqual([
      "activity",
      "responsible",
      "deadline",
      "other",
      "other",
    ]);
  });
});
