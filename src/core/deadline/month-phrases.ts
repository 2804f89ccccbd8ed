/**
 * Dates written with a month name: "Сентябрь 2020", "декабря 2022 года", "23 сентября",
 * "1-го октября 2021 г.", and several days of one month: "С 10 по 20 апреля 2022 г.",
 * "10 и 20 мая" — every day becomes its own mention sharing the month and year, so the
 * range and checkpoint refiners read the words between them like any others.
 */
import { maxDaysInMonth } from "./calendar";
import { mention, type Mention } from "./mention";
import { MONTH_WORD, monthNumber } from "./months";
import { charClass, NotAfter } from "./not-after";
import { YEAR_TAIL } from "./patterns";

const DAY_SEPARATOR = " ?(?:,|и|-|по|до) ?";
const DAY_LIST = `(\\d{1,2}(?:${DAY_SEPARATOR}\\d{1,2}){0,6})(?: ?-?(?:го|е|ое))?`;

const AFTER_NUMBER = charClass("[\\d.,]");
/** A phrase that starts with its month word starts a word too. */
const AFTER_NUMBER_OR_LETTER = charClass("[\\d.,а-яa-z]");

/**
 * Groups: 1 day list, 2 month word, 3 year. Not after a number ("1.5 мая" holds no day 5);
 * a phrase without days not after a letter either (its month word starts a word). A phrase
 * starts with a digit exactly when it has days, so the two never compete for one place.
 */
const PHRASE = new NotAfter(`(?:${DAY_LIST} )?${MONTH_WORD}${YEAR_TAIL}`, (m) =>
  m[1] === undefined ? AFTER_NUMBER_OR_LETTER : AFTER_NUMBER,
);
const DAY_NUMBER = /\d{1,2}/g;

export function findMonthPhrases(norm: string): Mention[] {
  const out: Mention[] = [];
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(norm); m; m = PHRASE.exec(norm)) {
    const month = monthNumber(m[2]);
    if (month === null) continue;
    const year = m[3] === undefined ? null : Number(m[3]);
    const end = m.index + m[0].length;
    const days = m[1] === undefined ? [] : daysOf(m[1], m.index, month);
    if (days.length === 0) {
      const monthAt = m.index + m[0].indexOf(m[2], m[1]?.length ?? 0);
      out.push(mention("month", monthAt, end, { year, n: month }));
      continue;
    }
    days.forEach((d, i) => {
      const last = i === days.length - 1;
      out.push(mention("day", d.index, last ? end : d.end, { year, n: month, day: d.day }));
    });
  }
  return out;
}

function daysOf(
  list: string,
  at: number,
  month: number,
): { day: number; index: number; end: number }[] {
  const out: { day: number; index: number; end: number }[] = [];
  DAY_NUMBER.lastIndex = 0;
  for (let d = DAY_NUMBER.exec(list); d; d = DAY_NUMBER.exec(list)) {
    const day = Number(d[0]);
    if (day < 1 || day > maxDaysInMonth(month)) continue;
    out.push({ day, index: at + d.index, end: at + d.index + d[0].length });
  }
  return out;
}
