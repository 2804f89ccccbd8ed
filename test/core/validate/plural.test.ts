import fc from "fast-check";
import { daysEn, daysRu, pluralRu } from "../../../src/core/validate/plural";

const FORMS = ["день", "дня", "дней"] as const;

describe("pluralRu", () => {
  it.each([
    [0, "дней"],
    [1, "день"],
    [2, "дня"],
    [4, "дня"],
    [5, "дней"],
    [11, "дней"],
    [12, "дней"],
    [14, "дней"],
    [21, "день"],
    [22, "дня"],
    [92, "дня"],
    [101, "день"],
    [111, "дней"],
    [112, "дней"],
    [1001, "день"],
  ])("%i → %s", (n, form) => {
    expect(pluralRu(n, FORMS)).toBe(form);
  });

  it("depends only on the last two digits", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(100), (n, hundreds) => {
        expect(pluralRu(n, FORMS)).toBe(pluralRu((n % 100) + hundreds * 100, FORMS));
      }),
    );
  });
});

describe("daysRu / daysEn", () => {
  it("writes the number with its word", () => {
    expect(daysRu(92)).toBe("92 дня");
    expect(daysRu(1)).toBe("1 день");
    expect(daysEn(1)).toBe("1 day");
    expect(daysEn(92)).toBe("92 days");
  });
});
