/**
 * One spelling for every way a deadline is typed or pasted from Word, so the parsers' patterns
 * stay small: lower case, ё→е, every dash as "-", footnote marks and quotes dropped, letters
 * and digits that touch split apart ("февраль2023", "2020г."), whitespace runs — line breaks
 * of a cell split over a page included — as one space.
 */
import { isBlankText } from "../grid";

const YO = /ё/g;
/** Cyrillic і (Ukrainian keyboards) typed for the Roman numeral I in "І квартал". */
const CYRILLIC_I = /і/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
const FOOTNOTES = /[*\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021]/g;
const QUOTES = /[«»„“”"'`‘’‹›]/g;
/** A Latin "c" typed for the preposition "с" ("c 01.09.2020"): the keys share a place. */
const LATIN_C = /(?<![a-zа-я])c(?![a-zа-я])/g;
const LETTER_DIGIT = /(?<=[а-яa-z])(?=\d)|(?<=\d)(?=[а-яa-z])/g;
const TOUCHING = /[а-яa-z]\d|\d[а-яa-z]/;
const SPACES = /\s+/g;
/** Whitespace other than single spaces: a run, a line break, a tab, a no-break space. */
const ODD_SPACE = /\s\s|[^\S ]/;
/** Any character one of the rare replacements above handles: most cells have none. */
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
  if (s.includes("c")) s = s.replace(LATIN_C, "с");
  if (TOUCHING.test(s)) s = s.replace(LETTER_DIGIT, " ");
  if (ODD_SPACE.test(s)) s = s.replace(SPACES, " ");
  return s.trim();
}

/** A normalised cell that says nothing: empty, or only dashes and punctuation ("-", "—"). */
export function isBlank(norm: string): boolean {
  return isBlankText(norm);
}
