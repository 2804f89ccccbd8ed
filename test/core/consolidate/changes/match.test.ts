import fc from "fast-check";
import { matchActivities } from "../../../../src/core/consolidate/changes";
import { snap } from "./fixtures";

const A = snap({
  number: "1",
  activity: "Проведение методического семинара для учителей математики",
});
const B = snap({
  number: "2",
  activity: "Мониторинг результатов всероссийских проверочных работ в школах",
});
const C = snap({
  number: "3",
  activity: "Обучение заместителей директоров по учебно-воспитательной работе",
});

describe("matchActivities", () => {
  it("pairs every activity of an unchanged month with itself", () => {
    const m = matchActivities([A, B, C], [A, B, C]);
    expect(m.pairs).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(m.added).toEqual([]);
    expect(m.removed).toEqual([]);
  });

  it("follows rows that moved and were renumbered", () => {
    const moved = [
      { ...C, number: "1" },
      { ...A, number: "2" },
      { ...B, number: "3" },
    ];
    const m = matchActivities([A, B, C], moved);
    expect(m.pairs).toEqual([
      [2, 0],
      [0, 1],
      [1, 2],
    ]);
  });

  it("follows an activity into another section", () => {
    const m = matchActivities([A], [{ ...A, section: "Задача 2. Кадры" }]);
    expect(m.pairs).toEqual([[0, 0]]);
  });

  it("matches a slight rewording: extra spaces, punctuation and one changed word", () => {
    const reworded = {
      ...A,
      activity: "Проведение  методического семинара для педагогов математики.",
    };
    const m = matchActivities([A, B], [reworded, B]);
    expect(m.pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("tolerates changed word endings", () => {
    const m = matchActivities(
      [snap({ activity: "Проведение семинаров для учителей математики и физики" })],
      [snap({ activity: "Проведения семинара для учителя математики и физики" })],
    );
    expect(m.pairs).toEqual([[0, 0]]);
  });

  it("does not match a short activity with a changed word under another number", () => {
    const m = matchActivities(
      [snap({ number: "4", activity: "Совещание директоров школ" })],
      [snap({ number: "7", activity: "Совещание заместителей школ" })],
    );
    expect(m.pairs).toEqual([]);
    expect(m.removed).toEqual([0]);
    expect(m.added).toEqual([0]);
  });

  it("matches the same short rewording when the number stayed", () => {
    const m = matchActivities(
      [snap({ number: "4", activity: "Совещание директоров школ района по итогам ВПР" })],
      [snap({ number: "4", activity: "Совещание заместителей школ района по итогам ВПР" })],
    );
    expect(m.pairs).toEqual([[0, 0]]);
  });

  it("does not match a rewritten activity", () => {
    const m = matchActivities([A], [snap({ activity: "Разработка плана работы с родителями" })]);
    expect(m.pairs).toEqual([]);
  });

  it("leaves a coin toss unmatched: two near-identical candidates, no number to tell them", () => {
    const before = [
      snap({
        number: "",
        activity: "Семинар для учителей математики по подготовке к ОГЭ в 2021 году",
      }),
      snap({
        number: "",
        activity: "Семинар для учителей математики по подготовке к ЕГЭ в 2021 году",
      }),
    ];
    const after = [
      snap({
        number: "",
        activity: "Семинар для учителей математики по подготовке к ГИА в 2021 году",
      }),
    ];
    const m = matchActivities(before, after);
    expect(m.pairs).toEqual([]);
    expect(m.removed).toEqual([0, 1]);
    expect(m.added).toEqual([0]);
  });

  it("pairs identical texts by their numbers", () => {
    const before = [
      snap({ number: "1", activity: "Совещание", deadlineText: "Сентябрь 2021" }),
      snap({ number: "2", activity: "Совещание", deadlineText: "Январь 2022" }),
    ];
    const after = [
      snap({ number: "2", section: "Другой раздел", activity: "Совещание" }),
      snap({ number: "1", section: "Другой раздел", activity: "Совещание" }),
    ];
    expect(matchActivities(before, after).pairs).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it("does not pair identical texts by position when numbers do not tell", () => {
    const before = [
      snap({ number: "", activity: "Совещание" }),
      snap({ number: "", activity: "Совещание" }),
    ];
    const after = [
      snap({ number: "", section: "X", activity: "Совещание" }),
      snap({ number: "", section: "X", activity: "Совещание" }),
    ];
    const m = matchActivities(before, after);
    expect(m.pairs).toEqual([]);
  });

  it("is a partial one-to-one matching whatever the inputs", () => {
    const words = fc.constantFrom(
      "план",
      "семинар",
      "учителя",
      "ОГЭ",
      "школы",
      "мониторинг",
      "отчёт",
    );
    const activity = fc.array(words, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
    const item = fc.record({ number: fc.constantFrom("", "1", "2", "1.1"), activity });
    const list = fc.array(item, { maxLength: 12 }).map((xs) => xs.map((x) => snap(x)));
    fc.assert(
      fc.property(list, list, (before, after) => {
        const m = matchActivities(before, after);
        const ps = m.pairs.map((p) => p[0]);
        const ns = m.pairs.map((p) => p[1]);
        expect(new Set(ps).size).toBe(ps.length);
        expect(new Set(ns).size).toBe(ns.length);
        expect(ps.length + m.removed.length).toBe(before.length);
        expect(ns.length + m.added.length).toBe(after.length);
        expect(matchActivities(before, before).pairs.every(([p, n]) => p === n)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
