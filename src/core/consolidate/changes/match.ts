/**
 * Matches one municipality's activities of last month with this month's, without ids: by
 * number, section and text, tolerant of small edits and of rows moving, never by position
 * alone. A match must be sure; one that is not leaves both sides unmatched, so the change is
 * reported as removed + added — a visible pair of lines — never as a silent edit.
 */
import type { ActivitySnapshot } from "./types";
import { dice, normalizeNumber, normalizeText, stems } from "./similarity";

/** A fuzzy match at or above this is sure on the text alone (two words of ten changed). */
export const SURE_SCORE = 0.8;
/** With the same number as well, a text this close is sure (one word of six changed). */
export const SURE_WITH_NUMBER = 0.65;
/**
 * A sure match must also be clearly the best: no other free candidate of either side may come
 * this close to its score (two near-identical activities are a coin toss, not a match).
 */
export const MARGIN = 0.1;

export interface Matching {
  /** Pairs of indices: [last month, this month]. */
  pairs: [number, number][];
  removed: number[];
  added: number[];
}

interface Keyed {
  index: number;
  number: string;
  text: string;
  /** Number, section and text together: where the activity stands and what it says. */
  place: string;
  deadline: string;
  stems: string[];
}

/** The items still free, keyed: normalising is the costly part, so only for those. */
function keyed(items: ActivitySnapshot[], free: Set<number>): Keyed[] {
  return [...free].map((index) => {
    const s = items[index];
    const text = normalizeText(s.activity);
    const number = normalizeNumber(s.number);
    return {
      index,
      number,
      text,
      place: `${number}\u0000${normalizeText(s.section)}\u0000${text}`,
      deadline: `${normalizeText(s.deadlineText)}\u0000${s.due ?? ""}`,
      stems: stems(text),
    };
  });
}

/** Everything compared, as written: most activities come back untouched month after month. */
function asWritten(s: ActivitySnapshot): string {
  return `${s.number}\u0000${s.section}\u0000${s.activity}\u0000${s.deadlineText}\u0000${s.due ?? ""}`;
}

export function matchActivities(before: ActivitySnapshot[], after: ActivitySnapshot[]): Matching {
  const pairs: [number, number][] = [];
  const prevFree = new Set(before.map((_, i) => i));
  const nextFree = new Set(after.map((_, i) => i));
  const takeAt = (p: number, n: number) => {
    pairs.push([p, n]);
    prevFree.delete(p);
    nextFree.delete(n);
  };
  const take = (p: Keyed, n: Keyed) => takeAt(p.index, n.index);

  // 0. Rows identical as written (step 1 below, before any normalising): the usual month.
  const queues = groupBy(
    before.map((s, i) => ({ key: asWritten(s), i })),
    (x) => x.key,
  );
  after.forEach((s, n) => {
    const p = queues.get(asWritten(s))?.shift();
    if (p) takeAt(p.i, n);
  });
  const prev = keyed(before, prevFree);
  const next = keyed(after, nextFree);

  const free = (ks: Keyed[], set: Set<number>) => ks.filter((k) => set.has(k.index));

  // 1. Rows alike in everything compared, deadline included: whichever pairs with whichever,
  //    nothing differs between them.
  pairInOrder(prev, next, (k) => `${k.place}\u0000${k.deadline}`, take);
  // 2. The same number, section and text, one of a kind on both sides: it stayed where it was.
  pairUnique(free(prev, prevFree), free(next, nextFree), (k) => k.place, take);

  // 3. The same text under another number or section: the row moved. Identical texts pair only
  //    by their (non-empty) numbers, or when the text is one of a kind on both sides.
  const withText = (ks: Keyed[], set: Set<number>) => free(ks, set).filter((k) => k.text);
  const prevByText = groupBy(withText(prev, prevFree), (k) => k.text);
  for (const [text, ns] of groupBy(withText(next, nextFree), (k) => k.text)) {
    const ps = prevByText.get(text);
    if (!ps) continue;
    pairUnique(
      ps.filter((k) => k.number),
      ns.filter((k) => k.number),
      (k) => k.number,
      take,
    );
    pairUnique(free(ps, prevFree), free(ns, nextFree), () => text, take);
  }

  // 4. A slightly edited text: fuzzy, sure matches only.
  fuzzy(withText(prev, prevFree), withText(next, nextFree), take);

  const byIndex = (a: number, b: number) => a - b;
  pairs.sort((a, b) => a[1] - b[1]);
  return {
    pairs,
    removed: [...prevFree].sort(byIndex),
    added: [...nextFree].sort(byIndex),
  };
}

/** Pairs items whose key is one of a kind on both sides. */
function pairUnique(
  prev: Keyed[],
  next: Keyed[],
  key: (k: Keyed) => string,
  take: (p: Keyed, n: Keyed) => void,
): void {
  const ps = groupBy(prev, key);
  for (const [k, ns] of groupBy(next, key)) {
    const p = ps.get(k);
    if (p?.length === 1 && ns.length === 1) take(p[0], ns[0]);
  }
}

/** Pairs items with equal keys, the first of each side with the first of the other. */
function pairInOrder(
  prev: Keyed[],
  next: Keyed[],
  key: (k: Keyed) => string,
  take: (p: Keyed, n: Keyed) => void,
): void {
  const queues = groupBy(prev, key);
  for (const n of next) {
    const queue = queues.get(key(n));
    const p = queue?.shift();
    if (p) take(p, n);
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

interface Candidate {
  p: Keyed;
  n: Keyed;
  score: number;
  sameNumber: boolean;
}

/** Below this two texts are not even considered (a shared word or two is not kinship). */
const PLAUSIBLE = SURE_WITH_NUMBER - MARGIN;

function fuzzy(prev: Keyed[], next: Keyed[], take: (p: Keyed, n: Keyed) => void): void {
  if (prev.length === 0 || next.length === 0) return;
  // Candidates share at least one stem: an index keeps this near-linear for the usual few
  // leftovers and bounded for a month in which everything was retyped.
  const byStem = new Map<string, Keyed[]>();
  for (const p of prev) {
    for (const s of new Set(p.stems)) {
      const list = byStem.get(s);
      if (list) list.push(p);
      else byStem.set(s, [p]);
    }
  }
  const candidates: Candidate[] = [];
  for (const n of next) {
    const seen = new Set<Keyed>();
    for (const s of new Set(n.stems)) for (const p of byStem.get(s) ?? []) seen.add(p);
    for (const p of seen) {
      const score = dice(p.stems, n.stems);
      if (score < PLAUSIBLE) continue;
      candidates.push({ p, n, score, sameNumber: p.number !== "" && p.number === n.number });
    }
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.sameNumber) - Number(a.sameNumber) ||
      a.n.index - b.n.index ||
      a.p.index - b.p.index,
  );
  const of = new Map<Keyed, Candidate[]>();
  for (const c of candidates) {
    for (const k of [c.p, c.n]) {
      const list = of.get(k);
      if (list) list.push(c);
      else of.set(k, [c]);
    }
  }
  const taken = new Set<Keyed>();
  const isRival = (c: Candidate, o: Candidate) =>
    o !== c &&
    !taken.has(o.p) &&
    !taken.has(o.n) &&
    o.score > c.score - MARGIN &&
    // The same number tells two close texts apart; a rival without it is no rival.
    !(c.sameNumber && !o.sameNumber);
  for (const c of candidates) {
    if (taken.has(c.p) || taken.has(c.n)) continue;
    const sure = c.score >= SURE_SCORE || (c.sameNumber && c.score >= SURE_WITH_NUMBER);
    if (!sure) continue;
    const rivals = [...(of.get(c.p) ?? []), ...(of.get(c.n) ?? [])];
    if (rivals.some((o) => isRival(c, o))) continue;
    taken.add(c.p);
    taken.add(c.n);
    take(c.p, c.n);
  }
}
