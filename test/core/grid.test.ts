import { cellText, isBlankValue, type CellValue } from "../../src/core/grid";

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

describe("isBlankValue: one meaning of «nothing» for every field", () => {
  it.each([null, "", "  ", "-", "—", " – ", ".", "-.", "\n-\n", "_", "/"])(
    "%j says nothing",
    (v) => {
      expect(isBlankValue(v)).toBe(true);
    },
  );
  it.each(["Иванов И.И.", "0", 0, "+", "?", new Date(Date.UTC(2021, 8, 1)), false])(
    "%j says something",
    (v) => {
      expect(isBlankValue(v)).toBe(false);
    },
  );
});
