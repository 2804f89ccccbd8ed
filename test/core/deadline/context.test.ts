import { dayKey } from "../../../src/core/deadline/calendar";
import { isAcademic, readContext, readPeriod } from "../../../src/core/deadline/context";

describe("readPeriod", () => {
  it("reads a valid period", () => {
    expect(readPeriod({ start: "2020-09-01", end: "2021-08-31" })).toEqual({
      start: dayKey(2020, 9, 1),
      end: dayKey(2021, 8, 31),
    });
  });

  it.each([
    [{ start: "2021-12-31", end: "2021-01-01" }],
    [{ start: "2021-02-30", end: "2021-12-31" }],
    [{ start: "", end: "2021-12-31" }],
    [null],
  ])("treats %j as no period", (p) => {
    expect(readPeriod(p)).toBeNull();
  });
});

describe("readContext", () => {
  it("reads the as-of date, null when unreadable", () => {
    expect(readContext({ period: null, asOf: "2021-03-15" }).asOf).toBe(dayKey(2021, 3, 15));
    expect(readContext({ period: null, asOf: "15.03.2021" }).asOf).toBeNull();
  });

  it("reads a new context after another", () => {
    const a = readContext({
      period: { start: "2021-01-01", end: "2021-12-31" },
      asOf: "2021-03-15",
    });
    const b = readContext({
      period: { start: "2020-09-01", end: "2021-08-31" },
      asOf: "2021-03-15",
    });
    expect(a.period?.start).toBe(dayKey(2021, 1, 1));
    expect(b.period?.start).toBe(dayKey(2020, 9, 1));
  });
});

describe("isAcademic", () => {
  it("is a period starting on 1 September", () => {
    expect(isAcademic({ start: dayKey(2020, 9, 1), end: dayKey(2021, 8, 31) })).toBe(true);
    expect(isAcademic({ start: dayKey(2021, 1, 1), end: dayKey(2021, 12, 31) })).toBe(false);
    expect(isAcademic(null)).toBe(false);
  });
});
