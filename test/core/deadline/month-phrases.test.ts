import { findMonthPhrases } from "../../../src/core/deadline/month-phrases";

const brief = (norm: string) =>
  findMonthPhrases(norm).map((m) => [m.kind, m.day, m.n, m.year, norm.slice(m.index, m.end)]);

describe("findMonthPhrases", () => {
  it.each([
    ["сентябрь 2020", [["month", 0, 9, 2020, "сентябрь 2020"]]],
    ["июнь 2021 г.", [["month", 0, 6, 2021, "июнь 2021 г."]]],
    ["до декабря 2022 года", [["month", 0, 12, 2022, "декабря 2022 года"]]],
    ["сентябрь", [["month", 0, 9, null, "сентябрь"]]],
    ["сент. 2021", [["month", 0, 9, 2021, "сент. 2021"]]],
    ["до 23 сентября 2020", [["day", 23, 9, 2020, "23 сентября 2020"]]],
    ["не позднее 1 октября", [["day", 1, 10, null, "1 октября"]]],
    ["1-го октября 2021 г.", [["day", 1, 10, 2021, "1-го октября 2021 г."]]],
    [
      "с 10 по 20 апреля 2022 г.",
      [
        ["day", 10, 4, 2022, "10"],
        ["day", 20, 4, 2022, "20 апреля 2022 г."],
      ],
    ],
    [
      "10 и 20 мая",
      [
        ["day", 10, 5, null, "10"],
        ["day", 20, 5, null, "20 мая"],
      ],
    ],
    [
      "ноябрь- декабрь 2020",
      [
        ["month", 0, 11, null, "ноябрь"],
        ["month", 0, 12, 2020, "декабрь 2020"],
      ],
    ],
    [
      "сентябрь 2022/февраль 2023",
      [
        ["month", 0, 9, 2022, "сентябрь 2022"],
        ["month", 0, 2, 2023, "февраль 2023"],
      ],
    ],
    // A year that starts a pair belongs to the period parser.
    ["сентябрь 2020-2021 уч. года", [["month", 0, 9, null, "сентябрь"]]],
    // No such day: the month alone is still read.
    ["45 мая 2021", [["month", 0, 5, 2021, "мая 2021"]]],
    ["31 февраля", [["month", 0, 2, null, "февраля"]]],
  ])("%j", (norm, found) => {
    expect(brief(norm)).toEqual(found);
  });

  it.each(["сентябрьский", "марка", "2021 - 25", "иванов"])("%j names no month", (norm) => {
    expect(findMonthPhrases(norm)).toEqual([]);
  });
});
