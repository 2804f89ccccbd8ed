import {
  addDays,
  addMonths,
  clampedDay,
  dayKey,
  daysBetween,
  daysInMonth,
  formatDay,
  fromExcelSerial,
  fromIso,
  fromUtcDate,
  isPlausibleSerial,
  isValidDay,
  lastDayOfMonth,
  maxDaysInMonth,
  toIso,
  weekday,
} from "../../../src/core/deadline/calendar";

describe("day keys", () => {
  it("sort like the dates they stand for", () => {
    expect(dayKey(2020, 12, 31) < dayKey(2021, 1, 1)).toBe(true);
    expect(dayKey(2021, 2, 28) < dayKey(2021, 3, 1)).toBe(true);
  });

  it.each([
    ["2021-10-01", 20211001],
    ["1900-01-01", 19000101],
    ["2199-12-31", 21991231],
  ])("round-trip %s through ISO", (iso, key) => {
    expect(fromIso(iso)).toBe(key);
    expect(toIso(key)).toBe(iso);
  });

  it.each([
    "2021-02-29",
    "2021-13-01",
    "2021-00-10",
    "21-10-01",
    "2021-10-1",
    "1899-12-31",
    "2200-01-01",
    "",
    "x",
  ])("refuse %j", (s) => {
    expect(fromIso(s)).toBeNull();
  });
});

describe("months", () => {
  it.each([
    [2020, 2, 29],
    [2021, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2021, 4, 30],
    [2021, 12, 31],
  ])("%i-%i has %i days", (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
    expect(lastDayOfMonth(y, m)).toBe(dayKey(y, m, d));
  });

  it("allows 29 February in a yearless date", () => {
    expect(maxDaysInMonth(2)).toBe(29);
    expect(maxDaysInMonth(11)).toBe(30);
  });

  it("pulls a day back to the month's end", () => {
    expect(clampedDay(2021, 4, 31)).toBe(dayKey(2021, 4, 30));
    expect(clampedDay(2021, 2, 29)).toBe(dayKey(2021, 2, 28));
    expect(clampedDay(2021, 5, 10)).toBe(dayKey(2021, 5, 10));
  });

  it("validates whole dates", () => {
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(2023, 0, 1)).toBe(false);
    expect(isValidDay(1800, 1, 1)).toBe(false);
  });
});

describe("arithmetic", () => {
  it("adds days across months and years", () => {
    expect(addDays(dayKey(2020, 12, 31), 1)).toBe(dayKey(2021, 1, 1));
    expect(addDays(dayKey(2021, 3, 1), -1)).toBe(dayKey(2021, 2, 28));
    expect(addDays(dayKey(2020, 2, 28), 1)).toBe(dayKey(2020, 2, 29));
  });

  it("adds months, keeping to the month's end", () => {
    expect(addMonths(dayKey(2021, 1, 31), 1)).toBe(dayKey(2021, 2, 28));
    expect(addMonths(dayKey(2020, 9, 1), 12)).toBe(dayKey(2021, 9, 1));
    expect(addMonths(dayKey(2021, 11, 15), 3)).toBe(dayKey(2022, 2, 15));
    expect(addMonths(dayKey(2021, 1, 15), -3)).toBe(dayKey(2020, 10, 15));
  });

  it("knows the weekday", () => {
    expect(weekday(dayKey(2021, 1, 3))).toBe(0);
    expect(weekday(dayKey(2021, 10, 1))).toBe(5);
  });
});

describe("Excel values", () => {
  it.each([
    [36526, "2000-01-01"],
    [44470, "2021-10-01"],
    [44470.75, "2021-10-01"],
    [73050, "2099-12-31"],
  ])("serial %d is %s", (serial, iso) => {
    expect(isPlausibleSerial(serial)).toBe(true);
    expect(toIso(fromExcelSerial(serial))).toBe(iso);
  });

  it.each([36525, 73051, 5, 2021, -1])("%d is no plausible serial", (n) => {
    expect(isPlausibleSerial(n)).toBe(false);
  });

  it("reads a real date by its UTC day", () => {
    expect(fromUtcDate(new Date(Date.UTC(2021, 9, 1)))).toBe(dayKey(2021, 10, 1));
    expect(fromUtcDate(new Date(Date.UTC(2021, 9, 1, 23, 59)))).toBe(dayKey(2021, 10, 1));
  });

  it("refuses invalid dates and far years", () => {
    expect(fromUtcDate(new Date(NaN))).toBeNull();
    expect(fromUtcDate(new Date(Date.UTC(1812, 0, 1)))).toBeNull();
    expect(fromUtcDate(new Date(Date.UTC(2500, 0, 1)))).toBeNull();
  });
});

describe("daysBetween", () => {
  it("counts calendar days, positive forwards", () => {
    expect(daysBetween("2021-10-15", "2022-01-15")).toBe(92);
    expect(daysBetween("2022-01-15", "2021-10-15")).toBe(-92);
    expect(daysBetween("2021-10-20", "2021-10-20")).toBe(0);
  });

  it("is not shifted by daylight saving or leap days", () => {
    expect(daysBetween("2021-03-27", "2021-03-29")).toBe(2);
    expect(daysBetween("2020-02-28", "2020-03-01")).toBe(2);
  });

  it("rejects text that is not an ISO day", () => {
    expect(() => daysBetween("15.10.2021", "2021-10-20")).toThrow("YYYY-MM-DD");
  });
});

describe("formatDay", () => {
  it("writes dd.mm.yyyy", () => {
    expect(formatDay("2021-10-05")).toBe("05.10.2021");
  });
});
