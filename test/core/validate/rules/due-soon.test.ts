import { dueSoon } from "../../../../src/core/validate/rules/due-soon";
import { AS_OF, buinsk, contextFor, deadlineOf } from "../fixtures";

describe("dueSoon", () => {
  const table = buinsk();

  it("reports the due date and the days left", () => {
    const ctx = contextFor(table, 1, {
      deadline: deadlineOf({ due: "2021-10-23" }),
      state: "due-soon",
    });
    expect(dueSoon(ctx).map((f) => [f.code, f.severity, f.row, f.column, f.params])).toEqual([
      ["due-soon", "info", 17, "D", { due: "23.10.2021", days: 3 }],
    ]);
  });

  it("gives 0 days left on the due date itself", () => {
    const ctx = contextFor(table, 1, { deadline: deadlineOf({ due: AS_OF }), state: "due-soon" });
    expect(dueSoon(ctx)[0].params.days).toBe(0);
  });

  it.each(["overdue", "on-track", "done", "no-deadline"] as const)(
    "is silent in state %s",
    (state) => {
      expect(dueSoon(contextFor(table, 1, { state }))).toEqual([]);
    },
  );
});
