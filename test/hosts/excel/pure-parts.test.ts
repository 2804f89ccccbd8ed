import { parseAddress, splitAddressList } from "../../../src/hosts/excel/address";
import { detectCapabilities } from "../../../src/hosts/excel/capabilities";
import { halve, planBatches, type UsedRange } from "../../../src/hosts/excel/chunks";
import { dateOfExcelSerial, excelSerialOf } from "../../../src/core/grid";
import { isDateFormat, toCellValue } from "../../../src/hosts/excel/number-format";

describe("number formats", () => {
  it.each([
    ["dd.mm.yyyy", true],
    ["d/m/yy", true],
    ["[$-419]d mmmm yyyy", true],
    ["mmmm", true],
    ["ДД.ММ.ГГГГ", true],
    ["dd.mm.yyyy h:mm", true],
    ["h:mm", false],
    ["mm:ss", false],
    ["General", false],
    ["@", false],
    ["0.00", false],
    ['0" дней"', false],
    ["#,##0;[Red]-#,##0", false],
    ["", false],
  ])("%s is a date format: %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it("turns Excel serials into the calendar day at UTC midnight", () => {
    expect(dateOfExcelSerial(44256)).toEqual(new Date(Date.UTC(2021, 2, 1)));
    expect(dateOfExcelSerial(44256.75)).toEqual(new Date(Date.UTC(2021, 2, 1)));
    expect(dateOfExcelSerial(1)).toEqual(new Date(Date.UTC(1899, 11, 31)));
    expect(excelSerialOf(new Date(Date.UTC(2021, 2, 1)))).toBe(44256);
  });

  it("keeps values as the core expects them", () => {
    expect(toCellValue("", "General")).toBeNull();
    expect(toCellValue(44256, "dd.mm.yyyy")).toEqual(new Date(Date.UTC(2021, 2, 1)));
    expect(toCellValue(44256, "General")).toBe(44256);
    expect(toCellValue(0, "dd.mm.yyyy")).toBe(0);
    expect(toCellValue(true, "General")).toBe(true);
    expect(toCellValue("До 01.10.2021", "@")).toBe("До 01.10.2021");
  });
});

describe("addresses", () => {
  it("reads sheet names with quotes, commas and apostrophes", () => {
    expect(parseAddress("'План работ'!B2:C5")).toEqual({
      sheet: "План работ",
      top: 2,
      left: 2,
      bottom: 5,
      right: 3,
    });
    expect(parseAddress("Лист1!$A$1")).toEqual({
      sheet: "Лист1",
      top: 1,
      left: 1,
      bottom: 1,
      right: 1,
    });
    expect(parseAddress("'О''Нил'!AA10:AB3").sheet).toBe("О'Нил");
    expect(parseAddress("AA10:AB3")).toMatchObject({ top: 3, bottom: 10, left: 27, right: 28 });
  });

  it("splits address lists but not inside quoted names", () => {
    expect(splitAddressList("'a,b'!A1:B2,'a,b'!D4, C!E5")).toEqual([
      "'a,b'!A1:B2",
      "'a,b'!D4",
      "C!E5",
    ]);
    expect(splitAddressList("")).toEqual([]);
  });

  it("says which address it could not read", () => {
    expect(() => parseAddress("Лист1!R1C1")).toThrow(
      "Не удалось прочитать адрес ячейки «Лист1!R1C1»",
    );
  });
});

describe("read batches", () => {
  const range = (sheet: string, rowCount: number, columnCount: number): UsedRange => ({
    sheet,
    rowIndex: 0,
    columnIndex: 0,
    rowCount,
    columnCount,
  });

  it("puts a normal workbook into one batch", () => {
    const batches = planBatches([range("a", 300, 8), range("b", 50, 4)], 200_000);
    expect(batches).toEqual([
      [
        { range: 0, rowOffset: 0, rowCount: 300 },
        { range: 1, rowOffset: 0, rowCount: 50 },
      ],
    ]);
  });

  it("cuts a big range into row blocks within the budget", () => {
    const batches = planBatches([range("a", 10, 10)], 30);
    expect(batches).toEqual([
      [{ range: 0, rowOffset: 0, rowCount: 3 }],
      [{ range: 0, rowOffset: 3, rowCount: 3 }],
      [{ range: 0, rowOffset: 6, rowCount: 3 }],
      [{ range: 0, rowOffset: 9, rowCount: 1 }],
    ]);
  });

  it("reads a row wider than the budget alone", () => {
    expect(planBatches([range("a", 2, 50)], 30)).toEqual([
      [{ range: 0, rowOffset: 0, rowCount: 1 }],
      [{ range: 0, rowOffset: 1, rowCount: 1 }],
    ]);
  });

  it("halves blocks down to a single row", () => {
    expect(halve({ range: 0, rowOffset: 4, rowCount: 5 })).toEqual([
      { range: 0, rowOffset: 4, rowCount: 2 },
      { range: 0, rowOffset: 6, rowCount: 3 },
    ]);
    expect(halve({ range: 0, rowOffset: 4, rowCount: 1 })).toBeNull();
  });
});

describe("capabilities", () => {
  it("maps requirement sets to features", () => {
    const supported = new Set(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"]);
    const caps = detectCapabilities(
      (name, version) => name === "ExcelApi" && supported.has(version),
    );
    expect(caps).toEqual({
      read: true,
      highlight: true,
      rangeAreas: false,
      statusColumn: true,
      print: false,
      merges: false,
    });
    supported.add("1.9");
    const v19 = detectCapabilities(
      (name, version) => name === "ExcelApi" && supported.has(version),
    );
    expect([v19.rangeAreas, v19.print, v19.merges]).toEqual([true, true, false]);
  });
});
