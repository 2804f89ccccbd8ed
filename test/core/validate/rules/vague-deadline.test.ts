import { vagueDeadline } from "../../../../src/core/validate/rules/vague-deadline";
import { buinsk, contextFor, deadlineOf } from "../fixtures";

describe("vagueDeadline", () => {
  const table = buinsk();

  it("warns that a vague deadline cannot be checked", () => {
    const deadline = deadlineOf({ text: "По графику", kind: "vague", due: null });
    expect(vagueDeadline(contextFor(table, 6, { deadline }))).toEqual([
      {
        code: "vague-deadline",
        severity: "warning",
        row: 22,
        column: "D",
        field: "deadline",
        params: { text: "По графику" },
      },
    ]);
  });

  it.each(["date", "period", "unparsed", "missing"] as const)("is silent for kind %s", (kind) => {
    expect(vagueDeadline(contextFor(table, 6, { deadline: deadlineOf({ kind }) }))).toEqual([]);
  });
});
