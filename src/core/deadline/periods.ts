/**
 * Periods: explicit years ("2021 г.", "2021-2022 гг.", "2020-2021 учебного года",
 * "учебного года 2021-2022", "2020/2021") and phrases that mean the table's own period
 * ("В течение года", "В течение учебного года", "в течение всего срока реализации",
 * "постоянно").
 *
 * A pair of years is an academic span when "учебный год" is written next to it, or when it
 * is written with a slash between consecutive years ("2020/2021", the school habit); any
 * other pair ("2021-2022 гг.", a bare "2021-2022") is a span of calendar years.
 */
import { mention, type Mention } from "./mention";
import { charClass, NotAfter } from "./not-after";
import { AFTER_LETTER, WORD_END, YEAR_WORD } from "./patterns";

const ACADEMIC_WORDS = `(?:учебн[а-я]*|уч\\.?) ?(?:год[а-я]*|г\\.?)${WORD_END}`;
const PAIR = "(20\\d\\d) ?([-/]) ?(20\\d\\d|\\d\\d)(?!\\d)";
const SINGLE = "(20\\d\\d)(?!\\d)(?! ?[-/] ?\\d)";

/**
 * Groups: 1 academic words before, 2–4 pair, 5 single year, 6 academic words after, 7 year
 * word. Not after a digit, a dot, a comma or a slash ("01.10.2021" is a day, not a year).
 */
const YEARS = new NotAfter(
  `(?:(${ACADEMIC_WORDS}) )?(?:${PAIR}|${SINGLE})(?: ?(?:(${ACADEMIC_WORDS})|(${YEAR_WORD})))?`,
  charClass("[\\d.,/]"),
);

/** "на 2021", "в 2021-2022", "период 2020/2021": a year that names the table's period. */
const PERIOD_PREFIX = /(?:^|[^а-яa-z])(?:на|в|во|за|период[а-я]*)\s?$/;

const YEAR_ADJECTIVE = "(?:(?:учебного|календарного|текущего|отчетного|уч\\.?) ?)?";
const CONTEXT = new NotAfter(
  `(?:(?:(?:в течени[еяи]|на протяжении) (?:всего )?${YEAR_ADJECTIVE}` +
    "(?:года|г\\.|периода|срока|проекта|программы)(?! ?\\d))|постоянно|систематически|круглогодично|весь период|весь год)" +
    WORD_END,
  AFTER_LETTER,
);
/** "до конца года", "к концу учебного года": due when the table's period ends. */
const CONTEXT_END = new NotAfter(
  `(?:до конца|к концу) ${YEAR_ADJECTIVE}(?:года|г\\.|периода|срока|проекта|программы)(?! ?\\d)${WORD_END}`,
  AFTER_LETTER,
);

export function findYears(norm: string): Mention[] {
  const out: Mention[] = [];
  if (!norm.includes("20")) return out;
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(norm); m; m = YEARS.exec(norm)) {
    const end = m.index + m[0].length;
    const academicWords = m[1] !== undefined || m[6] !== undefined;
    const qualified =
      academicWords ||
      m[7] !== undefined ||
      PERIOD_PREFIX.test(norm.slice(Math.max(0, m.index - 12), m.index));
    if (m[5] !== undefined) {
      const y = Number(m[5]);
      out.push(
        mention("years", m.index, end, { year: y, endYear: y, academic: academicWords, qualified }),
      );
      continue;
    }
    const first = Number(m[2]);
    const last = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    if (last <= first) {
      out.push(
        mention("years", m.index, end, {
          year: first,
          endYear: first,
          academic: academicWords,
          qualified,
        }),
      );
      continue;
    }
    const academic = academicWords || (m[3] === "/" && last === first + 1);
    out.push(mention("years", m.index, end, { year: first, endYear: last, academic, qualified }));
  }
  return out;
}

/** Every phrase above contains one of these: most cells skip the long patterns. */
const CONTEXT_HINT = /течени|протяжени|постоянно|систематич|круглогод|весь|конц/;

export function findContextPhrases(norm: string): Mention[] {
  const out: Mention[] = [];
  if (!CONTEXT_HINT.test(norm)) return out;
  CONTEXT.lastIndex = 0;
  for (let m = CONTEXT.exec(norm); m; m = CONTEXT.exec(norm)) {
    out.push(mention("context", m.index, m.index + m[0].length, {}));
  }
  CONTEXT_END.lastIndex = 0;
  for (let m = CONTEXT_END.exec(norm); m; m = CONTEXT_END.exec(norm)) {
    const end = mention("context", m.index, m.index + m[0].length, {});
    // The preposition is part of the phrase; the refiner finds none before it to replace.
    end.prep = "untilEnd";
    out.push(end);
  }
  return out;
}
