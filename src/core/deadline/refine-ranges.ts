/**
 * Refiner: which neighbouring mentions form a range. Two days or months make a range when a
 * dash joins them ("Ноябрь- декабрь 2020", "25.02.2021- 12.12.2021", "Сентябрь 2020 – май
 * 2021"), or when the second is introduced by "по"/"до" with nothing else between ("С 10 по
 * 20 апреля", "с сентября до декабря"). Two quarters, halves or terms join the same way ("I-III
 * квартал 2022", "II-IV кв. 2021 г.", "с I по III квартал"). Anything else between them — a
 * comma, a slash, a space, other words — lists them as checkpoints ("Сентябрь 2021 Июнь 2022",
 * "23.06.2021, 17.11.2021", "II, IV кв.").
 *
 * People mistype the words between: "с 1 сентября по по 31 мая", "с 1 сентября п 31 мая",
 * "с 01.09.2021 до по 31.05.2022". After an opening "с" the second date closes the range when
 * only such connector words (or none) stand between them; without an opener, a doubled
 * connector still closes it.
 */
import type { Mention } from "./mention";

function isDayOrMonth(m: Mention): boolean {
  return m.kind === "day" || m.kind === "month";
}

function isSpan(m: Mention): boolean {
  return m.kind === "quarter" || m.kind === "half" || m.kind === "term";
}

function joinable(a: Mention, b: Mention): boolean {
  return (isDayOrMonth(a) && isDayOrMonth(b)) || (isSpan(a) && a.kind === b.kind);
}

/** "по", "до" and the ways they get mistyped, doubled or joined by "и"; a year word left over. */
const CONNECTORS: ReadonlySet<string> = new Set([
  "по",
  "до",
  "п",
  "о",
  "пп",
  "поо",
  "ппо",
  "пр",
  "ро",
  "оп",
  "и",
  "г",
  "года",
  "гг",
]);
/** Punctuation that may surround connectors; a comma or slash lists dates instead. */
const CONNECTOR_NOISE = /[\s.:-]+/;
const LIST_MARK = /[,;/]/;

function onlyConnectors(gap: string): boolean {
  if (LIST_MARK.test(gap)) return false;
  const words = gap.split(CONNECTOR_NOISE).filter((w) => w !== "");
  return words.length <= 3 && words.every((w) => CONNECTORS.has(w));
}

/** links[i]: mention i closes a range that mention i - 1 opens. */
export function rangeLinks(norm: string, mentions: Mention[]): boolean[] {
  const links = mentions.map(() => false);
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (links[i - 1] || !joinable(a, b)) continue;
    const between = norm.slice(a.end, b.prepIndex).trim();
    const closing = b.prep === "until" || b.prep === "through" || b.prep === "untilEnd";
    const opened = a.prep === "from" || a.prep === "since";
    links[i] =
      between === "-" ||
      (closing && (between === "" || onlyConnectors(between))) ||
      (opened && onlyConnectors(norm.slice(a.end, b.index)));
  }
  return links;
}
