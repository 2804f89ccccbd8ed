/**
 * How alike two activity texts are, for matching activities across months. People retype a
 * word, fix punctuation, add a space; a municipality rarely rewrites an activity wholesale and
 * keeps it. Words are compared by their stems (the first letters), so a changed ending
 * («проведение» → «проведения») does not count as a changed word.
 */
import { DIGITS, LETTERS } from "../../recognize/letters";

/** Anything but a letter or digit (written out: EdgeHTML 18 has no \p{…}, letters.ts). */
const NOT_WORD = new RegExp(`[^${LETTERS}${DIGITS}]+`, "g");

/** Lower case, ё as е, everything but letters and digits as a space, spaces collapsed. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(NOT_WORD, " ").trim();
}

/** "1.2." / "1.2" / " 1,2 " → "1.2": numbering as people mean it. */
export function normalizeNumber(text: string): string {
  return text
    .trim()
    .replace(/[,\s]+/g, ".")
    .replace(/\.+/g, ".")
    .replace(/^\.|\.$/g, "");
}

/** Russian stems are mostly their first five or six letters; short words stay whole. */
const STEM_LENGTH = 6;

/** Stems of the words of a normalised text (words of one letter carry no meaning here). */
export function stems(normalized: string): string[] {
  if (normalized === "") return [];
  const out: string[] = [];
  for (const word of normalized.split(" ")) {
    if (word.length < 2 && !/\d/.test(word)) continue;
    out.push(word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word);
  }
  return out;
}

/**
 * Dice coefficient of two stem multisets: 1 for the same words in any order, 0.9 for one word
 * changed of ten, 0.67 for one of three — short texts must match more closely to count.
 */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const s of a) counts.set(s, (counts.get(s) ?? 0) + 1);
  let common = 0;
  for (const s of b) {
    const n = counts.get(s);
    if (n) {
      common += 1;
      counts.set(s, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
