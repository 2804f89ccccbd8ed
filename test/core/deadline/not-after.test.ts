/**
 * NotAfter is what a leading lookbehind says, without lookbehind (ES2017, EdgeHTML 18): on any
 * text it must give the same matches, at the same places with the same groups, as the native
 * `(?<![…])pattern` does in Node, which has lookbehind.
 */
import fc from "fast-check";
import { charClass, NotAfter } from "../../../src/core/deadline/not-after";

function all(next: () => RegExpExecArray | null): [number, string[]][] {
  const out: [number, string[]][] = [];
  for (let m = next(); m; m = next()) out.push([m.index, [...m].map((g) => g ?? "∅")]);
  return out;
}

function same(refused: string, source: string, text: string): void {
  const native = new RegExp(`(?<!${refused})(?:${source})`, "g");
  const ours = new NotAfter(source, charClass(refused));
  expect(all(() => ours.exec(text))).toEqual(all(() => native.exec(text)));
  expect(ours.lastIndex).toBe(0);
}

const TEXT = fc.string({
  unit: fc.constantFrom("а", "б", "1", "2", ".", " ", "-", "c"),
  maxLength: 24,
});

describe("NotAfter", () => {
  it.each([
    ["[а-я]", "аб?"],
    ["[\\d.]", "(\\d{1,2})(?:\\.(\\d{1,2}))?"],
    ["[а-яa-z]", "c(?![а-я])|б"],
    ["[\\d.,/]", "(\\d)([.-])\\d?"],
  ])("matches as (?<!%s)(?:%s) does", (refused, source) => {
    fc.assert(
      fc.property(TEXT, (text) => same(refused, source, text)),
      { numRuns: 400 },
    );
  });

  it("takes the refused characters from the match where the alternatives differ", () => {
    // A month word needs no letter before; a day list only no digit (month-phrases.ts).
    const phrase = new NotAfter("(\\d )?(май)", (m) =>
      m[1] === undefined ? charClass("[\\dа-я]") : charClass("\\d"),
    );
    expect(all(() => phrase.exec("1 май, 21 май, смай, а май"))).toEqual([
      [0, ["1 май", "1 ", "май"]],
      // "21 май": "1 май" follows a digit; "май" alone follows a space.
      [10, ["май", "∅", "май"]],
      [23, ["май", "∅", "май"]],
    ]);
  });
});
