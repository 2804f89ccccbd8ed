import { inferYear, yearsPeriod } from "../../../src/core/deadline/academic-year";
import { dayKey, toIso } from "../../../src/core/deadline/calendar";
import type { KeyPeriod } from "../../../src/core/deadline/context";

const period = (a: [number, number, number], b: [number, number, number]): KeyPeriod => ({
  start: dayKey(...a),
  end: dayKey(...b),
});
const ACADEMIC = period([2020, 9, 1], [2021, 8, 31]);
const CALENDAR = period([2021, 1, 1], [2021, 12, 31]);
const SEVERAL = period([2020, 1, 1], [2022, 12, 31]);

describe("inferYear", () => {
  it.each([
    ["September in an academic year", ACADEMIC, 901, 930, 2020],
    ["December in an academic year", ACADEMIC, 1201, 1231, 2020],
    ["January in an academic year", ACADEMIC, 101, 131, 2021],
    ["August in an academic year", ACADEMIC, 801, 831, 2021],
    ["a day in October of an academic year", ACADEMIC, 1001, 1001, 2020],
    ["March of a calendar year", CALENDAR, 301, 331, 2021],
    ["a yearless month over several years has no year", SEVERAL, 601, 630, null],
    [
      "a month in two school years has no year",
      period([2022, 9, 1], [2024, 5, 31]),
      1001,
      1031,
      null,
    ],
    [
      "June in that plan falls in one year only",
      period([2022, 9, 1], [2024, 5, 31]),
      601,
      630,
      2023,
    ],
    // The third quarter straddles 1 September: inside no year, it takes the first it touches.
    ["the third quarter of an academic year", ACADEMIC, 701, 931, 2020],
    [
      "a month outside a short period takes its start year",
      period([2021, 3, 1], [2021, 5, 31]),
      901,
      930,
      2021,
    ],
  ])("%s", (_what, p, from, to, year) => {
    expect(inferYear(p, from, to)).toBe(year);
  });
});

describe("yearsPeriod", () => {
  const iso = (p: KeyPeriod | null) => (p === null ? null : [toIso(p.start), toIso(p.end)]);

  it.each([
    [2021, 2021, false, ["2021-01-01", "2021-12-31"]],
    [2020, 2022, false, ["2020-01-01", "2022-12-31"]],
    [2020, 2021, true, ["2020-09-01", "2021-08-31"]],
    [2021, 2021, true, ["2021-09-01", "2022-08-31"]],
    [2020, 2022, true, ["2020-09-01", "2022-08-31"]],
  ])("%i..%i academic %s", (a, b, academic, expected) => {
    expect(iso(yearsPeriod(a, b, academic))).toEqual(expected);
  });

  it("refuses years out of range", () => {
    expect(yearsPeriod(2199, 2199, true)).toBeNull();
    expect(yearsPeriod(1800, 1801, false)).toBeNull();
  });
});
