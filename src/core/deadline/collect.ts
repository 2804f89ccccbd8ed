/**
 * Runs every parser over a normalised deadline and keeps one reading of each stretch of text:
 * where two mentions overlap, the one that starts first wins, and of two that start together
 * the longer — "Сентябрь 2020" is one month with its year, not a month and a year.
 */
import type { Mention } from "./mention";
import { findMonthPhrases } from "./month-phrases";
import { findNumericDates } from "./numeric-dates";
import { findContextPhrases, findYears } from "./periods";
import { findQuarters } from "./quarters";
import { attachPreps } from "./refine-preps";

const PARSERS: ((norm: string) => Mention[])[] = [
  findNumericDates,
  findMonthPhrases,
  findQuarters,
  findYears,
  findContextPhrases,
];

export function collectMentions(norm: string): Mention[] {
  const all: Mention[] = [];
  for (const parse of PARSERS) all.push(...parse(norm));
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Mention[] = [];
  let reach = 0;
  for (const m of all) {
    if (m.index < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  attachPreps(norm, kept);
  return kept;
}
