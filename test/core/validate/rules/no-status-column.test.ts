import { noStatusColumn } from "../../../../src/core/validate/rules/no-status-column";
import { buinsk, dalnerechensk, settingsFor } from "../fixtures";

describe("noStatusColumn", () => {
  it("is silent when the table has a status column", () => {
    expect(noStatusColumn(buinsk(), settingsFor())).toEqual([]);
  });

  it("informs once, at table level, when it has none", () => {
    const findings = noStatusColumn(dalnerechensk(), settingsFor());
    expect(findings.map((f) => [f.code, f.severity, f.row, f.column])).toEqual([
      ["no-status-column", "info", null, null],
    ]);
  });
});
