import {
  duplicateNumber,
  normaliseNumber,
} from "../../../../src/core/validate/rules/duplicate-number";
import { buinsk, dalnerechensk, kislovodsk, makeTable, settingsFor } from "../fixtures";

describe("normaliseNumber", () => {
  it.each([
    ["3.", "3"],
    ["3. ", "3"],
    ["1.2.", "1.2"],
    ["1. 2", "1.2"],
    ["12", "12"],
  ])("%j → %j", (n, expected) => {
    expect(normaliseNumber(n)).toBe(expected);
  });
});

describe("duplicateNumber", () => {
  it("flags the second '3.' and names the first row (seed 000)", () => {
    expect(duplicateNumber(dalnerechensk(), settingsFor())).toEqual([
      {
        code: "duplicate-number",
        severity: "warning",
        row: 9,
        column: "A",
        field: "number",
        params: { number: "3.", firstRow: 8 },
      },
    ]);
  });

  it("lets numbering restart in each section and treats '2.' and '2' as one number", () => {
    const findings = duplicateNumber(buinsk(), settingsFor());
    expect(findings.map((f) => [f.row, f.params])).toEqual([[23, { number: "2", firstRow: 22 }]]);
  });

  it("flags every later occurrence, each naming the first", () => {
    const table = makeTable({
      columns: [
        ["№", "number"],
        ["Мероприятие", "activity"],
      ],
      rows: ["1", "1", "1."].map((n) => ({ number: n, values: [n, "Совещание"] })),
    });
    expect(duplicateNumber(table, settingsFor()).map((f) => [f.row, f.params.firstRow])).toEqual([
      [12, 11],
      [13, 11],
    ]);
  });

  it("ignores sections and unnumbered items, and points at the activity without a number column", () => {
    const table = makeTable({
      columns: [["Мероприятие", "activity"]],
      rows: [
        { kind: "section", number: "1.", section: "1. Задача", values: ["1. Задача"] },
        { number: "1.", section: "1. Задача", values: ["1. Анализ"] },
        { number: null, section: "1. Задача", values: ["Совещание"] },
        { number: null, section: "1. Задача", values: ["Семинар"] },
        { number: "1", section: "1. Задача", values: ["1 Мониторинг"] },
      ],
    });
    expect(duplicateNumber(table, settingsFor()).map((f) => [f.row, f.column])).toEqual([
      [15, "A"],
    ]);
  });

  it("finds nothing in distinct numbering", () => {
    expect(duplicateNumber(kislovodsk(), settingsFor())).toEqual([]);
  });
});
