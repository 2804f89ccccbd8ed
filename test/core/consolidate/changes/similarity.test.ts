import {
  dice,
  normalizeNumber,
  normalizeText,
  stems,
} from "../../../../src/core/consolidate/changes/similarity";

describe("normalizeText", () => {
  it.each([
    ["Проведение  семинара.", "проведение семинара"],
    ["«Ёлка» — праздник!", "елка праздник"],
    ["  ВПР\nи ОГЭ ", "впр и огэ"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("normalizeNumber", () => {
  it.each([
    ["1.2.", "1.2"],
    [" 1.2 ", "1.2"],
    ["1,2", "1.2"],
    ["3.", "3"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeNumber(input)).toBe(expected);
  });
});

describe("stems", () => {
  it("cuts words to their first letters and drops one-letter words but not digits", () => {
    expect(stems("проведение семинара в 5 классах")).toEqual(["провед", "семина", "5", "класса"]);
  });
  it("gives nothing for an empty text", () => {
    expect(stems("")).toEqual([]);
  });
  it("makes a changed ending the same stem", () => {
    expect(stems("проведение")).toEqual(stems("проведения"));
  });
});

describe("dice", () => {
  it("is 1 for the same words in any order, 0 for nothing shared", () => {
    expect(dice(["a", "b"], ["b", "a"])).toBe(1);
    expect(dice(["a", "b"], ["c", "d"])).toBe(0);
  });
  it("is 0.9 for one word changed of ten", () => {
    const a = "a b c d e f g h i j".split(" ");
    const b = "a b c d e f g h i x".split(" ");
    expect(dice(a, b)).toBeCloseTo(0.9);
  });
  it("counts repeated words as many times as both have them", () => {
    expect(dice(["a", "a", "b"], ["a", "b", "b"])).toBeCloseTo(4 / 6);
  });
  it("is 1 for two empty texts and 0 for one empty", () => {
    expect(dice([], [])).toBe(1);
    expect(dice(["a"], [])).toBe(0);
  });
});
