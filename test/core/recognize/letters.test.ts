/**
 * letters.ts spells out, for engines without Unicode property escapes (EdgeHTML 18), the
 * letters and digits of the blocks Russian tables use: in those blocks they must be exactly
 * what \p{L} and \p{N} are (Node has both), so header text normalises the same everywhere.
 */
import { DIGIT_BLOCKS, DIGITS, LETTER_BLOCKS, LETTERS } from "../../../src/core/recognize/letters";

function differences(blocks: readonly [number, number][], ours: RegExp, unicode: RegExp): string[] {
  const out: string[] = [];
  for (const [from, to] of blocks) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (ours.test(ch) !== unicode.test(ch)) out.push(`U+${c.toString(16).padStart(4, "0")}`);
    }
  }
  return out;
}

describe("letters and digits without \\p{…}", () => {
  it("are \\p{L} in the Latin, Greek and Cyrillic blocks", () => {
    expect(differences(LETTER_BLOCKS, new RegExp(`^[${LETTERS}]$`), /^\p{L}$/u)).toEqual([]);
  });

  it("are \\p{N} in the blocks of digits, numerals and numbered marks", () => {
    expect(differences(DIGIT_BLOCKS, new RegExp(`^[${DIGITS}]$`), /^\p{N}$/u)).toEqual([]);
  });

  it("know the letters and numerals of a Russian table", () => {
    const letter = new RegExp(`^[${LETTERS}]+$`);
    expect(letter.test("ЁжикВПРitΣ")).toBe(true);
    expect(new RegExp(`^[${DIGITS}]+$`).test("2021²Ⅳ①")).toBe(true);
    expect(letter.test("№")).toBe(false);
  });
});
