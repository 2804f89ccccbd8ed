import { cellText, type CellValue } from "../../src/core/grid";

describe("cellText", () => {
  it.each([
    [null, ""],
    ["  до 01.10.2021 ", "до 01.10.2021"],
    [new Date(Date.UTC(2021, 9, 1)), "2021-10-01"],
    [new Date(Number.NaN), ""],
    [false, "FALSE"],
    [44470, "44470"],
  ] as [CellValue, string][])("%p → %j", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
