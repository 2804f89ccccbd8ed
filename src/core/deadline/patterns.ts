/**
 * Regular-expression pieces the parsers share. They run on normalised text (normalize.ts), so
 * a space is one " " and a dash one "-". JavaScript's \b knows only ASCII letters, hence the
 * explicit Cyrillic word edges. Every repetition is bounded or runs over one character class:
 * no pattern can backtrack badly on a long cell.
 */

/** No letter right before (a word starts here). */
export const WORD_START = "(?<![а-яa-z])";
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
