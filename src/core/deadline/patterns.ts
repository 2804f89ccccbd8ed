/**
 * Regular-expression pieces the parsers share. They run on normalised text (normalize.ts), so
 * a space is one " " and a dash one "-". JavaScript's \b knows only ASCII letters, hence the
 * explicit Cyrillic word edges. Every repetition is bounded or runs over one character class:
 * no pattern can backtrack badly on a long cell.
 *
 * ES2017 only (no lookbehind): the pane runs in EdgeHTML 18 too. "No letter before" is
 * WORD_START where only whether a text matches counts, and NotAfter(…, AFTER_LETTER) where the
 * match's position counts.
 */
import { charClass } from "./not-after";

/**
 * The start of the text or a non-letter: a word starts after it. It consumes that character,
 * so use it with `test`; for a match's position use `new NotAfter(source, AFTER_LETTER)`.
 */
export const WORD_START = "(?:^|[^а-яa-z])";
/** For NotAfter: a match that follows a letter is inside a word, not at its start. */
export const AFTER_LETTER = charClass("[а-яa-z]");
/** No letter right after (a word ends here). */
export const WORD_END = "(?![а-яa-z])";

/** Words that may follow a year: "г.", "года", "году", "гг.", "годы". */
export const YEAR_WORD = `(?:годах|годам|годов|годы|года|году|год|гг|г)\\.?${WORD_END}`;

/**
 * An optional year after a month or a quarter: " 2020", "2021 г.", "2022 года". Exactly one
 * capture group (the year). A year that starts a pair ("2020-2021") is left to the year
 * parser, which reads the pair as a period.
 */
export const YEAR_TAIL = `(?: ?((?:19|20)\\d\\d)(?!\\d)(?! ?[-/] ?\\d)(?: ?${YEAR_WORD})?)?`;
