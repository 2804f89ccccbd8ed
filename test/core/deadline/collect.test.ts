import { collectMentions } from "../../../src/core/deadline/collect";
import { normalize } from "../../../src/core/deadline/normalize";

const kinds = (text: string) => {
  const norm = normalize(text);
  return collectMentions(norm).map((m) => [m.kind, norm.slice(m.index, m.end)]);
};

describe("collectMentions", () => {
  it.each([
    ["Сентябрь 2020", [["month", "сентябрь 2020"]]],
    ["01.10.2021", [["day", "01.10.2021"]]],
    ["2-е полугодие 2021 года", [["half", "2-е полугодие 2021 года"]]],
    ["В течение учебного года 2021-2022", [["years", "учебного года 2021-2022"]]],
    ["В течение года (по графику)", [["context", "в течение года"]]],
    [
      "В течение 2021-2022 учебного года, До декабря 2022 года",
      [
        ["years", "2021-2022 учебного года"],
        ["month", "декабря 2022 года"],
      ],
    ],
    [
      "Утверждаю «25» августа 2020 г., на 2021 год",
      [
        ["day", "25 августа 2020 г."],
        ["years", "2021 год"],
      ],
    ],
    ["По графику", []],
  ])("%j", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it("keeps mentions in text order without overlaps", () => {
    const norm = normalize("25.02.2021- 12.12.2021, I квартал 2022, 2023 г.");
    const ms = collectMentions(norm);
    for (let i = 1; i < ms.length; i++) expect(ms[i].index).toBeGreaterThanOrEqual(ms[i - 1].end);
    expect(ms.map((m) => m.kind)).toEqual(["day", "day", "quarter", "years"]);
  });
});
