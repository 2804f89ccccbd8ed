/** Scores one header cell against the synonym patterns. */
import type { Field } from "../fields";
import { monthNumber } from "../deadline/months";
import { HEADER_PATTERNS } from "./header-synonyms";
import { normalizeHeader } from "./normalize";

export interface HeaderMatch {
  field: Exclude<Field, "other">;
  weight: number;
}

/** Header cells longer than this are prose (a title, an activity), not a column name. */
const MAX_HEADER_LENGTH = 120;

// Sheets repeat the same texts many times; scoring each distinct text once keeps the
// header search linear in practice on 10,000-row sheets.
const cache = new Map<string, HeaderMatch | null>();
const CACHE_LIMIT = 20_000;

export function scoreHeaderText(raw: string): HeaderMatch | null {
  if (raw.length === 0 || raw.length > MAX_HEADER_LENGTH) return null;
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const text = normalizeHeader(raw);
  let best: HeaderMatch | null = null;
  for (const p of HEADER_PATTERNS) {
    if ((best === null || p.weight > best.weight) && p.pattern.test(text)) {
      best = { field: p.field, weight: p.weight };
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, best);
  return best;
}

/** "2021 г.", "2021 год", "2021" — a year column under a deadline parent. */
export function yearOfHeader(raw: string): number | null {
  const m = /^\s*(20\d{2})\s*(г\.?|год|гг\.?)?\s*$/i.exec(raw);
  return m ? Number(m[1]) : null;
}

/** A column of a deadline grid: one quarter or one month under a merged deadline parent. */
export interface SlotOfHeader {
  unit: "quarter" | "month";
  /** The quarter (1–4) or the month (1–12). */
  n: number;
}

const QUARTER_HEADER = /^(iv|iii|ii|i|[1-4])(?: ?-?(?:й|ый))? ?(?:кв|квартал[а-я]*)$/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** "I кв.", "II квартал", "3 квартал", "январь", "янв.", "Сентябрь" — else null. */
export function slotOfHeader(raw: string): SlotOfHeader | null {
  const text = normalizeHeader(raw).replace(/і/g, "i");
  if (text.length === 0 || text.length > 20) return null;
  const q = QUARTER_HEADER.exec(text);
  if (q) return { unit: "quarter", n: ROMAN[q[1]] ?? Number(q[1]) };
  const month = monthNumber(text);
  return month === null ? null : { unit: "month", n: month };
}
