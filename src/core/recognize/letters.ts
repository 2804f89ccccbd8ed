/**
 * Letters and digits for header and section text, as character-class bodies. `\p{L}` and
 * `\p{N}` would say it shorter, but Unicode property escapes are ES2018 and EdgeHTML 18 — the
 * old Edge that Office 2016 and 2019 show add-ins in — rejects the whole script for one. The
 * tables are Russian, with Latin abbreviations («ВПР», "IT", "STEM") and now and then a Greek
 * letter or a Roman numeral: these are the letters of the Latin, Greek and Cyrillic blocks and
 * the digits, Roman numerals, super- and subscripts, fractions and circled numbers Word uses,
 * each exactly as `\p{L}` / `\p{N}` has them in those blocks (test/core/recognize/letters.test.ts).
 */

/** Latin (Basic, Latin-1, Extended-A/B), Greek and Cyrillic letters. */
export const LETTERS =
  "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f" +
  "\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c" +
  "\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u03ff" +
  "\\u0400-\\u0481\\u048a-\\u052f";

/** 0–9, ¹²³, ¼½¾, super- and subscript digits, Roman numerals (Ⅰ–Ⅻ), ①–⒇, ⓪–⓿, ❶–➓. */
export const DIGITS =
  "0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be\\u2070\\u2074-\\u2079\\u2080-\\u2089" +
  "\\u2150-\\u2182\\u2185-\\u2189\\u2460-\\u249b\\u24ea-\\u24ff\\u2776-\\u2793";

/** The blocks LETTERS covers, for the test that compares it with \p{L}. */
export const LETTER_BLOCKS: readonly [number, number][] = [
  [0x0000, 0x024f],
  [0x0370, 0x052f],
];

/** The blocks DIGITS covers, for the test that compares it with \p{N}. */
export const DIGIT_BLOCKS: readonly [number, number][] = [
  [0x0000, 0x00ff],
  [0x2070, 0x209f],
  [0x2150, 0x218f],
  [0x2460, 0x24ff],
  [0x2776, 0x2793],
];
