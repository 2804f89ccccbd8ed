/**
 * Refiner: which neighbouring mentions form a range. Two days or months make a range when a
 * dash joins them ("Ноябрь- декабрь 2020", "25.02.2021- 12.12.2021", "Сентябрь 2020 – май
 * 2021"), or when the second is introduced by "по"/"до" with nothing else between ("С 10 по
 * 20 апреля", "с сентября до декабря"). Anything else between them — a comma, a slash, a
 * space, other words — lists them as checkpoints ("Сентябрь 2021 Июнь 2022",
 * "23.06.2021, 17.11.2021", "сентябрь 2022/февраль 2023"). Quarters, halves and terms never
 * join: "III - IV кв." are two quarter ends.
 */
import type { Mention } from "./mention";

function joinable(m: Mention): boolean {
  return m.kind === "day" || m.kind === "month";
}

/** links[i]: mention i closes a range that mention i - 1 opens. */
export function rangeLinks(norm: string, mentions: Mention[]): boolean[] {
  const links = mentions.map(() => false);
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (links[i - 1] || !joinable(a) || !joinable(b)) continue;
    const between = norm.slice(a.end, b.prepIndex).trim();
    const closing = b.prep === "until" || b.prep === "through" || b.prep === "untilEnd";
    links[i] = between === "-" || (between === "" && closing);
  }
  return links;
}
