/**
 * A year left as a placeholder in a template the plan was copied from: "до 1 марта 202_ г.",
 * "202Х год", "«__» _______ 20__ г.", "25 августа X - 1 года" (X standing for a year the plan
 * never names). No date can be known from it: the deadline is vague, not a guess.
 */

/**
 * On normalised text, where a letter touching a digit is split off ("202х" → "202 х"): "202_",
 * "20__", "202 х", "20 хх"; "х года", "x - 1 года", "х+1 год". Each starts after the text's
 * start or a non-digit (a non-letter): `(?:^|…)`, not lookbehind, which EdgeHTML 18 lacks.
 */
const PLACEHOLDER_YEAR =
  /(?:^|\D)20\d? ?[_хx]{1,2}(?![\dа-яa-z])|(?:^|[^а-яa-z])[хx](?: ?[-+] ?\d{1,2})? ?(?:год[а-я]*|гг?\.?)(?![а-яa-z])/;

/** Every placeholder above has an "х", an "x" or an "_": most texts skip the long pattern. */
const HINT = /[хx_]/;

export function hasPlaceholderYear(norm: string): boolean {
  return HINT.test(norm) && PLACEHOLDER_YEAR.test(norm);
}
