/**
 * Quarters, half-years and school terms: "I квартал 2021", "III - IV кв.", "II, IV кв.",
 * "1 полугодие", "2-е полугодие 2021 года", "во втором полугодии", "3 четверть". Several
 * numerals before one word ("II, IV кв.", "I-III квартал", "с I по III квартал") give one
 * mention each, sharing the year; the range refiner joins those a dash or "по" joins.
 */
import { mention, type Mention, type MentionKind } from "./mention";
import { charClass, NotAfter } from "./not-after";
import { WORD_END, YEAR_TAIL } from "./patterns";

const ORDINAL =
  "перв(?:ый|ого|ом|ое|ая|ой|ую|ому)|втор(?:ой|ого|ом|ое|ая|ую|ому)|" +
  "трет(?:ий|ьего|ьем|ье|ья|ьей|ью|ьему)|четверт(?:ый|ого|ом|ое|ая|ой|ую|ому)";
const NUMERAL = `(?:iv|iii|ii|i|[1-4]|${ORDINAL})`;
const UNIT = "(кв(?:артал[а-я]*)?\\.?|полугод(?:ие|ия|ии|ию|ием|иям|иях)|четверт(?:ь|и|ью|ям|ях))";

/** Groups: 1 numerals, 2 unit word, 3 year. Not inside a word or a number ("3.1 кв."). */
const PHRASE = new NotAfter(
  `(${NUMERAL}(?: ?(?:,|и|-|по|до) ?${NUMERAL}){0,3})(?: ?-?(?:й|го|ом|е|ое|м|я))? ${UNIT}${WORD_END}${YEAR_TAIL}`,
  charClass("[а-яa-z0-9.]"),
);
const ONE_NUMERAL = new RegExp(NUMERAL, "g");

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL_PREFIX: Record<string, number> = { пер: 1, вто: 2, тре: 3, чет: 4 };

function numeralValue(s: string): number {
  return ROMAN[s] ?? ORDINAL_PREFIX[s.slice(0, 3)] ?? Number(s);
}

function unitKind(word: string): MentionKind {
  if (word.startsWith("кв")) return "quarter";
  if (word.startsWith("полугод")) return "half";
  return "term";
}

/** Every unit word above starts so: most cells skip the long pattern. */
const UNIT_HINT = /кв|полугод|четверт/;

export function findQuarters(norm: string): Mention[] {
  const out: Mention[] = [];
  if (!UNIT_HINT.test(norm)) return out;
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(norm); m; m = PHRASE.exec(norm)) {
    const kind = unitKind(m[2]);
    const most = kind === "half" ? 2 : 4;
    const year = m[3] === undefined ? null : Number(m[3]);
    const end = m.index + m[0].length;
    const numerals: { n: number; index: number; end: number }[] = [];
    ONE_NUMERAL.lastIndex = 0;
    for (let d = ONE_NUMERAL.exec(m[1]); d; d = ONE_NUMERAL.exec(m[1])) {
      const n = numeralValue(d[0]);
      if (n <= most)
        numerals.push({ n, index: m.index + d.index, end: m.index + d.index + d[0].length });
    }
    numerals.forEach((x, i) => {
      out.push(mention(kind, x.index, i === numerals.length - 1 ? end : x.end, { year, n: x.n }));
    });
  }
  return out;
}

/**
 * Calendar months [first, last] a quarter, half or term covers. A half-year is a school
 * half (September–December, January–August) when `academic`, else a calendar half.
 */
export function spanMonths(kind: MentionKind, n: number, academic: boolean): [number, number] {
  if (kind === "quarter") return [n * 3 - 2, n * 3];
  if (kind === "half") {
    if (academic) return n === 1 ? [9, 12] : [1, 8];
    return n === 1 ? [1, 6] : [7, 12];
  }
  return TERMS[n - 1];
}

/** School terms (четверти) at month precision: Sep–Oct, Nov–Dec, Jan–Mar, Apr–May. */
const TERMS: [number, number][] = [
  [9, 10],
  [11, 12],
  [1, 3],
  [4, 5],
];
