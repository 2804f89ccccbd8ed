import { dayKey, toIso } from "../../../src/core/deadline/calendar";
import type { KeyPeriod } from "../../../src/core/deadline/context";
import { collectMentions } from "../../../src/core/deadline/collect";
import { normalize } from "../../../src/core/deadline/normalize";
import {
  anchorRecurrence,
  findRecurrence,
  occurrences,
  windowAround,
  type Recurrence,
} from "../../../src/core/deadline/recurring";

describe("findRecurrence", () => {
  it.each([
    ["ежемесячно", "month", null, 0],
    ["ежемесячно /по запросу моуо", "month", null, 0],
    ["ежемесячно до 5 числа", "month", 5, 0],
    ["до 10 числа каждого месяца", "month", 10, 0],
    ["до 10 числа", "month", 10, 0],
    ["не позднее 25-го числа месяца, следующего за отчетным", "month", 25, 0],
    ["1 раз в месяц", "month", null, 0],
    ["ежеквартально", "quarter", null, 0],
    ["ежеквартально до 10 числа", "quarter", 10, 0],
    ["раз в квартал", "quarter", null, 0],
    ["еженедельно", "week", null, 0],
    ["по пятницам", "week", null, 5],
    ["по понедельникам", "week", null, 1],
    ["ежегодно", "year", null, 0],
    ["раз в полугодие", "half", null, 0],
    ["ежедневно", "day", null, 0],
    ["1 раз в четверть", "quarter", null, 0],
    ["2 раза в год", "half", null, 0],
    ["4 раза в год", "quarter", null, 0],
    ["12 раз в год", "month", null, 0],
    ["раз в год", "year", null, 0],
  ])("%j", (norm, every, day, weekday) => {
    expect(findRecurrence(norm)).toEqual({ every, day, weekday });
  });

  it.each(["в течение года", "сентябрь 2021", "по графику", "годовой отчет", "в годы", "40 числа"])(
    "%j recurs not",
    (norm) => {
      expect(findRecurrence(norm)).toBeNull();
    },
  );
});

const P = (start: string, end: string): KeyPeriod => ({
  start: Number(start.replace(/-/g, "")),
  end: Number(end.replace(/-/g, "")),
});
const every = (e: Recurrence["every"], day: number | null = null, weekday = 0): Recurrence => ({
  every: e,
  day,
  weekday,
});

describe("anchorRecurrence", () => {
  const mentionsOf = (text: string) => collectMentions(normalize(text));

  it("anchors a yearly duty on the first day or month the text names", () => {
    const rec = findRecurrence("ежегодно, до 25 марта года, следующего за отчетным периодом")!;
    expect(anchorRecurrence(rec, mentionsOf("ежегодно, до 25 марта года"))).toEqual({
      ...rec,
      anchor: { month: 3, day: 25 },
    });
    expect(anchorRecurrence(rec, mentionsOf("ежегодно в мае")).anchor).toEqual({
      month: 5,
      day: 0,
    });
  });

  it("leaves other recurrences and bare yearly duties alone", () => {
    const monthly = findRecurrence("ежемесячно")!;
    expect(anchorRecurrence(monthly, mentionsOf("ежемесячно, 25 марта"))).toBe(monthly);
    const yearly = findRecurrence("ежегодно")!;
    expect(anchorRecurrence(yearly, mentionsOf("ежегодно"))).toBe(yearly);
  });
});

describe("occurrences", () => {
  it.each([
    [
      every("month"),
      P("2021-01-01", "2021-04-30"),
      ["2021-01-31", "2021-02-28", "2021-03-31", "2021-04-30"],
    ],
    [
      every("month", 31),
      P("2021-01-01", "2021-04-30"),
      ["2021-01-31", "2021-02-28", "2021-03-31", "2021-04-30"],
    ],
    [every("month", 10), P("2021-01-15", "2021-04-05"), ["2021-02-10", "2021-03-10"]],
    [
      every("quarter"),
      P("2020-09-01", "2021-08-31"),
      ["2020-09-30", "2020-12-31", "2021-03-31", "2021-06-30"],
    ],
    [
      every("quarter", 10),
      P("2021-01-01", "2021-12-31"),
      ["2021-01-10", "2021-04-10", "2021-07-10", "2021-10-10"],
    ],
    [
      every("week"),
      P("2021-03-01", "2021-03-31"),
      ["2021-03-07", "2021-03-14", "2021-03-21", "2021-03-28"],
    ],
    [
      every("week", null, 5),
      P("2021-10-01", "2021-10-20"),
      ["2021-10-01", "2021-10-08", "2021-10-15"],
    ],
    [every("half"), P("2020-09-01", "2021-08-31"), ["2021-02-28", "2021-08-31"]],
    [every("half"), P("2021-01-01", "2021-12-31"), ["2021-06-30", "2021-12-31"]],
    [every("year"), P("2020-01-01", "2022-12-31"), ["2020-12-31", "2021-12-31", "2022-12-31"]],
    [every("year"), P("2020-09-01", "2021-08-31"), ["2021-08-31"]],
    [every("year"), P("2021-03-01", "2021-06-30"), ["2021-06-30"]],
    // A yearly duty on a named day; a named month without a day falls on its last day.
    [
      { ...every("year"), anchor: { month: 3, day: 25 } },
      P("2018-01-01", "2020-12-31"),
      ["2018-03-25", "2019-03-25", "2020-03-25"],
    ],
    [
      { ...every("year"), anchor: { month: 2, day: 0 } },
      P("2020-09-01", "2022-08-31"),
      ["2021-02-28", "2022-02-28"],
    ],
    [{ ...every("year"), anchor: { month: 10, day: 1 } }, P("2021-01-01", "2021-06-30"), []],
    [
      every("day"),
      P("2021-02-27", "2021-03-02"),
      ["2021-02-27", "2021-02-28", "2021-03-01", "2021-03-02"],
    ],
  ])("%j over %j", (rec, period, dates) => {
    expect(occurrences(rec, period).map(toIso)).toEqual(dates);
  });
});

describe("windowAround", () => {
  it("spans the as-of year and the next", () => {
    expect(windowAround(dayKey(2021, 3, 15))).toEqual({
      start: dayKey(2021, 1, 1),
      end: dayKey(2022, 12, 31),
    });
  });
});
