import { readContext } from "../../../src/core/deadline/context";
import { fromYearColumns } from "../../../src/core/deadline/year-columns";
import type { CellValue } from "../../../src/core/grid";
import { CALENDAR_2020_2022, deadline } from "./support";

const ctx = readContext({ period: CALENDAR_2020_2022, asOf: "2021-06-01" });
const cols = (...values: CellValue[]) => values.map((value, i) => ({ year: 2020 + i, value }));

describe("fromYearColumns", () => {
  it("lists every year column in the text", () => {
    expect(fromYearColumns(cols("2", "0", null), ctx).text).toBe(
      "2020 г.: 2; 2021 г.: 0; 2022 г.: ",
    );
  });

  it("is due at the end of the one planned year", () => {
    expect(fromYearColumns(cols("0", "1", "0"), ctx)).toEqual(
      deadline("2020 г.: 0; 2021 г.: 1; 2022 г.: 0", ["date", null, "2021-12-31", ["2021-12-31"]]),
    );
  });

  it("narrows a year to a month the value names", () => {
    expect(fromYearColumns(cols("", "1 (май)", ""), ctx)).toEqual(
      deadline("2020 г.: ; 2021 г.: 1 (май); 2022 г.: ", [
        "date",
        null,
        "2021-05-31",
        ["2021-05-31"],
      ]),
    );
  });

  it("gives checkpoints for several planned years, due the next", () => {
    expect(fromYearColumns(cols("не менее 1", "1; 2", "2 (март, ноябрь)"), ctx)).toEqual(
      deadline("2020 г.: не менее 1; 2021 г.: 1; 2; 2022 г.: 2 (март, ноябрь)", [
        "checkpoints",
        null,
        "2021-12-31",
        ["2020-12-31", "2021-12-31", "2022-03-31", "2022-11-30"],
      ]),
    );
  });

  it.each([
    [["0", "0", "0"]],
    [["", null, "-"]],
    [[0, "нет", "0; 0"]],
    [[false, "—", " "]],
  ] as CellValue[][][])("is missing when nothing is planned: %j", (values) => {
    expect(fromYearColumns(cols(...values), ctx).kind).toBe("missing");
  });

  it("takes numbers, booleans and dates as planned values", () => {
    expect(fromYearColumns(cols(3, true, new Date(Date.UTC(2022, 2, 1))), ctx).dates).toEqual([
      "2020-12-31",
      "2021-12-31",
      "2022-12-31",
    ]);
  });

  it.each([2020.5, 1800, 3000, Number.NaN])(
    "refuses a year column %d with a clear message",
    (year) => {
      expect(() => fromYearColumns([{ year, value: "1" }], ctx)).toThrow(
        /Year column .*expected a whole year/,
      );
    },
  );
});

describe("fromYearColumns: years marked rather than planned", () => {
  it("reads marks from the first marked year's start to the last one's end", () => {
    const d = fromYearColumns(
      [
        { year: 2020, value: null },
        { year: 2021, value: "х" },
        { year: 2022, value: "+" },
      ],
      ctx,
    );
    expect([d.kind, d.start, d.due]).toEqual(["range", "2021-01-01", "2022-12-31"]);
  });

  it("keeps planned numbers as checkpoints (seed 002)", () => {
    const d = fromYearColumns(
      [
        { year: 2021, value: 1 },
        { year: 2022, value: "х" },
      ],
      ctx,
    );
    expect(d.kind).toBe("checkpoints");
  });
});
