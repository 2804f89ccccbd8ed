import { missingFields } from "../../../../src/core/validate/rules/missing-fields";
import {
  buinsk,
  contextFor,
  deadlineOf,
  primoryeWithoutResponsible,
  settingsFor,
} from "../fixtures";

const codesAndColumns = (findings: ReturnType<typeof missingFields>) =>
  findings.map((f) => [f.code, f.row, f.column]);

describe("missingFields", () => {
  const table = buinsk();

  it("finds nothing in a complete item", () => {
    expect(missingFields(contextFor(table, 1))).toEqual([]);
  });

  it("flags an empty expected result in its column", () => {
    expect(codesAndColumns(missingFields(contextFor(table, 2)))).toEqual([
      ["missing-expected-result", 18, "F"],
    ]);
  });

  it("counts a dash as an empty responsible", () => {
    const [f] = missingFields(contextFor(table, 3));
    expect([f.code, f.row, f.column, f.severity, f.field]).toEqual([
      "missing-responsible",
      19,
      "E",
      "error",
      "responsible",
    ]);
  });

  it("flags the deadline from what was read: kind missing", () => {
    const ctx = contextFor(table, 5, {
      deadline: deadlineOf({ text: "-", kind: "missing", due: null }),
    });
    expect(codesAndColumns(missingFields(ctx))).toEqual([["missing-deadline", 21, "D"]]);
  });

  it("does not flag a deadline that was read, whatever its kind", () => {
    const ctx = contextFor(table, 6, {
      deadline: deadlineOf({ text: "По графику", kind: "vague", due: null }),
    });
    expect(missingFields(ctx)).toEqual([]);
  });

  it("checks only required fields", () => {
    const settings = settingsFor({ required: ["deadline"] });
    expect(missingFields(contextFor(table, 3, { settings }))).toEqual([]);
    expect(missingFields(contextFor(table, 2, { settings }))).toEqual([]);
  });

  it("leaves a field without a column to the table-level rule", () => {
    const p = primoryeWithoutResponsible();
    expect(missingFields(contextFor(p, 1))).toEqual([]);
  });
});
