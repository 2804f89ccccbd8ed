import { unparsedDeadline } from "../../../../src/core/validate/rules/unparsed-deadline";
import { buinsk, contextFor, deadlineOf } from "../fixtures";

describe("unparsedDeadline", () => {
  const table = buinsk();
  const unparsed = deadlineOf({ text: "после каникул", kind: "unparsed", due: null });

  it("asks a person to look at text the grammar could not read", () => {
    expect(unparsedDeadline(contextFor(table, 2, { deadline: unparsed }))).toEqual([
      {
        code: "unparsed-deadline",
        severity: "warning",
        row: 18,
        column: "D",
        field: "deadline",
        params: { text: "после каникул" },
      },
    ]);
  });

  it("leaves a yearless deadline to its own rule", () => {
    const ctx = contextFor(table, 2, { deadline: { ...unparsed, needsYear: true } });
    expect(unparsedDeadline(ctx)).toEqual([]);
  });

  it.each(["date", "range", "vague", "missing", "recurring"] as const)(
    "is silent for kind %s",
    (kind) => {
      expect(unparsedDeadline(contextFor(table, 2, { deadline: deadlineOf({ kind }) }))).toEqual(
        [],
      );
    },
  );
});
