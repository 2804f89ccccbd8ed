import { deadlineWithoutYear } from "../../../../src/core/validate/rules/deadline-without-year";
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
