import { daysBetween, formatDay } from "../../../src/core/validate/dates";

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
