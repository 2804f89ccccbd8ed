import {
  columnsOf,
  fieldColumn,
  hasColumn,
  isBlankValue,
  roleCells,
  roleText,
} from "../../../src/core/validate/cells";
import { buinsk, kislovodsk } from "./fixtures";

describe("isBlankValue", () => {
  it.each([null, "", "   ", "-", "—", "–", " - ", "--", "\n"])("%j is empty", (v) => {
    expect(isBlankValue(v)).toBe(true);
  });

  it.each(["Гранчак А.Н.", "-1", 0, false, new Date(Date.UTC(2021, 9, 1))])(
    "%j is not empty",
    (v) => {
      expect(isBlankValue(v)).toBe(false);
    },
  );
});

describe("reading cells by role", () => {
  const table = kislovodsk();
  const row = table.rows[1];

  it("finds the columns of a role in table order", () => {
    expect(columnsOf(table, "deadline").map((c) => c.column)).toEqual(["E", "F", "G"]);
    expect(fieldColumn(table, "deadline")).toBe("E");
    expect(fieldColumn(table, "status")).toBeNull();
    expect(hasColumn(table, "responsible")).toBe(true);
    expect(hasColumn(table, "status")).toBe(false);
  });

  it("aligns values with the table's columns", () => {
    expect(roleCells(table, row, "deadline").map((c) => [c.column.year, c.value])).toEqual([
      [2020, 0],
      [2021, 1],
      [2022, 0],
    ]);
  });

  it("joins several cells of one role with line breaks and gives null for none", () => {
    expect(roleText(table, row, "deadline")).toBe("0\n1\n0");
    expect(roleText(table, row, "status")).toBeNull();
    const b = buinsk();
    expect(roleText(b, b.rows[2], "expectedResult")).toBeNull();
    expect(roleText(b, b.rows[1], "responsible")).toBe("Македонская Н.А.\nДиректор ОО");
  });
});
