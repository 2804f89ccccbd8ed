import { dayKey, toIso } from "../../../src/core/deadline/calendar";
import { collectMentions } from "../../../src/core/deadline/collect";
import {
  composeDeadline,
  explicitPeriod,
  recurringDeadline,
} from "../../../src/core/deadline/compose";
import { readContext, type KeyPeriod } from "../../../src/core/deadline/context";
import { normalize } from "../../../src/core/deadline/normalize";
import type { Period } from "../../../src/core/deadline/types";
import { ACADEMIC_2021, CALENDAR_2021, deadline, type Expected } from "./support";

function compose(text: string, period: Period | null, asOf = "2021-03-15") {
  const norm = normalize(text);
  return composeDeadline(text, norm, collectMentions(norm), readContext({ period, asOf }));
}

describe("composeDeadline decisions", () => {
  it.each([
    // A start with no end runs to the period's end when the period ends after it…
    ["С 1 сентября 2021 г.", ACADEMIC_2021, ["range", "2021-09-01", "2022-08-31", ["2022-08-31"]]],
    [
      "начиная с октября 2021",
      ACADEMIC_2021,
      ["range", "2021-10-01", "2022-08-31", ["2022-08-31"]],
    ],
    // …and is open otherwise: a start that needs its end or the table's period.
    ["С 1 сентября 2021 г.", null, ["range", "2021-09-01", null, [], false, true]],
    // "от" alone is the date of a document, not the start of a range.
    ["приказ от 01.09.2021", ACADEMIC_2021, ["date", null, "2021-09-01", ["2021-09-01"]]],
    ["от 1 до 10 мая 2021", null, ["range", "2021-05-01", "2021-05-10", ["2021-05-10"]]],
    // A named period and one "до" date make a range from the period's start.
    [
      "В течение года, до 01.12.2021",
      CALENDAR_2021,
      ["range", "2021-01-01", "2021-12-01", ["2021-12-01"]],
    ],
    [
      "В течение 2021 года, до конца ноября",
      null,
      ["range", "2021-01-01", "2021-11-30", ["2021-11-30"]],
    ],
    // …unless the date comes before the period.
    ["В течение 2022 года, до 01.12.2021", null, ["date", null, "2021-12-01", ["2021-12-01"]]],
    // With the table's period unknown, "в течение года, до …" keeps only its date.
    ["В течение года, до 01.12.2021", null, ["date", null, "2021-12-01", ["2021-12-01"]]],
    ["В течение года, до 1 декабря", null, ["range", null, null, [], true]],
    // Periods only: several explicit years join.
    ["2021 г., 2022 г.", null, ["period", "2021-01-01", "2022-12-31", ["2022-12-31"]]],
    // A range among checkpoints counts by its end.
    [
      "01.04.2021- 31.05.2021, 01.09.2021- 30.10.2021",
      null,
      ["checkpoints", null, "2021-05-31", ["2021-05-31", "2021-10-30"]],
    ],
    // Checkpoints naming a day twice list it once.
    ["01.06.2021, 01.06.2021", null, ["checkpoints", null, "2021-06-01", ["2021-06-01"]]],
    // A year written on one checkpoint carries to the next.
    ["01.06.2021, IV кв.", null, ["checkpoints", null, "2021-06-01", ["2021-06-01", "2021-12-31"]]],
    // No year anywhere and no period: checkpoints with no dates, asking for a year.
    ["Сентябрь, июнь", null, ["checkpoints", null, null, [], true]],
  ] as [string, Period | null, Expected][])("%j in %j", (text, period, e) => {
    expect(compose(text, period)).toEqual(deadline(text, e));
  });
});

describe("explicitPeriod", () => {
  it("joins every year the text names", () => {
    const p = explicitPeriod(collectMentions("2021 г. и 2023 г."));
    expect(p && [toIso(p.start), toIso(p.end)]).toEqual(["2021-01-01", "2023-12-31"]);
  });

  it("is null when the text names no year", () => {
    expect(explicitPeriod(collectMentions("в течение года"))).toBeNull();
  });
});

describe("recurringDeadline", () => {
  const year: KeyPeriod = { start: dayKey(2021, 1, 1), end: dayKey(2021, 12, 31) };

  it("keeps at most 120 dates, around the due one", () => {
    const d = recurringDeadline(
      "ежедневно",
      { every: "day", day: null, weekday: 0 },
      year,
      dayKey(2021, 7, 1),
    );
    expect(d.dates).toHaveLength(120);
    expect(d.due).toBe("2021-07-01");
    expect(d.dates).toContain("2021-07-01");
    expect(d.dates[0]).toBe("2021-05-02");
  });

  it("keeps the last dates once all have passed", () => {
    const d = recurringDeadline(
      "ежедневно",
      { every: "day", day: null, weekday: 0 },
      year,
      dayKey(2022, 3, 1),
    );
    expect(d.due).toBe("2021-12-31");
    expect(d.dates[d.dates.length - 1]).toBe("2021-12-31");
    expect(d.dates).toHaveLength(120);
  });

  it("has no date without a period and a readable as-of date", () => {
    expect(
      recurringDeadline("ежемесячно", { every: "month", day: null, weekday: 0 }, null, null),
    ).toEqual(deadline("ежемесячно", ["recurring", null, null, []]));
  });
});
