import fc from "fast-check";
import { compareMonths, type ActivitySnapshot } from "../../../../src/core/consolidate/changes";
import { snap } from "./fixtures";

const kansk = [
  snap({ number: "1", activity: "Проведение методического семинара для учителей математики" }),
  snap({
    number: "2",
    activity: "Мониторинг результатов всероссийских проверочных работ в школах района",
    deadlineText: "Октябрь 2021",
    due: "2021-10-31",
  }),
  snap({
    number: "3",
    activity: "Обучение заместителей директоров по учебно-воспитательной работе",
    state: "overdue",
    deadlineText: "Май 2021",
    due: "2021-05-31",
  }),
];
const buinsk = [
  snap({
    municipality: "Буинский муниципальный район",
    number: "1",
    activity: "Анализ результатов ОГЭ",
  }),
];

function kinds(before: ActivitySnapshot[], after: ActivitySnapshot[], sent?: string[]) {
  return compareMonths(before, after, { sent }).changes.map((c) => [c.kind, c.number]);
}

describe("compareMonths", () => {
  it("reports nothing for the same month", () => {
    const r = compareMonths([...kansk, ...buinsk], [...kansk, ...buinsk]);
    expect(r.changes).toEqual([]);
    expect(r.matched).toBe(4);
    expect(Object.values(r.counts).every((n) => n === 0)).toBe(true);
  });

  it("calls a later due date a postponement and an earlier one a change", () => {
    const after = [
      { ...kansk[0], deadlineText: "Декабрь 2021", due: "2021-12-31" },
      { ...kansk[1], deadlineText: "Август 2021", due: "2021-08-31" },
      kansk[2],
    ];
    expect(kinds(kansk, after)).toEqual([
      ["postponed", "1"],
      ["deadline-changed", "2"],
    ]);
    const c = compareMonths(kansk, after).changes[0];
    expect(c.before?.deadlineText).toBe("Сентябрь 2021");
    expect(c.after?.deadlineText).toBe("Декабрь 2021");
  });

  it("reports a deadline that became vague, and a reworded vague one", () => {
    const vague = { ...kansk[0], deadlineText: "По графику", due: null };
    expect(kinds(kansk, [vague, kansk[1], kansk[2]])).toEqual([["deadline-changed", "1"]]);
    const other = { ...vague, deadlineText: "По запросу" };
    expect(kinds([vague], [other])).toEqual([["deadline-changed", "1"]]);
  });

  it("does not report a deadline rewritten to the same date", () => {
    const same = { ...kansk[0], deadlineText: "До 30.09.2021" };
    expect(kinds(kansk, [same, kansk[1], kansk[2]])).toEqual([]);
  });

  it("reports newly done once, not also as a status change", () => {
    const done = { ...kansk[2], state: "done" as const, status: "выполнено" };
    expect(kinds(kansk, [kansk[0], kansk[1], done])).toEqual([["newly-done", "3"]]);
  });

  it("reports newly overdue, and a status text that changed", () => {
    const overdue = { ...kansk[0], state: "overdue" as const };
    const status = { ...kansk[1], status: "в работе" };
    expect(kinds(kansk, [overdue, status, kansk[2]])).toEqual([
      ["newly-overdue", "1"],
      ["status-changed", "2"],
    ]);
  });

  it("reports added and removed activities, added first", () => {
    const added = snap({
      number: "4",
      activity: "Разработка плана работы с родителями обучающихся",
    });
    expect(kinds(kansk, [kansk[0], kansk[2], added])).toEqual([
      ["added", "4"],
      ["removed", "2"],
    ]);
  });

  it("does not report a slight rewording at all", () => {
    const reworded = {
      ...kansk[0],
      activity: "Проведение   методического семинара для педагогов математики",
    };
    expect(kinds(kansk, [reworded, kansk[1], kansk[2]])).toEqual([]);
  });

  it("gives a silent municipality one line, not one per activity", () => {
    const r = compareMonths([...kansk, ...buinsk], kansk);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({
      kind: "municipality-silent",
      municipality: "Буинский муниципальный район",
      silence: "no-file",
    });
    expect(r.counts["municipality-silent"]).toBe(1);
  });

  it("says when a silent municipality did send a file", () => {
    const r = compareMonths(buinsk, [], { sent: ["буинский  муниципальный район"] });
    expect(r.changes[0].silence).toBe("no-activities");
  });

  it("meets a municipality under another spelling of its name", () => {
    const renamed = kansk.map((s) => ({ ...s, municipality: "Г. КАНСК" }));
    expect(compareMonths(kansk, renamed).changes).toEqual([]);
  });

  it("counts each kind", () => {
    const after = [
      { ...kansk[0], deadlineText: "Декабрь 2021", due: "2021-12-31" },
      { ...kansk[1], state: "done" as const, status: "выполнено" },
    ];
    expect(compareMonths(kansk, after).counts).toMatchObject({
      postponed: 1,
      "newly-done": 1,
      removed: 1,
      added: 0,
    });
  });

  it("finds no change between a month and itself, whatever the month", () => {
    const words = fc.constantFrom("план", "семинар", "учителя", "ОГЭ", "школы", "отчёт");
    const item = fc.record({
      municipality: fc.constantFrom("г. Канск", "Буинский район"),
      number: fc.constantFrom("", "1", "2", "1.1"),
      activity: fc.array(words, { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")),
      due: fc.constantFrom(null, "2021-09-30", "2022-01-31"),
      state: fc.constantFrom("overdue" as const, "done" as const, "on-track" as const, null),
      status: fc.constantFrom("", "выполнено", "в работе"),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 15 }), (items) => {
        const month = items.map((i) => snap(i));
        expect(compareMonths(month, month).changes).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
