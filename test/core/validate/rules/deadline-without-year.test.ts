import { deadlineWithoutYear } from "../../../../src/core/validate/rules/deadline-without-year";
import { renderMessage } from "../../../../src/core/validate/catalogue";
import { contextFor, deadlineOf, primoryeWithoutResponsible } from "../fixtures";

describe("deadlineWithoutYear", () => {
  const table = primoryeWithoutResponsible();

  it("warns when the year could not be determined", () => {
    const deadline = deadlineOf({ text: "Март - июнь", kind: "range", due: null, needsYear: true });
    expect(deadlineWithoutYear(contextFor(table, 1, { deadline, period: null }))).toEqual([
      {
        code: "deadline-without-year",
        severity: "warning",
        row: 42,
        column: "A",
        field: "deadline",
        params: { text: "Март - июнь" },
      },
    ]);
  });

  it("asks for the year of a month in a plan over several years, naming the plan's span", () => {
    const deadline = deadlineOf({ text: "Март", kind: "date", due: null, needsYear: true });
    const period = { start: "2020-01-01", end: "2022-12-31" };
    const [f] = deadlineWithoutYear(contextFor(table, 1, { deadline, period }));
    expect(f).toEqual({
      code: "deadline-year-ambiguous",
      severity: "warning",
      row: 42,
      column: "A",
      field: "deadline",
      params: { text: "Март", start: "01.01.2020", end: "31.12.2022" },
    });
    expect(renderMessage(f, "ru")).toBe(
      "В сроке «Март» не указан год, а дорожная карта рассчитана на несколько лет (01.01.2020–31.12.2022): укажите год",
    );
  });

  it("points at the cell the deadline came from", () => {
    const deadline = deadlineOf({ text: "I кв.: х", kind: "range", due: null, needsYear: true });
    const [f] = deadlineWithoutYear(
      contextFor(table, 1, { deadline, period: null, deadlineColumn: "F" }),
    );
    expect(f.column).toBe("F");
  });

  it("is silent when the year was known or supplied", () => {
    const deadline = deadlineOf({
      text: "Март - июнь",
      kind: "range",
      start: "2021-03-01",
      due: "2021-06-30",
    });
    expect(deadlineWithoutYear(contextFor(table, 1, { deadline }))).toEqual([]);
  });
});
