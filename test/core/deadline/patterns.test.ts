import { WORD_END, WORD_START, YEAR_TAIL, YEAR_WORD } from "../../../src/core/deadline/patterns";

describe("shared patterns", () => {
  const tail = new RegExp(`^x${YEAR_TAIL}$`);

  it.each([
    ["x 2020", "2020"],
    ["x 2021 г.", "2021"],
    ["x 2022 года", "2022"],
    ["x2021", "2021"],
    ["x", undefined],
  ])("the year tail reads %j", (text, year) => {
    expect(tail.exec(text)?.[1]).toBe(year);
  });

  it.each(["x 2020-2021", "x 2020/2021", "x 20201", "x 1850"])(
    "the year tail leaves %j to others",
    (text) => {
      expect(tail.test(text)).toBe(false);
    },
  );

  it("knows Cyrillic word edges", () => {
    const word = new RegExp(`${WORD_START}год${WORD_END}`);
    expect(word.test("один год назад")).toBe(true);
    expect(word.test("годовой")).toBe(false);
    expect(word.test("полгод")).toBe(false);
  });

  it.each(["г.", "года", "году", "гг.", "годы", "годах"])("%j is a year word", (w) => {
    expect(new RegExp(`^${YEAR_WORD}$`).test(w)).toBe(true);
  });
});
