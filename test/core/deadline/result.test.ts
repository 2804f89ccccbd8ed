import { dayKey } from "../../../src/core/deadline/calendar";
import { makeDeadline, nextDue, sortedUnique, undated } from "../../../src/core/deadline/result";

const d = (m: number, day: number) => dayKey(2021, m, day);

describe("nextDue", () => {
  it("is the first date not passed on the as-of date", () => {
    expect(nextDue([d(3, 1), d(6, 1), d(9, 1)], d(4, 1))).toBe(d(6, 1));
    expect(nextDue([d(3, 1), d(6, 1)], d(6, 1))).toBe(d(6, 1));
  });

  it("is the last once all have passed, or when the as-of date is unknown", () => {
    expect(nextDue([d(3, 1), d(6, 1)], d(7, 1))).toBe(d(6, 1));
    expect(nextDue([d(3, 1), d(6, 1)], null)).toBe(d(6, 1));
  });

  it("is null without dates", () => {
    expect(nextDue([], d(1, 1))).toBeNull();
  });
});

describe("sortedUnique", () => {
  it("sorts and drops repeats", () => {
    expect(sortedUnique([d(6, 1), d(3, 1), d(6, 1)])).toEqual([d(3, 1), d(6, 1)]);
  });
});

describe("makeDeadline", () => {
  it("writes ISO dates", () => {
    expect(makeDeadline("т", "range", d(3, 1), d(6, 30), [d(6, 30)], false)).toEqual({
      text: "т",
      kind: "range",
      start: "2021-03-01",
      due: "2021-06-30",
      dates: ["2021-06-30"],
      needsYear: false,
    });
  });

  it("builds undated deadlines", () => {
    expect(undated("По графику", "vague")).toEqual({
      text: "По графику",
      kind: "vague",
      start: null,
      due: null,
      dates: [],
      needsYear: false,
    });
  });
});
