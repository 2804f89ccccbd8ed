import fc from "fast-check";
import { parseStatus } from "../../src/core/status";
import type { CellValue } from "../../src/core/grid";
import type { StatusState } from "../../src/core/validate/types";

describe("parseStatus", () => {
  it.each([
    ["выполнено", "done"],
    ["Выполнено.", "done"],
    ["ВЫПОЛНЕНО!", "done"],
    ["исполнено", "done"],
    ["Исполнено в срок", "done"],
    ["+", "done"],
    [" + ", "done"],
    ["✓", "done"],
    ["да", "done"],
    ["Да.", "done"],
    ["сделано", "done"],
    ["реализовано", "done"],
    ["завершено", "done"],
    ["Завершён", "done"],
    ["Проведено", "done"],
    ["выполнено 12.10.2021", "done"],
    ["12.10.2021", "done"],
    ["приказ от 01.10.2021 № 12", "done"],
    ["12 октября 2021 г.", "done"],
    ["в работе", "in-progress"],
    ["В процессе", "in-progress"],
    ["выполняется", "in-progress"],
    ["Исполняется", "in-progress"],
    ["частично", "in-progress"],
    ["Выполнено частично", "in-progress"],
    ["выполнено не в полном объёме", "in-progress"],
    ["не выполнено", "not-done"],
    ["Не исполнено.", "not-done"],
    ["нет", "not-done"],
    ["Нет", "not-done"],
    ["-", "not-done"],
    ["—", "not-done"],
    ["не начато", "not-done"],
    ["перенесено", "postponed"],
    ["Перенесено на 01.12.2021", "postponed"],
    ["перенос сроков", "postponed"],
    ["отложено", "postponed"],
    ["Иванов И.И.", "unknown"],
    ["см. отчет", "unknown"],
    ["14.00", "unknown"],
    ["данные уточняются", "unknown"],
  ])("%j is %s", (text, state) => {
    expect(parseStatus(text)).toEqual({ text: text.trim(), state });
  });

  it.each([
    [null, "", "unknown"],
    ["", "", "unknown"],
    ["   ", "", "unknown"],
    [new Date(Date.UTC(2021, 9, 12)), "2021-10-12", "done"],
    [new Date(Number.NaN), "", "unknown"],
    [44481, "44481", "done"],
    [1, "1", "unknown"],
    [true, "TRUE", "done"],
    [false, "FALSE", "not-done"],
  ] as [CellValue, string, StatusState][])("%p is %s", (value, text, state) => {
    expect(parseStatus(value)).toEqual({ text, state });
  });

  it("keeps the text as written", () => {
    expect(parseStatus("  Выполнено.  ").text).toBe("Выполнено.");
  });

  it("never throws and always names a known state", () => {
    const states = ["done", "in-progress", "not-done", "postponed", "unknown"];
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.date(), fc.constant(null)),
        (value) => {
          expect(states).toContain(parseStatus(value).state);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
