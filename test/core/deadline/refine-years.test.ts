import { dayKey, toIso } from "../../../src/core/deadline/calendar";
import { collectMentions } from "../../../src/core/deadline/collect";
import type { KeyPeriod } from "../../../src/core/deadline/context";
import { isDateMention } from "../../../src/core/deadline/mention";
import { normalize } from "../../../src/core/deadline/normalize";
import { rangeLinks } from "../../../src/core/deadline/refine-ranges";
import { resolveYears } from "../../../src/core/deadline/refine-years";

const ACADEMIC: KeyPeriod = { start: dayKey(2020, 9, 1), end: dayKey(2021, 8, 31) };
const CALENDAR: KeyPeriod = { start: dayKey(2021, 1, 1), end: dayKey(2021, 12, 31) };

function spans(text: string, period: KeyPeriod | null, academic = false): (string | null)[][] {
  const norm = normalize(text);
  const mentions = collectMentions(norm);
  const all = rangeLinks(norm, mentions);
  const dates = mentions.filter(isDateMention);
  const links = mentions.flatMap((m, i) => (isDateMention(m) ? [all[i]] : []));
  return resolveYears(dates, links, period, academic).map((r) => [
    r.first === null ? null : toIso(r.first),
    r.last === null ? null : toIso(r.last),
  ]);
}

describe("resolveYears", () => {
  it.each([
    [
      "Ноябрь- декабрь 2020",
      null,
      [
        ["2020-11-01", "2020-11-30"],
        ["2020-12-01", "2020-12-31"],
      ],
    ],
    [
      "Сентябрь- июнь 2021 года",
      null,
      [
        ["2020-09-01", "2020-09-30"],
        ["2021-06-01", "2021-06-30"],
      ],
    ],
    [
      "15.04 - 20.05.2022",
      null,
      [
        ["2022-04-15", "2022-04-15"],
        ["2022-05-20", "2022-05-20"],
      ],
    ],
    [
      "31.12 - 10.01.2022",
      null,
      [
        ["2021-12-31", "2021-12-31"],
        ["2022-01-10", "2022-01-10"],
      ],
    ],
    [
      "Сентябрь 2021 Июнь",
      null,
      [
        ["2021-09-01", "2021-09-30"],
        ["2022-06-01", "2022-06-30"],
      ],
    ],
    [
      "II, IV кв. 2021",
      null,
      [
        ["2021-04-01", "2021-06-30"],
        ["2021-10-01", "2021-12-31"],
      ],
    ],
    // A written year beats the period.
    ["Декабрь 2022", ACADEMIC, [["2022-12-01", "2022-12-31"]]],
    [
      "Март - июнь",
      CALENDAR,
      [
        ["2021-03-01", "2021-03-31"],
        ["2021-06-01", "2021-06-30"],
      ],
    ],
    [
      "Сентябрь - май",
      ACADEMIC,
      [
        ["2020-09-01", "2020-09-30"],
        ["2021-05-01", "2021-05-31"],
      ],
    ],
    // A range's end follows its start, even past the period.
    [
      "ноябрь - февраль",
      CALENDAR,
      [
        ["2021-11-01", "2021-11-30"],
        ["2022-02-01", "2022-02-28"],
      ],
    ],
    // Listed mentions each take their own year from the period.
    [
      "II, IV кв.",
      ACADEMIC,
      [
        ["2021-04-01", "2021-06-30"],
        ["2020-10-01", "2020-12-31"],
      ],
    ],
    ["29.02", CALENDAR, [["2021-02-28", "2021-02-28"]]],
    [
      "Март - июнь",
      null,
      [
        [null, null],
        [null, null],
      ],
    ],
  ])("%j in %j", (text, period, expected) => {
    expect(spans(text, period)).toEqual(expected);
  });

  it("reads a yearless half-year as a school half in an academic period", () => {
    expect(spans("1 полугодие", ACADEMIC, true)).toEqual([["2020-09-01", "2020-12-31"]]);
    expect(spans("2 полугодие", ACADEMIC, true)).toEqual([["2021-01-01", "2021-08-31"]]);
    expect(spans("2 полугодие 2021 г.", ACADEMIC, true)).toEqual([["2021-07-01", "2021-12-31"]]);
  });
});
