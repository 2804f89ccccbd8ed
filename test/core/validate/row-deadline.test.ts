import { deadlineFromYearColumns, findPeriod, parseDeadline } from "../../../src/core/deadline";
import type { DeadlineContext, Period } from "../../../src/core/deadline/types";
import { periodResolver, rowDeadline } from "../../../src/core/validate/row-deadline";
import type { RoadmapTable } from "../../../src/core/recognize/types";
import { AS_OF, buinsk, kislovodsk, makeTable } from "./fixtures";

const missing = (text: string) => ({
  text,
  kind: "missing",
  start: null,
  due: null,
  dates: [],
  needsYear: false,
});

describe("rowDeadline", () => {
  const b = buinsk();
  const ctx: DeadlineContext = { period: b.period, asOf: AS_OF };
  const deadlineOf = (t: RoadmapTable, i: number, c: DeadlineContext = ctx) =>
    rowDeadline(t, t.rows[i], c).deadline;

  it("reads the deadline cell through the grammar, and points at it", () => {
    expect(rowDeadline(b, b.rows[1], ctx)).toEqual({
      deadline: parseDeadline("До 01.10.2021", ctx),
      column: "D",
    });
  });

  it("makes a dash a missing deadline, keeping the text as written", () => {
    expect(rowDeadline(b, b.rows[5], ctx)).toEqual({ deadline: missing("-"), column: "D" });
  });

  it("reads year columns together (seed 002), pointing at the due year's column", () => {
    const k = kislovodsk();
    const kctx: DeadlineContext = { period: k.period, asOf: AS_OF };
    const years = k.columns.filter((c) => c.year !== null);
    expect(rowDeadline(k, k.rows[1], kctx)).toEqual({
      deadline: deadlineFromYearColumns(
        [
          { year: 2020, value: 0 },
          { year: 2021, value: 1 },
          { year: 2022, value: 0 },
        ],
        kctx,
      ),
      column: years.find((c) => c.year === 2021)!.column,
    });
  });

  it("makes year columns with only blanks and dashes a missing deadline", () => {
    const k = kislovodsk();
    expect(deadlineOf(k, 3, { period: k.period, asOf: AS_OF })).toEqual(missing(""));
  });

  it("takes the first filled cell when there are several deadline columns", () => {
    const t = makeTable({
      columns: [
        ["Мероприятие", "activity"],
        ["Срок начала", "deadline"],
        ["Срок окончания", "deadline"],
      ],
      rows: [{ values: ["Семинар", "—", "До 01.12.2021"] }],
    });
    expect(deadlineOf(t, 0)).toEqual(parseDeadline("До 01.12.2021", ctx));
  });

  it("is missing in a table without a deadline column", () => {
    const t = makeTable({
      columns: [["Мероприятие", "activity"]],
      rows: [{ values: ["Семинар"] }],
    });
    expect(rowDeadline(t, t.rows[0], ctx)).toEqual({ deadline: missing(""), column: null });
  });
});

describe("periodResolver", () => {
  const section = "Мероприятия на 2021 год";
  const noPeriod = makeTable({
    columns: [["Мероприятие", "activity"]],
    rows: [
      { kind: "section", section, values: [section] },
      { section, values: ["Семинар"] },
      { values: ["Совещание"] },
    ],
  });

  it("uses the table's period when it has one", () => {
    const b = buinsk();
    expect(periodResolver(b)(b.rows[2])).toEqual(b.period);
  });

  it("otherwise reads the period from the item's section", () => {
    expect(periodResolver(noPeriod)(noPeriod.rows[1])).toEqual(findPeriod(section));
  });

  it("has no period for an item outside any section", () => {
    expect(periodResolver(noPeriod)(noPeriod.rows[2])).toBeNull();
  });

  it("lets a year section give its rows their year, over the title's period", () => {
    const byYears = makeTable({
      period: { start: "2021-01-01", end: "2023-12-31" },
      columns: [["Мероприятие", "activity"]],
      rows: [
        { values: ["Совещание"] },
        { kind: "section", section: "2022 год", values: ["2022 год"] },
        { section: "2022 год", values: ["Семинар"] },
        { kind: "section", section: "Задача 1. Кадры", values: ["Задача 1. Кадры"] },
        { section: "Задача 1. Кадры", values: ["Курсы"] },
        { kind: "section", section: "2023", values: ["2023"] },
        { section: "2023", values: ["Отчёт"] },
      ],
    });
    const of = periodResolver(byYears);
    expect(of(byYears.rows[0])).toEqual({ start: "2021-01-01", end: "2023-12-31" });
    expect(of(byYears.rows[2])).toEqual({ start: "2022-01-01", end: "2022-12-31" });
    expect(of(byYears.rows[4])).toEqual({ start: "2022-01-01", end: "2022-12-31" });
    expect(of(byYears.rows[6])).toEqual({ start: "2023-01-01", end: "2023-12-31" });
  });
});

describe("rowDeadline on deadline grids and split deadlines", () => {
  const CAL_2022 = { start: "2022-01-01", end: "2022-12-31" };
  const ctx: DeadlineContext = { period: CAL_2022, asOf: "2022-01-15" };

  function quarterGrid(values: (string | number | null)[], parentPeriod: Period | null = null) {
    const t = makeTable({
      columns: [
        ["Мероприятие", "activity"],
        ["Срок исполнения / I кв.", "deadline"],
        ["Срок исполнения / II кв.", "deadline"],
        ["Срок исполнения / III кв.", "deadline"],
        ["Срок исполнения / IV кв.", "deadline"],
      ],
      rows: [{ values: ["Семинар", ...values] }],
    });
    t.columns.slice(1).forEach((c, i) => {
      c.slot = { unit: "quarter", n: i + 1, period: parentPeriod };
    });
    return t;
  }

  it("reads marked quarters from the first marked start to the last marked end", () => {
    const t = quarterGrid(["х", null, "+", null]);
    expect(rowDeadline(t, t.rows[0], ctx)).toEqual({
      deadline: {
        text: "I кв.: х; II кв.: ; III кв.: +; IV кв.: ",
        kind: "range",
        start: "2022-01-01",
        due: "2022-09-30",
        dates: ["2022-09-30"],
        needsYear: false,
      },
      column: "D",
    });
  });

  it.each([["V"], ["✓"], ["*"], ["x"], [1], ["2"]])("takes %j for a mark", (mark) => {
    const t = quarterGrid([null, mark, null, null]);
    const { deadline, column } = rowDeadline(t, t.rows[0], ctx);
    expect([deadline.kind, deadline.start, deadline.due, column]).toEqual([
      "range",
      "2022-04-01",
      "2022-06-30",
      "C",
    ]);
  });

  it("is missing with no mark, and takes the year its parent names", () => {
    const empty = quarterGrid([null, "-", 0, null]);
    expect(rowDeadline(empty, empty.rows[0], ctx).deadline.kind).toBe("missing");
    const t = quarterGrid(["х", null, null, null], { start: "2023-01-01", end: "2023-12-31" });
    expect(rowDeadline(t, t.rows[0], ctx).deadline.due).toBe("2023-03-31");
  });

  it("needs the year of a grid in a plan over several years", () => {
    const t = quarterGrid(["х", "х", null, null], { start: "2011-01-01", end: "2013-12-31" });
    expect(rowDeadline(t, t.rows[0], ctx)).toMatchObject({
      deadline: { kind: "range", due: null, needsYear: true },
      column: "C",
    });
  });

  it("reads one marked month as a date in a school year", () => {
    const months = ["сентябрь", "октябрь", "ноябрь", "декабрь", "январь"];
    const t = makeTable({
      columns: [
        ["Мероприятие", "activity"],
        ...months.map((m): [string, "deadline"] => [`Сроки / ${m}`, "deadline"]),
      ],
      rows: [{ values: ["Семинар", null, null, null, null, "х"] }],
    });
    t.columns.slice(1).forEach((c, i) => {
      c.slot = { unit: "month", n: [9, 10, 11, 12, 1][i], period: null };
    });
    const school = { start: "2021-09-01", end: "2022-08-31" };
    expect(rowDeadline(t, t.rows[0], { period: school, asOf: "2021-10-01" })).toMatchObject({
      deadline: { kind: "date", start: null, due: "2022-01-31" },
      column: "F",
    });
  });

  it("reads a start column and an end column as one range, at the end column", () => {
    const t = makeTable({
      columns: [
        ["Наименование мероприятия", "activity"],
        ["Плановое начало", "deadline"],
        ["Плановое окончание", "deadline"],
      ],
      rows: [
        { values: ["Соглашение", "20.03.2008", "30.12.2008"] },
        { values: ["Совещание", "20.03.2008", null] },
      ],
    });
    t.columns[1].part = "start";
    t.columns[2].part = "end";
    const c = { period: null, asOf: "2008-01-15" };
    expect(rowDeadline(t, t.rows[0], c)).toMatchObject({
      deadline: { kind: "range", start: "2008-03-20", due: "2008-12-30" },
      column: "C",
    });
    expect(rowDeadline(t, t.rows[1], c)).toMatchObject({
      deadline: { kind: "range", start: "2008-03-20", due: null, openEnd: true },
      column: "B",
    });
  });

  it("reads several columns of one name as checkpoints, at the due one", () => {
    const t = makeTable({
      columns: [
        ["Мероприятие", "activity"],
        ["Дата", "deadline"],
        ["Дата", "deadline"],
        ["Дата", "deadline"],
      ],
      rows: [{ values: ["Итоговое сочинение", "1 декабря 2021", "2 февраля 2022", "19 мая 2022"] }],
    });
    expect(rowDeadline(t, t.rows[0], { period: null, asOf: "2022-01-10" })).toEqual({
      deadline: {
        text: "1 декабря 2021; 2 февраля 2022; 19 мая 2022",
        kind: "checkpoints",
        start: null,
        due: "2022-02-02",
        dates: ["2021-12-01", "2022-02-02", "2022-05-19"],
        needsYear: false,
      },
      column: "C",
    });
  });
});
