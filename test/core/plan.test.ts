import fc from "fast-check";
import { columnLetter } from "../../src/core/grid";
import {
  areaAddress,
  buildHighlightPlan,
  columnNumber,
  countAreas,
  isMissingCellFinding,
} from "../../src/core/plan";
import type { Field } from "../../src/core/fields";
import type { RowState } from "../../src/core/report";
import type { CheckedRow, CheckedTable, Finding } from "../../src/core/validate/types";

const COLUMNS: { column: string; field: Field }[] = [
  { column: "B", field: "number" },
  { column: "C", field: "activity" },
  { column: "D", field: "deadline" },
  { column: "E", field: "responsible" },
  { column: "F", field: "expectedResult" },
];

function missing(row: number, column: string, field: Field): Finding {
  return {
    code: `missing-${field === "expectedResult" ? "expected-result" : field}`,
    severity: "error",
    row,
    column,
    field,
    params: {},
  };
}

interface RowSpec {
  row: number;
  state?: RowState;
  kind?: "item" | "section";
  sourceRows?: number[];
  findings?: Finding[];
}

function checkedRow(spec: RowSpec): CheckedRow {
  const sourceRows = spec.sourceRows ?? [spec.row];
  return {
    row: {
      row: spec.row,
      kind: spec.kind ?? "item",
      sourceRows,
      values: COLUMNS.map(() => "x"),
      number: null,
      section: null,
    },
    deadline: { text: "", kind: "missing", start: null, due: null, dates: [], needsYear: false },
    status: { text: "", state: "unknown" },
    state: spec.state ?? "on-track",
    findings: spec.findings ?? [],
  };
}

function table(sheet: string, rows: RowSpec[], columns = COLUMNS): CheckedTable {
  return {
    table: {
      sheet,
      title: "",
      municipality: null,
      period: null,
      headerRows: [5, 5],
      columns: columns.map((c, i) => ({ index: i, ...c, header: c.field, year: null })),
      rows: rows.map((r) => checkedRow(r).row),
      continuations: [],
      lastRow: Math.max(...rows.map((r) => Math.max(...(r.sourceRows ?? [r.row])))),
    },
    rows: rows.map(checkedRow),
    findings: [],
  };
}

describe("buildHighlightPlan", () => {
  it("paints each flagged row across the table width and the missing cell itself", () => {
    const plan = buildHighlightPlan([
      table("План", [
        { row: 6, kind: "section", state: "no-deadline" },
        { row: 7, state: "overdue", findings: [missing(7, "E", "responsible")] },
        { row: 8, state: "done" },
        { row: 9, state: "on-track", findings: [missing(9, "F", "expectedResult")] },
        { row: 10, state: "due-soon" },
        { row: 11, state: "no-deadline" },
      ]),
    ]);
    expect(plan).toEqual({
      sheets: [
        {
          sheet: "План",
          areas: [
            { kind: "overdue", top: 7, bottom: 7, left: 2, right: 6 },
            { kind: "incomplete", top: 9, bottom: 9, left: 2, right: 6 },
            { kind: "due-soon", top: 10, bottom: 10, left: 2, right: 6 },
            { kind: "missing", top: 7, bottom: 7, left: 5, right: 5 },
            { kind: "missing", top: 9, bottom: 9, left: 6, right: 6 },
          ],
        },
      ],
    });
  });

  it("joins consecutive rows of one kind and breaks the run where the kind changes", () => {
    const plan = buildHighlightPlan([
      table("Лист1", [
        { row: 7, state: "overdue" },
        { row: 8, state: "overdue" },
        { row: 9, state: "overdue" },
        { row: 10, state: "due-soon" },
        { row: 12, state: "due-soon" },
      ]),
    ]);
    expect(plan.sheets[0].areas.map(areaAddress)).toEqual(["B7:F9", "B10:F10", "B12:F12"]);
    expect(countAreas(plan)).toEqual({ overdue: 1, incomplete: 0, "due-soon": 2, missing: 0 });
  });

  it("prefers overdue over incomplete over due soon when a row is several at once", () => {
    const plan = buildHighlightPlan([
      table("Лист1", [
        { row: 7, state: "overdue", findings: [missing(7, "D", "deadline")] },
        { row: 8, state: "due-soon", findings: [missing(8, "E", "responsible")] },
      ]),
    ]);
    expect(plan.sheets[0].areas.map((a) => `${a.kind} ${areaAddress(a)}`)).toEqual([
      "overdue B7:F7",
      "incomplete B8:F8",
      "missing D7",
      "missing E8",
    ]);
  });

  it("paints every sheet row of an activity split by a page break", () => {
    const plan = buildHighlightPlan([
      table("План", [
        {
          row: 12,
          sourceRows: [12, 13],
          state: "on-track",
          findings: [missing(12, "E", "responsible")],
        },
      ]),
    ]);
    expect(plan.sheets[0].areas.map((a) => `${a.kind} ${areaAddress(a)}`)).toEqual([
      "incomplete B12:F13",
      "missing E12:E13",
    ]);
  });

  it("keeps one plan per sheet and leaves out sheets with nothing to paint", () => {
    const plan = buildHighlightPlan([
      table("Первый", [{ row: 7, state: "overdue" }]),
      table("Чистый", [{ row: 7, state: "done" }]),
      table(
        "Второй",
        [{ row: 20, state: "due-soon" }],
        [
          { column: "A", field: "deadline" },
          { column: "AB", field: "activity" },
        ],
      ),
    ]);
    expect(plan.sheets.map((s) => s.sheet)).toEqual(["Первый", "Второй"]);
    expect(plan.sheets[1].areas).toEqual([
      { kind: "due-soon", top: 20, bottom: 20, left: 1, right: 28 },
    ]);
  });

  it("does not paint table-level findings or findings without a cell", () => {
    const t = table("План", [
      {
        row: 7,
        findings: [
          {
            code: "vague-deadline",
            severity: "warning",
            row: 7,
            column: "D",
            field: "deadline",
            params: {},
          },
          {
            code: "missing-responsible",
            severity: "error",
            row: 7,
            column: null,
            field: null,
            params: {},
          },
        ],
      },
    ]);
    t.findings.push({
      code: "missing-column-responsible",
      severity: "error",
      row: null,
      column: null,
      field: "responsible",
      params: {},
    });
    expect(buildHighlightPlan([t])).toEqual({ sheets: [] });
  });

  it("gives an empty plan for no tables", () => {
    expect(buildHighlightPlan([])).toEqual({ sheets: [] });
  });
});

describe("plan helpers", () => {
  it("reads column letters back to the numbers columnLetter wrote", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16384 }), (n) => {
        expect(columnNumber(columnLetter(n))).toBe(n);
      }),
    );
    expect(columnNumber("XFD")).toBe(16384);
  });

  it("refuses something that is not a column", () => {
    expect(() => columnNumber("a1")).toThrow('Not a column letter: "a1"');
  });

  it("writes one-cell areas without a colon", () => {
    expect(areaAddress({ kind: "missing", top: 3, bottom: 3, left: 27, right: 27 })).toBe("AA3");
  });

  it("knows which findings name a missing cell", () => {
    expect(isMissingCellFinding(missing(4, "E", "responsible"))).toBe(true);
    expect(
      isMissingCellFinding({
        code: "overdue",
        severity: "error",
        row: 4,
        column: "D",
        field: "deadline",
        params: {},
      }),
    ).toBe(false);
  });
});
