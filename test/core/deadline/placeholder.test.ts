import { normalize } from "../../../src/core/deadline/normalize";
import { hasPlaceholderYear } from "../../../src/core/deadline/placeholder";

describe("hasPlaceholderYear", () => {
  it.each([
    "до 1 марта 202_ г.",
    "202Х год",
    "202x год",
    "20ХХ год",
    "20__",
    "«__» ______ 20__ г.",
    "25 августа X - 1 года",
    "1 октября X-1 года",
    "Х+1 год",
    "в течение х года",
  ])("%j has a placeholder year", (text) => {
    expect(hasPlaceholderYear(normalize(text))).toBe(true);
  });

  it.each([
    "до 1 марта 2022 г.",
    "2020-2021 учебный год",
    "IX класс, 2022 год",
    "ежегодно",
    "в течение года",
    "х",
    "2021 г.",
  ])("%j has none", (text) => {
    expect(hasPlaceholderYear(normalize(text))).toBe(false);
  });
});
