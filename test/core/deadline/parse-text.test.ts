/** Every form the brief and DESIGN.md §5 list, read end to end on text (parse-text.ts). */
import { readContext } from "../../../src/core/deadline/context";
import { parseText } from "../../../src/core/deadline/parse-text";
import type { Period } from "../../../src/core/deadline/types";
import {
  ACADEMIC_2020,
  ACADEMIC_2021,
  CALENDAR_2020_2022,
  CALENDAR_2021,
  deadline,
  monthEnds,
  type Expected,
} from "./support";

const AS_OF = "2021-03-15";

function read(text: string, period: Period | null, asOf = AS_OF) {
  return parseText(text, readContext({ period, asOf }));
}

type Row = [string, Period | null, Expected];

const table = (rows: Row[]) => rows.map(([text, period, e]) => [text, period, e] as const);

describe("dates", () => {
  it.each(
    table([
      ["Сентябрь 2020", null, ["date", null, "2020-09-30", ["2020-09-30"]]],
      ["01.10.2021", null, ["date", null, "2021-10-01", ["2021-10-01"]]],
      ["1.10.21", null, ["date", null, "2021-10-01", ["2021-10-01"]]],
      ["01.10", ACADEMIC_2020, ["date", null, "2020-10-01", ["2020-10-01"]]],
      ["01.10", null, ["date", null, null, [], true]],
      ["До 01.10.2021", null, ["date", null, "2021-10-01", ["2021-10-01"]]],
      ["До 23 сентября 2020", null, ["date", null, "2020-09-23", ["2020-09-23"]]],
      ["не позднее 1 октября", ACADEMIC_2021, ["date", null, "2021-10-01", ["2021-10-01"]]],
      ["не позднее 1 октября", null, ["date", null, null, [], true]],
      ["до декабря 2022 года", null, ["date", null, "2022-12-01", ["2022-12-01"]]],
      ["до конца декабря 2022 г.", null, ["date", null, "2022-12-31", ["2022-12-31"]]],
      ["Июнь 2021 г.", null, ["date", null, "2021-06-30", ["2021-06-30"]]],
      ["Сентябрь 2020*", null, ["date", null, "2020-09-30", ["2020-09-30"]]],
      ["сент. 2021", null, ["date", null, "2021-09-30", ["2021-09-30"]]],
      ["в сентябре 2021 года", null, ["date", null, "2021-09-30", ["2021-09-30"]]],
      ["Сентябрь", ACADEMIC_2021, ["date", null, "2021-09-30", ["2021-09-30"]]],
      ["Сентябрь", null, ["date", null, null, [], true]],
      ["Февраль", ACADEMIC_2020, ["date", null, "2021-02-28", ["2021-02-28"]]],
      // A plan over several years holds February three times: the year is asked, not guessed.
      ["Февраль", CALENDAR_2020_2022, ["date", null, null, [], true]],
      ["2021-10-01", null, ["date", null, "2021-10-01", ["2021-10-01"]]],
      ["К 1 сентября 2021", null, ["date", null, "2021-09-01", ["2021-09-01"]]],
      [
        "12.04.2022, актовый зал МБОУ СОШ № 3, 14.00",
        null,
        ["date", null, "2022-04-12", ["2022-04-12"]],
      ],
      // A start with no end and no period to end it: open, for a finding to ask.
      ["С 1 сентября 2022 г.", null, ["range", "2022-09-01", null, [], false, true]],
      // A Latin "c" typed for "с".
      ["c 01.09.2020", ACADEMIC_2020, ["range", "2020-09-01", "2021-08-31", ["2021-08-31"]]],
      [
        "С 1 сентября 2022 г.",
        { start: "2022-01-01", end: "2022-12-31" },
        ["range", "2022-09-01", "2022-12-31", ["2022-12-31"]],
      ],
      // The period ends before the start: no range can end there.
      ["С 1 сентября 2022 г.", ACADEMIC_2021, ["range", "2022-09-01", null, [], false, true]],
    ]),
  )("%j in %j", (text, period, e) => {
    expect(read(text, period)).toEqual(deadline(text, e));
  });
});

describe("ranges", () => {
  it.each(
    table([
      ["25.02.2021- 12.12.2021", null, ["range", "2021-02-25", "2021-12-12", ["2021-12-12"]]],
      ["15.04 - 20.05.2022", null, ["range", "2022-04-15", "2022-05-20", ["2022-05-20"]]],
      ["01.09.2021 по 31.05.2022", null, ["range", "2021-09-01", "2022-05-31", ["2022-05-31"]]],
      ["01.09.2021 до 31.05.2022", null, ["range", "2021-09-01", "2022-05-31", ["2022-05-31"]]],
      ["01.09.2021 — 31.05.2022", null, ["range", "2021-09-01", "2022-05-31", ["2022-05-31"]]],
      ["С 10 по 20 апреля 2022 г.", null, ["range", "2022-04-10", "2022-04-20", ["2022-04-20"]]],
      ["10-20 апреля 2022", null, ["range", "2022-04-10", "2022-04-20", ["2022-04-20"]]],
      [
        "с 1 сентября 2022 г. до 31 мая 2023 г.",
        null,
        ["range", "2022-09-01", "2023-05-31", ["2023-05-31"]],
      ],
      ["Ноябрь- декабрь 2020", null, ["range", "2020-11-01", "2020-12-31", ["2020-12-31"]]],
      ["февраль-апрель 2022", null, ["range", "2022-02-01", "2022-04-30", ["2022-04-30"]]],
      ["Сентябрь- июнь 2021 года", null, ["range", "2020-09-01", "2021-06-30", ["2021-06-30"]]],
      ["Сентябрь 2020 – май 2021", null, ["range", "2020-09-01", "2021-05-31", ["2021-05-31"]]],
      ["Октябрь 2021 – апрель 2022", null, ["range", "2021-10-01", "2022-04-30", ["2022-04-30"]]],
      ["Март - июнь", CALENDAR_2021, ["range", "2021-03-01", "2021-06-30", ["2021-06-30"]]],
      ["Сентябрь - май", ACADEMIC_2020, ["range", "2020-09-01", "2021-05-31", ["2021-05-31"]]],
      ["Март - июнь", null, ["range", null, null, [], true]],
      ["с сентября до декабря 2022", null, ["range", "2022-09-01", "2022-12-01", ["2022-12-01"]]],
      // Only a person can tell which of the two years is wrong.
      ["25.02.2022- 12.12.2021", null, ["unparsed", null, null, []]],
    ]),
  )("%j in %j", (text, period, e) => {
    expect(read(text, period)).toEqual(deadline(text, e));
  });
});

describe("checkpoints", () => {
  it.each(
    table([
      [
        "Сентябрь 2021 Июнь 2022",
        null,
        ["checkpoints", null, "2021-09-30", ["2021-09-30", "2022-06-30"]],
      ],
      [
        "23.06.2021, 17.11.2021",
        null,
        ["checkpoints", null, "2021-06-23", ["2021-06-23", "2021-11-17"]],
      ],
      [
        "сентябрь 2022/февраль 2023",
        null,
        ["checkpoints", null, "2022-09-30", ["2022-09-30", "2023-02-28"]],
      ],
      [
        "Сентябрь 2022/февраль2023",
        null,
        ["checkpoints", null, "2022-09-30", ["2022-09-30", "2023-02-28"]],
      ],
      [
        "По плану мониторинга ШНОР КК ИПК : сентябрь 2022/февраль 2023",
        null,
        ["checkpoints", null, "2022-09-30", ["2022-09-30", "2023-02-28"]],
      ],
      ["10 и 20 мая 2021", null, ["checkpoints", null, "2021-05-10", ["2021-05-10", "2021-05-20"]]],
      [
        "сентябрь, октябрь 2021",
        null,
        ["checkpoints", null, "2021-09-30", ["2021-09-30", "2021-10-31"]],
      ],
      [
        "Сентябрь 2021, июнь",
        null,
        ["checkpoints", null, "2021-09-30", ["2021-09-30", "2022-06-30"]],
      ],
      ["Сентябрь, июнь", null, ["checkpoints", null, null, [], true]],
      // All passed on the as-of date: the last one is due.
      [
        "23.06.2020, 17.11.2020",
        null,
        ["checkpoints", null, "2020-11-17", ["2020-06-23", "2020-11-17"]],
      ],
    ]),
  )("%j in %j", (text, period, e) => {
    expect(read(text, period)).toEqual(deadline(text, e));
  });
});

describe("quarters and half-years", () => {
  it.each(
    table([
      ["I квартал 2021", null, ["range", "2021-01-01", "2021-03-31", ["2021-03-31"]]],
      ["4 квартал 2021 г.", null, ["range", "2021-10-01", "2021-12-31", ["2021-12-31"]]],
      ["I квартал", ACADEMIC_2020, ["range", "2021-01-01", "2021-03-31", ["2021-03-31"]]],
      // A dash between quarter numerals is a range over them.
      ["III - IV кв.", CALENDAR_2021, ["range", "2021-07-01", "2021-12-31", ["2021-12-31"]]],
      ["II, IV кв. 2021", null, ["checkpoints", null, "2021-06-30", ["2021-06-30", "2021-12-31"]]],
      [
        "II, IV кв.",
        ACADEMIC_2020,
        ["checkpoints", null, "2021-06-30", ["2020-12-31", "2021-06-30"]],
      ],
      ["1 полугодие", CALENDAR_2021, ["range", "2021-01-01", "2021-06-30", ["2021-06-30"]]],
      ["1 полугодие", ACADEMIC_2020, ["range", "2020-09-01", "2020-12-31", ["2020-12-31"]]],
      ["2 полугодие", ACADEMIC_2020, ["range", "2021-01-01", "2021-08-31", ["2021-08-31"]]],
      ["2-е полугодие 2021 года", null, ["range", "2021-07-01", "2021-12-31", ["2021-12-31"]]],
      ["3 четверть", ACADEMIC_2020, ["range", "2021-01-01", "2021-03-31", ["2021-03-31"]]],
      ["до III квартала 2021", null, ["date", null, "2021-07-01", ["2021-07-01"]]],
      ["I квартал", null, ["range", null, null, [], true]],
    ]),
  )("%j in %j", (text, period, e) => {
    expect(read(text, period)).toEqual(deadline(text, e));
  });
});

describe("recurring", () => {
  it.each(
    table([
      [
        "Ежемесячно",
        CALENDAR_2021,
        ["recurring", "2021-01-01", "2021-03-31", monthEnds("2021-01", "2021-12")],
      ],
      [
        "Ежемесячно /по запросу МОУО",
        CALENDAR_2021,
        ["recurring", "2021-01-01", "2021-03-31", monthEnds("2021-01", "2021-12")],
      ],
      [
        "Ежеквартально",
        CALENDAR_2021,
        [
          "recurring",
          "2021-01-01",
          "2021-03-31",
          ["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"],
        ],
      ],
      [
        "еженедельно",
        { start: "2021-03-01", end: "2021-03-31" },
        [
          "recurring",
          "2021-03-01",
          "2021-03-21",
          ["2021-03-07", "2021-03-14", "2021-03-21", "2021-03-28"],
        ],
      ],
      [
        "ежегодно",
        CALENDAR_2020_2022,
        ["recurring", "2020-01-01", "2021-12-31", ["2020-12-31", "2021-12-31", "2022-12-31"]],
      ],
      ["ежегодно", ACADEMIC_2020, ["recurring", "2020-09-01", "2021-08-31", ["2021-08-31"]]],
      [
        "до 10 числа каждого месяца",
        { start: "2021-01-01", end: "2021-04-30" },
        [
          "recurring",
          "2021-01-01",
          "2021-04-10",
          ["2021-01-10", "2021-02-10", "2021-03-10", "2021-04-10"],
        ],
      ],
      [
        "ежемесячно до 5 числа",
        { start: "2021-01-01", end: "2021-04-30" },
        [
          "recurring",
          "2021-01-01",
          "2021-04-05",
          ["2021-01-05", "2021-02-05", "2021-03-05", "2021-04-05"],
        ],
      ],
      // With no period: the next occurrence on or after the as-of date, and no year is missing.
      ["Ежемесячно", null, ["recurring", null, "2021-03-31", ["2021-03-31"]]],
      ["еженедельно", null, ["recurring", null, "2021-03-21", ["2021-03-21"]]],
      ["Ежеквартально", null, ["recurring", null, "2021-03-31", ["2021-03-31"]]],
      ["ежегодно", null, ["recurring", null, "2021-12-31", ["2021-12-31"]]],
      ["до 10 числа каждого месяца", null, ["recurring", null, "2021-04-10", ["2021-04-10"]]],
      [
        "2 раза в год",
        CALENDAR_2021,
        ["recurring", "2021-01-01", "2021-06-30", ["2021-06-30", "2021-12-31"]],
      ],
      [
        "в течение учебного года (ежемесячно)",
        ACADEMIC_2020,
        ["recurring", "2020-09-01", "2021-03-31", monthEnds("2020-09", "2021-08")],
      ],
    ]),
  )("%j in %j", (text, period, e) => {
    expect(read(text, period)).toEqual(deadline(text, e));
  });
});

describe("periods", () => {
  it.each(
    table([
      ["В течение года", CALENDAR_2021, ["period", "2021-01-01", "2021-12-31", ["2021-12-31"]]],
      ["В течение года", null, ["period", null, null, [], true]],
      [
        "В течение учебного года",
        ACADEMIC_2020,
        ["period", "2020-09-01", "2021-08-31", ["2021-08-31"]],
      ],
      [
        "В течение 2020-2021 учебного года",
        null,
        ["period", "2020-09-01", "2021-08-31", ["2021-08-31"]],
      ],
      [
        "В течение учебного года 2021-2022",
        null,
        ["period", "2021-09-01", "2022-08-31", ["2022-08-31"]],
      ],
      [
        "в течение всего срока реализации",
        CALENDAR_2020_2022,
        ["period", "2020-01-01", "2022-12-31", ["2022-12-31"]],
      ],
      ["постоянно", CALENDAR_2021, ["period", "2021-01-01", "2021-12-31", ["2021-12-31"]]],
      ["2021-2022 гг.", null, ["period", "2021-01-01", "2022-12-31", ["2022-12-31"]]],
      ["в течение 2021 года", null, ["period", "2021-01-01", "2021-12-31", ["2021-12-31"]]],
      ["2020/2021", null, ["period", "2020-09-01", "2021-08-31", ["2021-08-31"]]],
      [
        "В течение года (по графику)",
        CALENDAR_2021,
        ["period", "2021-01-01", "2021-12-31", ["2021-12-31"]],
      ],
      [
        "в течение года (по запросу)",
        CALENDAR_2021,
        ["period", "2021-01-01", "2021-12-31", ["2021-12-31"]],
      ],
      [
        "В течение 2021-2022 учебного года, До декабря 2022 года",
        null,
        ["range", "2021-09-01", "2022-12-01", ["2022-12-01"]],
      ],
      [
        "В течение года, до 01.12.2021",
        CALENDAR_2021,
        ["range", "2021-01-01", "2021-12-01", ["2021-12-01"]],
      ],
      ["до конца года", CALENDAR_2021, ["date", null, "2021-12-31", ["2021-12-31"]]],
      ["до конца учебного года", ACADEMIC_2020, ["date", null, "2021-08-31", ["2021-08-31"]]],
      ["до конца учебного года", null, ["date", null, null, [], true]],
      ["до конца 2021 года", null, ["date", null, "2021-12-31", ["2021-12-31"]]],
      ["до 2022 года", null, ["date", null, "2022-01-01", ["2022-01-01"]]],
      // A period with a plain date only lends the date its year.
      ["В течение 2021 года: сентябрь", null, ["date", null, "2021-09-30", ["2021-09-30"]]],
    ]),
  )("%j in %j", (text, period, e) => {
    expect(read(text, period)).toEqual(deadline(text, e));
  });
});

describe("vague, missing and unparsed", () => {
  it.each([
    "По графику",
    "по запросу",
    "по плану КК ИПК",
    "По утвержденному графику",
    "В соответствии со сроками ВПР, КДР, ОГЭ, ЕГЭ",
    "В соответствии с Соглашением, по плану КК ИПК, ЦНППМ",
    "В соответствии\nии с планом МСОКО",
  ])("%j is vague", (text) => {
    expect(read(text, CALENDAR_2021)).toEqual(deadline(text, ["vague", null, null, []]));
  });

  it.each(["", "-", "—", "–", " - "])("%j is missing", (text) => {
    expect(read(text.trim(), CALENDAR_2021)).toEqual(
      deadline(text.trim(), ["missing", null, null, []]),
    );
  });

  it.each([
    ["Иванов И.И.", "unparsed"],
    ["5 класс", "unparsed"],
    ["в 14.00", "unparsed"],
    ["???", "unparsed"],
    ["после окончания проекта", "vague"],
  ] as const)("%j is %s", (text, kind) => {
    expect(read(text, CALENDAR_2021)).toEqual(deadline(text, [kind, null, null, []]));
  });

  it("tells a name from a vague phrase", () => {
    expect(read("Иванов И.И.", null).kind).toBe("unparsed");
    expect(read("по мере необходимости", null).kind).toBe("vague");
  });
});

describe("deadline shapes beyond the seeds (issue 14)", () => {
  const TWO_SCHOOL_YEARS: Period = { start: "2022-09-01", end: "2024-05-31" };

  it.each(
    table([
      // Quarter ranges in Roman numerals, with any dash, in any case.
      ["I–III квартал 2022", null, ["range", "2022-01-01", "2022-09-30", ["2022-09-30"]]],
      ["II-IV кв. 2021 г.", null, ["range", "2021-04-01", "2021-12-31", ["2021-12-31"]]],
      ["с I по III квартал 2022 года", null, ["range", "2022-01-01", "2022-09-30", ["2022-09-30"]]],
      ["I - II полугодие 2021 года", null, ["range", "2021-01-01", "2021-12-31", ["2021-12-31"]]],
      ["II, IV кв. 2021", null, ["checkpoints", null, "2021-06-30", ["2021-06-30", "2021-12-31"]]],
      // «с … по …» with a typo or a doubled word between.
      [
        "с 1 сентября по по 31 мая 2022",
        null,
        ["range", "2021-09-01", "2022-05-31", ["2022-05-31"]],
      ],
      [
        "с 1 сентября 2021 п 31 мая 2022",
        null,
        ["range", "2021-09-01", "2022-05-31", ["2022-05-31"]],
      ],
      ["с 01.09.2021 пo 31.05.2022", null, ["range", "2021-09-01", "2022-05-31", ["2022-05-31"]]],
      [
        "с 01.09.2021 до по 31.05.2022",
        null,
        ["range", "2021-09-01", "2022-05-31", ["2022-05-31"]],
      ],
      // A start with no end runs to the period's end, or stays open for a finding.
      ["с 1 сентября 2021", ACADEMIC_2021, ["range", "2021-09-01", "2022-08-31", ["2022-08-31"]]],
      ["с 1 сентября 2021", null, ["range", "2021-09-01", null, [], false, true]],
      ["начиная с 2019 года", null, ["range", "2019-01-01", null, [], false, true]],
      ["с 2021 года", CALENDAR_2020_2022, ["range", "2021-01-01", "2022-12-31", ["2022-12-31"]]],
      ["с 2020 по 2022 год", null, ["period", "2020-01-01", "2022-12-31", ["2022-12-31"]]],
      // A yearless quarter or month in a plan over several years needs its year.
      ["III квартал", CALENDAR_2020_2022, ["range", null, null, [], true]],
      ["Март - июнь", CALENDAR_2020_2022, ["range", null, null, [], true]],
      ["Октябрь", TWO_SCHOOL_YEARS, ["date", null, null, [], true]],
      ["Июнь", TWO_SCHOOL_YEARS, ["date", null, "2023-06-30", ["2023-06-30"]]],
      ["Октябрь 2023", TWO_SCHOOL_YEARS, ["date", null, "2023-10-31", ["2023-10-31"]]],
      // A placeholder year is vague.
      ["до 1 марта 202_ г.", CALENDAR_2021, ["vague", null, null, []]],
      ["202Х год", CALENDAR_2021, ["vague", null, null, []]],
      ["202X год", CALENDAR_2021, ["vague", null, null, []]],
      ["20__", CALENDAR_2021, ["vague", null, null, []]],
      ["«__» ________ 20__ г.", CALENDAR_2021, ["vague", null, null, []]],
      ["25 августа X - 1 года", CALENDAR_2021, ["vague", null, null, []]],
      ["в течение Х года", CALENDAR_2021, ["vague", null, null, []]],
      // Typed and pasted oddities seen in real plans.
      ["15 aпреля 2024 года", null, ["date", null, "2024-04-15", ["2024-04-15"]]],
      ["на 20132015 годы", null, ["period", "2013-01-01", "2015-12-31", ["2015-12-31"]]],
      ["к началу 2012/2013 учебного года", null, ["date", null, "2012-09-01", ["2012-09-01"]]],
    ]),
  )("%j in %j", (text, period, e) => {
    expect(read(text, period)).toEqual(deadline(text, e));
  });

  it("reads a yearly duty on the day it names", () => {
    expect(read("ежегодно до 1 марта", CALENDAR_2020_2022, "2021-06-01")).toEqual(
      deadline("ежегодно до 1 марта", [
        "recurring",
        "2020-01-01",
        "2022-03-01",
        ["2020-03-01", "2021-03-01", "2022-03-01"],
      ]),
    );
    expect(read("1 октября X - 1 года, далее ежегодно", CALENDAR_2020_2022).due).toBe("2021-10-01");
  });
});
