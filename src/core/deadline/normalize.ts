/**
 * One spelling for every way a deadline is typed or pasted from Word, so the parsers' patterns
 * stay small: lower case, ё→е, every dash as "-", footnote marks and quotes dropped, letters
 * and digits that touch split apart ("февраль2023", "2020г."), whitespace runs — line breaks
 * of a cell split over a page included — as one space. Latin letters typed inside a Russian
 * word ("aпреля" with a Latin "a") become the Cyrillic letters they look like, and two years
 * glued together by a lost dash ("20132015 годы") get their dash back.
 */
import { isBlankText } from "../grid";

const YO = /ё/g;
/** Cyrillic і (Ukrainian keyboards) typed for the Roman numeral I in "І квартал". */
const CYRILLIC_I = /і/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
const FOOTNOTES = /[*\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021]/g;
const QUOTES = /[«»„“”"'`‘’‹›]/g;
/*
 * ES2017 patterns (EdgeHTML 18 has no lookbehind): where a lookbehind would test the character
 * before, the pattern captures it and the replacement puts it back. A captured character is
 * never one the next match would need in front of it (a non-letter before "c", a letter or digit
 * before a boundary, a non-digit before two years), so no match is lost to the one before.
 */
/** A Latin "c" typed for the preposition "с" ("c 01.09.2020"): the keys share a place. */
const LATIN_C = /(^|[^a-zа-я])c(?![a-zа-я])/g;
/** A letter before a digit or a digit before a letter: a space goes between. */
const LETTER_DIGIT = /([а-яa-z])(?=\d)|(\d)(?=[а-яa-z])/g;
const TOUCHING = /[а-яa-z]\d|\d[а-яa-z]/;
const SPACES = /\s+/g;
/** Whitespace other than single spaces: a run, a line break, a tab, a no-break space. */
const ODD_SPACE = /\s\s|[^\S ]/;
/** Any character one of the rare replacements above handles: most cells have none. */
/** Latin letters that look like Cyrillic ones (lower case), by the Cyrillic letter they mimic. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};
const LATIN_LETTER = /[a-z]/;
const CYRILLIC_LETTER = /[а-я]/;
const MIXED_WORD = /[a-zа-я]*(?:[a-z][а-я]|[а-я][a-z])[a-zа-я]*/g;
const LATIN_IN_WORD = /[abcehkmoptxy]/g;
/** Two years glued by a lost dash: "20132015" (the second later, within a plan's span). */
const GLUED_YEARS = /(^|\D)(20\d\d)(20\d\d)(?!\d)/g;
const EIGHT_DIGITS = /\d{8}/;

function unglueYears(s: string): string {
  return s.replace(GLUED_YEARS, (all: string, before: string, a: string, b: string) => {
    const gap = Number(b) - Number(a);
    return gap > 0 && gap <= 20 ? `${before}${a}-${b}` : all;
  });
}

const RARE =
  /[ёі\u00ad\u200b-\u200d\u2060\ufeff\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d*\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021«»„“”"'`‘’‹›]/;

export function normalize(text: string): string {
  let s = text.toLowerCase();
  if (RARE.test(s)) {
    s = s
      .replace(YO, "е")
      .replace(CYRILLIC_I, "i")
      .replace(INVISIBLE, "")
      .replace(DASHES, "-")
      .replace(FOOTNOTES, "")
      .replace(QUOTES, " ");
  }
  if (LATIN_LETTER.test(s) && CYRILLIC_LETTER.test(s)) {
    s = s.replace(MIXED_WORD, (word) => word.replace(LATIN_IN_WORD, (ch) => HOMOGLYPHS[ch]));
  }
  if (s.includes("c")) s = s.replace(LATIN_C, "$1с");
  if (EIGHT_DIGITS.test(s)) s = unglueYears(s);
  if (TOUCHING.test(s)) s = s.replace(LETTER_DIGIT, "$1$2 ");
  if (ODD_SPACE.test(s)) s = s.replace(SPACES, " ");
  return s.trim();
}

/** A normalised cell that says nothing: empty, or only dashes and punctuation ("-", "—"). */
export function isBlank(norm: string): boolean {
  return isBlankText(norm);
}
