import { applySeverities, cellFinding, makeFinding } from "../../../src/core/validate/finding";
import { buinsk, settingsFor } from "./fixtures";

describe("makeFinding / cellFinding", () => {
  it("take severity and field from the catalogue", () => {
    expect(makeFinding("no-status-column", null, null)).toEqual({
      code: "no-status-column",
      severity: "info",
      row: null,
      column: null,
      field: "status",
      params: {},
    });
  });

  it("point at the first column of the code's field", () => {
    const f = cellFinding("overdue", buinsk(), 17, { due: "01.10.2021", days: 19 });
    expect([f.column, f.field, f.severity]).toEqual(["D", "deadline", "error"]);
  });
});

describe("applySeverities", () => {
  const findings = [
    makeFinding("overdue", 17, "D", { due: "01.10.2021", days: 19 }),
    makeFinding("no-status-column", null, null),
    makeFinding("vague-deadline", 22, "D", { text: "По графику" }),
  ];

  it("keeps defaults when nothing is overridden", () => {
    expect(applySeverities(findings, settingsFor())).toEqual(findings);
  });

  it("changes the severity of an overridden code and drops 'off'", () => {
    const out = applySeverities(
      findings,
      settingsFor({ severities: { overdue: "warning", "no-status-column": "off" } }),
    );
    expect(out.map((f) => [f.code, f.severity])).toEqual([
      ["overdue", "warning"],
      ["vague-deadline", "warning"],
    ]);
    expect(findings[0].severity).toBe("error");
  });
});
