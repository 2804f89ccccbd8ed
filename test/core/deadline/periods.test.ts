import { findContextPhrases, findYears } from "../../../src/core/deadline/periods";

const years = (norm: string) =>
  findYears(norm).map((m) => ({
    from: m.year,
    to: m.endYear,
    academic: m.academic,
    qualified: m.qualified,
  }));

describe("findYears", () => {
  it.each([
    ["2021 г.", 2021, 2021, false, true],
    ["2021 год", 2021, 2021, false, true],
    ["в 2021 году", 2021, 2021, false, true],
    ["на 2021", 2021, 2021, false, true],
    ["2021", 2021, 2021, false, false],
    ["2021-2022 гг.", 2021, 2022, false, true],
    ["в 2020-2022 гг.", 2020, 2022, false, true],
    ["2021-2022", 2021, 2022, false, false],
    ["2020-2021 учебного года", 2020, 2021, true, true],
    ["в 2021-2022 учебном году", 2021, 2022, true, true],
    ["учебного года 2021-2022", 2021, 2022, true, true],
    ["на 2021-2022 учебный год", 2021, 2022, true, true],
    ["2021-2022 уч. г.", 2021, 2022, true, true],
    ["2020/2021", 2020, 2021, true, false],
    ["на период 2020/2021 учебного года", 2020, 2021, true, true],
    ["2021/22 учебный год", 2021, 2022, true, true],
    ["2020/2022", 2020, 2022, false, false],
    ["2022-2021", 2022, 2022, false, false],
  ])("%j", (norm, from, to, academic, qualified) => {
    expect(years(norm)).toEqual([{ from, to, academic, qualified }]);
  });

  it.each(["01.10.2021", "5000 консультаций", "1999", "21.12"])("%j names no year", (norm) => {
    expect(findYears(norm)).toEqual([]);
  });
});

describe("findContextPhrases", () => {
  it.each(["до конца года", "к концу учебного года", "до конца срока реализации"])(
    "%j means the end of the table's period",
    (norm) => {
      expect(findContextPhrases(norm).map((m) => [m.kind, m.prep])).toEqual([
        ["context", "untilEnd"],
      ]);
    },
  );

  it.each([
    "в течение года",
    "в течение учебного года",
    "в течении года",
    "в течение уч. года",
    "в течение всего срока реализации",
    "в течение всего периода",
    "на протяжении года",
    "постоянно",
    "систематически",
    "в течение года (по графику)",
  ])("%j means the table's period", (norm) => {
    expect(findContextPhrases(norm)).toHaveLength(1);
  });

  it.each([
    "в течение учебного года 2021-2022",
    "в течение 2020-2021 учебного года",
    "в течение месяца",
    "годовой отчет",
  ])("%j does not", (norm) => {
    expect(findContextPhrases(norm)).toEqual([]);
  });
});
