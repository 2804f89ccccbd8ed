import { findMonthPhrases } from "../../../src/core/deadline/month-phrases";
import { findNumericDates } from "../../../src/core/deadline/numeric-dates";
import { attachPreps } from "../../../src/core/deadline/refine-preps";

function preps(norm: string) {
  const ms = [...findNumericDates(norm), ...findMonthPhrases(norm)].sort(
    (a, b) => a.index - b.index,
  );
  attachPreps(norm, ms);
  return ms.map((m) => [m.prep, norm.slice(m.prepIndex, m.index)]);
}

describe("attachPreps", () => {
  it.each([
    ["до 01.10.2021", [["until", "до "]]],
    ["не позднее 1 октября", [["until", "не позднее "]]],
    ["не позже 01.10.2021", [["until", "не позже "]]],
    ["к 1 сентября 2021", [["until", "к "]]],
    ["до конца декабря 2022", [["untilEnd", "до конца "]]],
    ["по 20 апреля", [["through", "по "]]],
    ["с 1 сентября 2022 г.", [["from", "с "]]],
    ["со 2 сентября", [["from", "со "]]],
    ["начиная с 01.09.2021", [["from", "начиная с "]]],
    ["приказ от 01.09.2021", [["since", "от "]]],
    ["сентябрь 2020", [[null, ""]]],
    ["срок до 01.10.2021", [["until", "до "]]],
    [
      "с 10 по 20 апреля 2022 г.",
      [
        ["from", "с "],
        ["through", "по "],
      ],
    ],
    [
      "01.09.2021 до 31.05.2022",
      [
        [null, ""],
        ["until", "до "],
      ],
    ],
  ])("%j", (norm, found) => {
    expect(preps(norm)).toEqual(found);
  });

  it.each(["погода 01.10.2021", "ландо 01.10.2021", "свод 01.10.2021", "нос 01.10.2021"])(
    "%j: a word ending like a preposition is none",
    (norm) => {
      expect(preps(norm)).toEqual([[null, ""]]);
    },
  );

  it("reads only the words after the previous mention", () => {
    expect(preps("до 01.09.2021 01.10.2021")).toEqual([
      ["until", "до "],
      [null, ""],
    ]);
  });
});
