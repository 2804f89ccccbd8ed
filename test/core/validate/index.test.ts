/**
 * checkTable with the real grammar. Expectations that depend on how a deadline is read are
 * stated against the grammar's own answer, so they hold whatever the grammar returns.
 */
import { parseDeadline } from "../../../src/core/deadline";
import { parseStatus } from "../../../src/core/status";
import { checkTable } from "../../../src/core/validate";
import { rowState } from "../../../src/core/validate/state";
import type { CheckedTable } from "../../../src/core/validate/types";
import {
  AS_OF,
  buinsk,
  dalnerechensk,
  kislovodsk,
  primoryeWithoutResponsible,
  settingsFor,
} from "./fixtures";

/** Codes whose presence does not depend on how the grammar reads a deadline. */
const GRAMMAR_FREE = new Set([
  "missing-deadline",
  "missing-responsible",
  "missing-expected-result",
  "duplicate-number",
]);

function grammarFreeFindings(checked: CheckedTable): [number, string, string | null][] {
  return checked.rows.flatMap((r) =>
    r.findings
      .filter((f) => GRAMMAR_FREE.has(f.code))
      .map((f): [number, string, string | null] => [r.row.row, f.code, f.column]),
  );
}

describe("checkTable on seed 001 (Буинск)", () => {
  const table = buinsk();
  const checked = checkTable(table, settingsFor());

  it("keeps every row in sheet order", () => {
    expect(checked.table).toBe(table);
    expect(checked.rows.map((r) => r.row)).toEqual(table.rows);
  });

  it("leaves sections without findings, deadline or state", () => {
    for (const r of checked.rows.filter((x) => x.row.kind === "section")) {
      expect(r.findings).toEqual([]);
      expect(r.state).toBe("no-deadline");
      expect(r.deadline.kind).toBe("missing");
    }
  });

  it("reads each item's deadline in the table's period and its status", () => {
    const items = checked.rows.filter((r) => r.row.kind === "item");
    expect(items).toHaveLength(6);
    for (const r of items) {
      const deadlineCell = r.row.values[3];
      if (deadlineCell !== "-") {
        expect(r.deadline).toEqual(
          parseDeadline(deadlineCell, { period: table.period, asOf: AS_OF }),
        );
      }
      expect(r.status).toEqual(parseStatus(r.row.values[6]));
      expect(r.state).toBe(rowState(r.deadline, r.status, AS_OF, 14));
    }
  });

  it("finds empty fields and the repeated number", () => {
    expect(grammarFreeFindings(checked)).toEqual([
      [18, "missing-expected-result", "F"],
      [19, "missing-responsible", "E"],
      [21, "missing-deadline", "D"],
      [23, "duplicate-number", "A"],
    ]);
  });

  it("has no table-level findings: all columns are there", () => {
    expect(checked.findings).toEqual([]);
  });
});

describe("checkTable on other seeds", () => {
  it("informs that seed 000 has no status column and flags the second '3.'", () => {
    const checked = checkTable(dalnerechensk(), settingsFor());
    expect(checked.findings.map((f) => f.code)).toEqual(["no-status-column"]);
    expect(grammarFreeFindings(checked)).toEqual([[9, "duplicate-number", "A"]]);
  });

  it("flags year columns with nothing in them as a missing deadline (seed 002)", () => {
    const checked = checkTable(kislovodsk(), settingsFor());
    expect(grammarFreeFindings(checked)).toEqual([[17, "missing-deadline", "E"]]);
    expect(checked.rows[3].deadline.kind).toBe("missing");
  });

  it("flags a missing responsible column once instead of on every row", () => {
    const checked = checkTable(primoryeWithoutResponsible(), settingsFor());
    expect(checked.findings.map((f) => f.code)).toEqual([
      "missing-column-responsible",
      "no-status-column",
    ]);
    expect(grammarFreeFindings(checked)).toEqual([]);
  });
});

describe("checkTable settings", () => {
  it("drops findings switched off and re-grades others, row and table level alike", () => {
    const checked = checkTable(
      dalnerechensk(),
      settingsFor({ severities: { "no-status-column": "off", "duplicate-number": "error" } }),
    );
    expect(checked.findings).toEqual([]);
    const dup = checked.rows.flatMap((r) => r.findings).find((f) => f.code === "duplicate-number");
    expect(dup?.severity).toBe("error");
  });

  it("checks only the required fields", () => {
    const checked = checkTable(buinsk(), settingsFor({ required: [] }));
    expect(grammarFreeFindings(checked)).toEqual([[23, "duplicate-number", "A"]]);
    const noColumns = checkTable(primoryeWithoutResponsible(), settingsFor({ required: [] }));
    expect(noColumns.findings.map((f) => f.code)).toEqual(["no-status-column"]);
  });
});
