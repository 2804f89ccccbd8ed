import { isDateMention, mention } from "../../../src/core/deadline/mention";

describe("mention", () => {
  it("fills what a parser leaves out", () => {
    expect(mention("month", 3, 16, { year: 2020, n: 9 })).toEqual({
      kind: "month",
      index: 3,
      end: 16,
      year: 2020,
      n: 9,
      day: 0,
      endYear: 0,
      academic: false,
      qualified: false,
      prep: null,
      prepIndex: 3,
    });
  });

  it.each([
    ["day", true],
    ["month", true],
    ["quarter", true],
    ["half", true],
    ["term", true],
    ["years", false],
    ["context", false],
  ] as const)("%s names calendar days: %s", (kind, dated) => {
    expect(isDateMention(mention(kind, 0, 1, {}))).toBe(dated);
  });
});
