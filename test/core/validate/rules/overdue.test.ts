import { overdue } from "../../../../src/core/validate/rules/overdue";
import { buinsk, contextFor, deadlineOf, settingsFor } from "../fixtures";

describe("overdue", () => {
  const table = buinsk();

  it("reports the due date and days late for an overdue row", () => {
    const ctx = contextFor(table, 2, {
      deadline: deadlineOf({ text: "Октябрь 2021", due: "2021-10-31" }),
      state: "overdue",
      settings: settingsFor({ asOf: "2022-01-31" }),
    });
    expect(overdue(ctx)).toEqual([
      {
        code: "overdue",
        severity: "error",
        row: 18,
        column: "D",
        field: "deadline",
        params: { due: "31.10.2021", days: 92 },
      },
    ]);
  });

  it.each(["due-soon", "on-track", "done", "no-deadline"] as const)(
    "is silent in state %s",
    (state) => {
      expect(overdue(contextFor(table, 2, { state }))).toEqual([]);
    },
  );
});
