import { DIGITS, LETTERS } from "./letters";

/** Anything but a letter, a digit or "№" (no \p{…}: ES2017, see letters.ts). */
const NOT_WORD = new RegExp(`[^${LETTERS}${DIGITS}№]+`, "g");

/**
 * Header text normalisation (DESIGN.md §4): lower case, ё→е, punctuation and line breaks
 * dropped, spaces collapsed. "№" survives because it is how number columns announce themselves.
 */
export function normalizeHeader(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      // A word broken by a line break inside a cell ("Исполни\nтель") is one word.
      .replace(/([а-яa-z])-?\r?\n([а-яa-z])/g, "$1$2")
      .replace(NOT_WORD, " ")
      .trim()
  );
}
