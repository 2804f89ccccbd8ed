import { findNumericDates } from "../../../src/core/deadline/numeric-dates";

const brief = (norm: string) =>
  findNumericDates(norm).map((m) => [m.day, m.n, m.year, norm.slice(m.index, m.end)]);

describe("findNumericDates", () => {
  it.each([
    ["01.10.2021", [[1, 10, 2021, "01.10.2021"]]],
    ["до 01.10.2022", [[1, 10, 2022, "01.10.2022"]]],
    ["1.10.21", [[1, 10, 2021, "1.10.21"]]],
    ["01.10", [[1, 10, null, "01.10"]]],
    ["29.02", [[29, 2, null, "29.02"]]],
    ["01/10/2021", [[1, 10, 2021, "01/10/2021"]]],
    ["2021-10-01", [[1, 10, 2021, "2021-10-01"]]],
    ["01.10.2021 г.", [[1, 10, 2021, "01.10.2021 г."]]],
    [
      "25.02.2021- 12.12.2021",
      [
        [25, 2, 2021, "25.02.2021"],
        [12, 12, 2021, "12.12.2021"],
      ],
    ],
    [
      "15.04 - 20.05.2022",
      [
        [15, 4, null, "15.04"],
        [20, 5, 2022, "20.05.2022"],
      ],
    ],
    ["12.04.2022, актовый зал мбоу сош № 3, 14.00", [[12, 4, 2022, "12.04.2022"]]],
  ])("%j", (norm, found) => {
    expect(brief(norm)).toEqual(found);
  });

  it.each([
    ["14.00", "a time: month 00"],
    ["10.30 ч", "a time: month 30"],
    ["10.10 ч", "a time, by the hour word"],
    ["3.3.", "an item number"],
    ["1.2.3", "a section number"],
    ["15.4", "a one-digit month without a year"],
    ["01/10", "a fraction-like slash without a year"],
    ["31.02.2021", "no such day"],
    ["32.01.2021", "no such day"],
    ["01.13.2021", "no such month"],
    ["01.10.202", "a broken year"],
    ["01.10.1850", "a year out of range"],
    ["2021-13-01", "no such month"],
  ])("%j is no date (%s)", (norm) => {
    expect(findNumericDates(norm)).toEqual([]);
  });
});
