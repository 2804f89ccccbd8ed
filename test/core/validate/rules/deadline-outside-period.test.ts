import { deadlineOutsidePeriod } from "../../../../src/core/validate/rules/deadline-outside-period";
import type { Deadline } from "../../../../src/core/deadline/types";
import { buinsk, contextFor, deadlineOf } from "../fixtures";

describe("deadlineOutsidePeriod", () => {
  const table = buinsk(); // period 01.09.2021–31.08.2022
  const check = (deadline: Deadline, period = table.period) =>
    deadlineOutsidePeriod(contextFor(table, 2, { deadline, period }));

  it("warns about a due date after the period, naming the period", () => {
    expect(check(deadlineOf({ text: "Сентябрь 2023", due: "2023-09-30" }))).toEqual([
      {
        code: "deadline-outside-period",
        severity: "warning",
        row: 18,
        column: "D",
        field: "deadline",
        params: { text: "Сентябрь 2023", start: "01.09.2021", end: "31.08.2022" },
      },
    ]);
  });

  it("checks a range's start and every checkpoint", () => {
    const early = deadlineOf({ kind: "range", start: "2021-08-01", due: "2021-10-31" });
    expect(check(early)).toHaveLength(1);
    const checkpoints = deadlineOf({
      kind: "checkpoints",
      due: "2021-09-30",
      dates: ["2021-09-30", "2022-09-30"],
    });
    expect(check(checkpoints)).toHaveLength(1);
  });

  it("accepts the period's first and last days", () => {
    expect(check(deadlineOf({ kind: "range", start: "2021-09-01", due: "2022-08-31" }))).toEqual(
      [],
    );
  });

  it("does not judge deadlines generated from the period, or without a period", () => {
    expect(
      check(deadlineOf({ kind: "recurring", due: "2022-09-10", dates: ["2022-09-10"] })),
    ).toEqual([]);
    expect(check(deadlineOf({ kind: "period", due: "2022-12-31" }))).toEqual([]);
    expect(check(deadlineOf({ due: "2030-01-01" }), null)).toEqual([]);
  });
});
