/**
 * Russian month names in every grammatical case (сентябрь, сентября, сентябрю, сентябрем,
 * сентябре) and their usual abbreviations (сент., сен., февр.), on normalised text.
 */
import { NotAfter } from "./not-after";
import { AFTER_LETTER, WORD_END } from "./patterns";

const CASES = "(?:ь|я|ю|ем|е)";

/** Alternation of every month word form; no capture group. */
const MONTH_SOURCE =
  "(?:" +
  [
    `январ${CASES}`,
    "янв",
    `феврал${CASES}`,
    "февр?",
    "март(?:а|у|ом|е)?",
    "мар",
    `апрел${CASES}`,
    "апр",
    "ма(?:й|я|ю|ем|е)",
    `июн${CASES}?`,
    `июл${CASES}?`,
    "август(?:а|у|ом|е)?",
    "авг",
    `сентябр${CASES}`,
    "сент?",
    `октябр${CASES}`,
    "окт",
    `ноябр${CASES}`,
    "нояб?",
    `декабр${CASES}`,
    "дек",
  ].join("|") +
  ")";

/**
 * A month word, captured (group 1), with an abbreviation's optional dot. A whole word only
 * where nothing but a space or a non-letter comes before: the pattern says where it ends, its
 * user where it starts (NotAfter with AFTER_LETTER, or a space in front).
 */
export const MONTH_WORD = `(${MONTH_SOURCE})\\.?${WORD_END}`;

/** Every form above starts with three letters that name its month ("май" has four forms). */
const BY_PREFIX: Record<string, number> = {
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  май: 5,
  мая: 5,
  маю: 5,
  мае: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
};

const WHOLE_MONTH_WORD = new RegExp(`^${MONTH_SOURCE}\\.?$`);

/** Month number (1–12) of one month word in normalised text, null when it is none. */
export function monthNumber(word: string): number | null {
  if (!WHOLE_MONTH_WORD.test(word)) return null;
  return BY_PREFIX[word.slice(0, 3)] ?? null;
}

const ANY_MONTH = new NotAfter(MONTH_WORD, AFTER_LETTER);

/** Month numbers named anywhere in normalised text, in order ("1 (май)" → [5]). */
export function monthsIn(norm: string): number[] {
  const out: number[] = [];
  ANY_MONTH.lastIndex = 0;
  for (let m = ANY_MONTH.exec(norm); m; m = ANY_MONTH.exec(norm)) {
    const n = monthNumber(m[1]);
    if (n !== null) out.push(n);
  }
  return out;
}
