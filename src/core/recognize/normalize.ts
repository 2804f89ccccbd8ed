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
      .replace(/[^\p{L}\p{N}№]+/gu, " ")
      .trim()
  );
}
