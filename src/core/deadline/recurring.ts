/**
 * Recurring deadlines: "Ежемесячно", "Ежеквартально", "еженедельно", "ежегодно",
 * "раз в полугодие", "до 10 числа каждого месяца", "ежемесячно до 5 числа", "по пятницам".
 *
 * Occurrences run through the period (DESIGN.md §5): monthly — the month's last day, or day N
 * for "до N числа"; quarterly — the quarter ends (day N of the month after each quarter with
 * "до N числа": reports on a quarter are due early in the next); weekly — every Sunday, or the
 * named weekday; half-yearly and yearly — the ends of successive six- and twelve-month stretches
 * from the period's start (an academic year's yearly duty is due on 31 August), or on the day a
 * yearly duty names ("ежегодно до 1 марта", "1 октября …, далее ежегодно"); daily — every day.
 */
import {
  addDays,
  addMonths,
  clampedDay,
  dayKey,
  lastDayOfMonth,
  monthOf,
  weekday,
  yearOf,
  type DayKey,
} from "./calendar";
import type { KeyPeriod } from "./context";
import type { Mention } from "./mention";

export type Every = "day" | "week" | "month" | "quarter" | "half" | "year";

export interface Recurrence {
  every: Every;
  /** "до 10 числа": the day of the month; null for the period's end. */
  day: number | null;
  /** Weekly on this weekday (0 = Sunday), from "по пятницам". */
  weekday: number;
  /** Yearly on this month and day ("ежегодно до 1 марта"); day 0 is the month's last day. */
  anchor?: { month: number; day: number };
}

/**
 * Each stem starts a word. `(?:^|[^…])` rather than lookbehind (ES2017, EdgeHTML 18): only
 * whether a text matches counts here, and the groups read are the pattern's own.
 */
const EVERY: [Every, RegExp][] = [
  ["day", /(?:^|[^а-я])(?:ежедневн|каждый день)/],
  ["week", /(?:^|[^а-я])(?:еженедельн|каждую неделю|каждой недели|в неделю(?![а-я]))/],
  [
    "quarter",
    /(?:^|[^а-я])(?:ежекварталь?н|каждый квартал|каждого квартала|в (?:квартал|четверть)(?![а-я]))/,
  ],
  ["half", /(?:^|[^а-я])(?:ежеполугод|в полугодие|в полгода|каждое полугодие|каждые полгода)/],
  ["month", /(?:^|[^а-я])(?:ежемесячн|каждый месяц|каждого месяца|в месяц(?![а-я]))/],
  ["year", /(?:^|[^а-я])(?:ежегодн|каждый год|каждого года|раза? в год(?![а-я]))/],
];

/** "2 раза в год" is half-yearly, "4 раза в год" quarterly, "12 раз в год" monthly. */
const TIMES_A_YEAR = /(?:^|[^\d.])(\d{1,2}) раза? в год(?![а-я])/;
const EVERY_BY_TIMES: Record<string, Every> = {
  "1": "year",
  "2": "half",
  "3": "quarter",
  "4": "quarter",
  "12": "month",
};

const DAY_OF_MONTH = /(?:^|[^\d.])(\d{1,2})(?: ?-?(?:го|е))? числа(?![а-я])/;

const WEEKDAYS: [RegExp, number][] = [
  [/по понедельникам/, 1],
  [/по вторникам/, 2],
  [/по средам/, 3],
  [/по четвергам/, 4],
  [/по пятницам/, 5],
  [/по субботам/, 6],
  [/по воскресеньям/, 0],
];

/** Every recurrence above contains one of these: most deadlines are turned away at once. */
const CANDIDATE =
  /еже|кажд|в год|в месяц|в неделю|в квартал|в четверть|в полгода|в полугодие|числа|по [а-я]+ам(?![а-я])|по воскресеньям/;

/** The recurrence a normalised deadline names, null when it names none. */
export function findRecurrence(norm: string): Recurrence | null {
  if (!CANDIDATE.test(norm)) return null;
  const dm = DAY_OF_MONTH.exec(norm);
  const dayN = dm ? Number(dm[1]) : null;
  const day = dayN !== null && dayN >= 1 && dayN <= 31 ? dayN : null;
  const times = TIMES_A_YEAR.exec(norm);
  if (times) return { every: EVERY_BY_TIMES[times[1]] ?? "year", day, weekday: 0 };
  for (const [every, re] of EVERY) {
    if (re.test(norm)) return { every, day, weekday: 0 };
  }
  for (const [re, wd] of WEEKDAYS) {
    if (re.test(norm)) return { every: "week", day: null, weekday: wd };
  }
  // "до 10 числа" alone is a monthly duty: no other unit has a day-of-month.
  return day !== null ? { every: "month", day, weekday: 0 } : null;
}

/**
 * A yearly duty that names a day or a month ("ежегодно, до 25 марта …") is due on it every
 * year; other recurrences keep their own rule.
 */
export function anchorRecurrence(rec: Recurrence, mentions: readonly Mention[]): Recurrence {
  if (rec.every !== "year") return rec;
  const m = mentions.find((x) => x.kind === "day" || x.kind === "month");
  return m === undefined ? rec : { ...rec, anchor: { month: m.n, day: m.day } };
}

/** Every occurrence of the recurrence within the period, in order. */
export function occurrences(rec: Recurrence, period: KeyPeriod): DayKey[] {
  const out: DayKey[] = [];
  const keep = (k: DayKey) => {
    if (k >= period.start && k <= period.end) out.push(k);
  };
  switch (rec.every) {
    case "day":
      for (let k = period.start; k <= period.end; k = addDays(k, 1)) out.push(k);
      break;
    case "week": {
      const shift = (rec.weekday - weekday(period.start) + 7) % 7;
      for (let k = addDays(period.start, shift); k <= period.end; k = addDays(k, 7)) out.push(k);
      break;
    }
    case "month":
      forEachMonth(period, (y, m) =>
        keep(rec.day === null ? lastDayOfMonth(y, m) : clampedDay(y, m, rec.day)),
      );
      break;
    case "quarter":
      if (rec.day === null) {
        forEachMonth(period, (y, m) => {
          if (m % 3 === 0) keep(lastDayOfMonth(y, m));
        });
        break;
      }
      // Day N of the month after each quarter: start three months early so the report on the
      // quarter before the period, due inside it, is kept.
      forEachMonth({ start: addMonths(period.start, -3), end: period.end }, (y, m) => {
        if (m % 3 === 0) keep(clampedDay(m === 12 ? y + 1 : y, (m % 12) + 1, rec.day as number));
      });
      break;
    case "half":
      stretches(period, 6, out);
      break;
    case "year":
      if (rec.anchor === undefined) stretches(period, 12, out);
      else {
        const { month, day } = rec.anchor;
        for (let y = yearOf(period.start); y <= yearOf(period.end); y++) {
          keep(day === 0 ? lastDayOfMonth(y, month) : clampedDay(y, month, day));
        }
      }
      break;
  }
  return out;
}

function forEachMonth(period: KeyPeriod, fn: (y: number, m: number) => void): void {
  const last = yearOf(period.end) * 12 + monthOf(period.end) - 1;
  for (let t = yearOf(period.start) * 12 + monthOf(period.start) - 1; t <= last; t++) {
    fn(Math.floor(t / 12), (t % 12) + 1);
  }
}

/** Ends of successive stretches of `months` from the period's start; the end when none fits. */
function stretches(period: KeyPeriod, months: number, out: DayKey[]): void {
  for (let i = 1; ; i++) {
    const end = addDays(addMonths(period.start, months * i), -1);
    if (end > period.end) break;
    out.push(end);
  }
  if (out.length === 0) out.push(period.end);
}

/**
 * A window for a recurrence with no period: the calendar year of the as-of date and the
 * next, so that the next occurrence on or after the as-of date always exists.
 */
export function windowAround(asOf: DayKey): KeyPeriod {
  const y = yearOf(asOf);
  return { start: dayKey(y, 1, 1), end: dayKey(y + 1, 12, 31) };
}
