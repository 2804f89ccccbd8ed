import { findQuarters, spanMonths } from "../../../src/core/deadline/quarters";

const brief = (norm: string) => findQuarters(norm).map((m) => [m.kind, m.n, m.year]);

describe("findQuarters", () => {
  it.each([
    ["i квартал 2021", [["quarter", 1, 2021]]],
    ["4 квартал", [["quarter", 4, null]]],
    ["1-й квартал 2022 г.", [["quarter", 1, 2022]]],
    ["в третьем квартале", [["quarter", 3, null]]],
    [
      "iii - iv кв.",
      [
        ["quarter", 3, null],
        ["quarter", 4, null],
      ],
    ],
    [
      "ii, iv кв. 2021",
      [
        ["quarter", 2, 2021],
        ["quarter", 4, 2021],
      ],
    ],
    ["1 полугодие", [["half", 1, null]]],
    ["2-е полугодие 2021 года", [["half", 2, 2021]]],
    ["во втором полугодии", [["half", 2, null]]],
    ["первое полугодие", [["half", 1, null]]],
    ["3 четверть", [["term", 3, null]]],
  ])("%j", (norm, found) => {
    expect(brief(norm)).toEqual(found);
  });

  it("gives each numeral its own place so refiners read between them", () => {
    const [a, b] = findQuarters("iii - iv кв.");
    expect("iii - iv кв.".slice(a.end, b.index)).toBe(" - ");
  });

  it.each(["5 кв.", "15 кв.", "3 полугодие", "квартал", "кв. 12"])("%j is no quarter", (norm) => {
    expect(findQuarters(norm)).toEqual([]);
  });
});

describe("spanMonths", () => {
  it.each([
    ["quarter", 1, false, [1, 3]],
    ["quarter", 4, true, [10, 12]],
    ["half", 1, false, [1, 6]],
    ["half", 2, false, [7, 12]],
    ["half", 1, true, [9, 12]],
    ["half", 2, true, [1, 8]],
    ["term", 1, true, [9, 10]],
    ["term", 2, false, [11, 12]],
    ["term", 3, true, [1, 3]],
    ["term", 4, true, [4, 5]],
  ] as const)("%s %i (academic: %s) covers %j", (kind, n, academic, months) => {
    expect(spanMonths(kind, n, academic)).toEqual(months);
  });
});
