/**
 * The grammar on deadline phrases from real authority plans it was never developed on
 * (real-phrases.data.ts). A phrase read wrong is not a failing test by itself: the test pins
 * the exact list of misses and the share read right (due date and kind), so that a change that
 * reads one more phrase right, or one fewer, shows here and in the README's figure.
 */
import { parseDeadline } from "../../../src/core/deadline";
import { REAL_PHRASES, type RealPhrase } from "./real-phrases.data";
import { seedDeadlines } from "./seed-cells";

/** Phrases the grammar reads wrong today (kind or due date), by text. */
const KNOWN_MISSES: string[] = [];

function read(p: RealPhrase) {
  return parseDeadline(p.text, { period: p.period, asOf: p.asOf });
}

function isRight(p: RealPhrase): boolean {
  const d = read(p);
  return d.kind === p.kind && d.due === p.due;
}

describe("real deadline phrases", () => {
  it("holds at least 150 distinct phrases, none from the seeds, each with its source", () => {
    const texts = REAL_PHRASES.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThanOrEqual(150);
    const seeds = new Set(["000", "001", "002", "003", "004"].flatMap((id) => seedDeadlines(id)));
    expect(texts.filter((t) => seeds.has(t.trim()))).toEqual([]);
    for (const p of REAL_PHRASES) expect(p.source).toMatch(/^https?:\/\/\S+$/);
  });

  it("states a reading a deadline can have", () => {
    for (const p of REAL_PHRASES) {
      if (p.kind === "vague" || p.kind === "unparsed" || p.kind === "missing") {
        expect([p.text, p.start, p.due]).toEqual([p.text, null, null]);
      } else {
        expect([p.text, p.due]).toEqual([p.text, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
      }
    }
  });

  it("reads the measured share right (due date and kind); the misses are listed", () => {
    const misses = REAL_PHRASES.filter((p) => !isRight(p)).map((p) => p.text);
    expect(misses).toEqual(KNOWN_MISSES);
    const right = REAL_PHRASES.length - misses.length;
    expect(`${right}/${REAL_PHRASES.length}`).toBe(`${155}/${155}`);
  });

  it.each(REAL_PHRASES.filter(isRight).map((p) => [p.text, p] as const))(
    "%j: the start too, where the phrase has one",
    (_text, p) => {
      expect(read(p).start).toBe(p.start);
    },
  );
});
