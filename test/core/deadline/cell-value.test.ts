import { readContext } from "../../../src/core/deadline/context";
import { parseCell } from "../../../src/core/deadline/cell-value";
import type { CellValue } from "../../../src/core/grid";
import { CALENDAR_2021, deadline, type Expected } from "./support";

const ctx = readContext({ period: CALENDAR_2021, asOf: "2021-06-01" });

describe("parseCell", () => {
  it.each([
    [new Date(Date.UTC(2021, 9, 1)), "2021-10-01", ["date", null, "2021-10-01", ["2021-10-01"]]],
    [44470, "44470", ["date", null, "2021-10-01", ["2021-10-01"]]],
    [36526, "36526", ["date", null, "2000-01-01", ["2000-01-01"]]],
    [73050, "73050", ["date", null, "2099-12-31", ["2099-12-31"]]],
    [2021, "2021", ["period", "2021-01-01", "2021-12-31", ["2021-12-31"]]],
    [2000, "2000", ["period", "2000-01-01", "2000-12-31", ["2000-12-31"]]],
    [5, "5", ["unparsed", null, null, []]],
    [1999, "1999", ["unparsed", null, null, []]],
    [73051, "73051", ["unparsed", null, null, []]],
    [-1, "-1", ["unparsed", null, null, []]],
    [Number.NaN, "NaN", ["unparsed", null, null, []]],
    [true, "TRUE", ["unparsed", null, null, []]],
    [null, "", ["missing", null, null, []]],
    [new Date(Number.NaN), "", ["unparsed", null, null, []]],
    [new Date(Date.UTC(1850, 0, 1)), "1850-01-01", ["unparsed", null, null, []]],
    ["  Сентябрь 2021  ", "Сентябрь 2021", ["date", null, "2021-09-30", ["2021-09-30"]]],
  ] as [CellValue, string, Expected][])("%p", (value, text, e) => {
    expect(parseCell(value, ctx)).toEqual(deadline(text, e));
  });
});
