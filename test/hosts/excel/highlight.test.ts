import type { HighlightPlan, PaintArea } from "../../../src/core/plan";
import {
  applyHighlights,
  clearHighlights,
  isMarkerFormula,
  markerFormula,
} from "../../../src/hosts/excel/highlight";
import { ExcelHostError } from "../../../src/hosts/excel/errors";
import { FakeExcel, type FakeSheetSpec } from "./fake-excel";

function sheets(): FakeSheetSpec[] {
  return [
    {
      name: "План",
      values: [["x"]],
      conditionalFormats: [
        { address: "A1:F30", type: "Custom", formula: "=$D1<TODAY()" },
        { address: "B2:B9", type: "DataBar" },
      ],
    },
    { name: "Второй", values: [["x"]] },
  ];
}

const PLAN: HighlightPlan = {
  sheets: [
    {
      sheet: "План",
      areas: [
        { kind: "overdue", top: 7, bottom: 8, left: 2, right: 6 },
        { kind: "missing", top: 7, bottom: 7, left: 5, right: 5 },
      ],
    },
    { sheet: "Второй", areas: [{ kind: "due-soon", top: 4, bottom: 4, left: 1, right: 3 }] },
  ],
};

/** What a sheet's formats look like, readable in an assertion. */
function describeFormats(fake: FakeExcel, sheet: string): string[] {
  return fake
    .formatsOn(sheet)
    .map((f) =>
      f.spec
        ? `user ${f.spec.type} ${f.address}`
        : `ours ${f.address} ${f.mock.custom.rule.formula} ${f.mock.custom.format.fill.color} ${f.mock.custom.format.font.color ?? ""}`,
    );
}

describe("applyHighlights", () => {
  it("adds one marked conditional format per area, cells after rows, in four syncs", async () => {
    const fake = new FakeExcel(sheets());
    const result = await applyHighlights(fake.context, PLAN);
    expect(result).toEqual({ removed: 0, added: 3 });
    expect(fake.calls).toEqual([
      'worksheets.load("items/name")',
      "sync",
      "План.getRange()",
      'План!*.conditionalFormats.load("items/type")',
      "Второй.getRange()",
      'Второй!*.conditionalFormats.load("items/type")',
      "sync",
      'План!A1:F30.cf.custom.rule.load("formula")',
      "sync",
      'worksheets.getItem("План")',
      'План.getRange("B7:F8")',
      'План!B7:F8.conditionalFormats.add("Custom")',
      'План!B7:F8.cf.custom.rule.formula = "=N(\\"roadmap-inspector:overdue\\")=0"',
      'План!B7:F8.cf.custom.format.fill.color = "#FFC7CE"',
      'План!B7:F8.cf.custom.format.font.color = "#9C0006"',
      'План.getRange("E7")',
      'План!E7.conditionalFormats.add("Custom")',
      'План!E7.cf.custom.rule.formula = "=N(\\"roadmap-inspector:missing\\")=0"',
      'План!E7.cf.custom.format.fill.color = "#F4B084"',
      'worksheets.getItem("Второй")',
      'Второй.getRange("A4:C4")',
      'Второй!A4:C4.conditionalFormats.add("Custom")',
      'Второй!A4:C4.cf.custom.rule.formula = "=N(\\"roadmap-inspector:due-soon\\")=0"',
      'Второй!A4:C4.cf.custom.format.fill.color = "#FFEB9C"',
      'Второй!A4:C4.cf.custom.format.font.color = "#9C5700"',
      "sync",
    ]);
    expect(describeFormats(fake, "План")).toEqual([
      "user Custom A1:F30",
      "user DataBar B2:B9",
      'ours B7:F8 =N("roadmap-inspector:overdue")=0 #FFC7CE #9C0006',
      'ours E7 =N("roadmap-inspector:missing")=0 #F4B084 ',
    ]);
  });

  it("replaces its previous highlights on a new check and leaves the user's alone", async () => {
    const fake = new FakeExcel(sheets());
    await applyHighlights(fake.context, PLAN);
    const second: HighlightPlan = {
      sheets: [
        { sheet: "План", areas: [{ kind: "incomplete", top: 9, bottom: 9, left: 2, right: 6 }] },
      ],
    };
    const result = await applyHighlights(fake.context, second);
    expect(result).toEqual({ removed: 3, added: 1 });
    expect(describeFormats(fake, "План")).toEqual([
      "user Custom A1:F30",
      "user DataBar B2:B9",
      'ours B9:F9 =N("roadmap-inspector:incomplete")=0 #FCE4D6 ',
    ]);
    expect(describeFormats(fake, "Второй")).toEqual([]);
  });

  it("costs the same syncs for a plan of 10 rows as for 10,000", async () => {
    const planOf = (rows: number): HighlightPlan => {
      const areas: PaintArea[] = [];
      for (let r = 1; r <= rows; r += 2) {
        areas.push({ kind: "overdue", top: r, bottom: r, left: 1, right: 5 });
      }
      return { sheets: [{ sheet: "План", areas }] };
    };
    const small = new FakeExcel(sheets());
    const big = new FakeExcel(sheets());
    await applyHighlights(small.context, planOf(10));
    await applyHighlights(big.context, planOf(10_000));
    expect(small.syncs).toBe(4);
    expect(big.syncs).toBe(4);
    expect(big.formatsOn("План")).toHaveLength(2 + 5_000);
  });

  it("refuses a plan for a sheet that is gone, before changing anything", async () => {
    const fake = new FakeExcel(sheets());
    await applyHighlights(fake.context, PLAN);
    const before = describeFormats(fake, "План");
    const plan: HighlightPlan = {
      sheets: [
        { sheet: "Удалённый", areas: [{ kind: "overdue", top: 1, bottom: 1, left: 1, right: 1 }] },
      ],
    };
    const error = await applyHighlights(fake.context, plan).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({ code: "sheet-not-found", params: { sheet: "Удалённый" } });
    expect(describeFormats(fake, "План")).toEqual(before);
  });
});

describe("clearHighlights", () => {
  it("removes exactly what the check added", async () => {
    const fake = new FakeExcel(sheets());
    const original = { plan: fake.formatsOn("План"), second: fake.formatsOn("Второй") };
    await applyHighlights(fake.context, PLAN);
    fake.calls.length = 0;
    fake.syncs = 0;
    const removed = await clearHighlights(fake.context);
    expect(removed).toBe(3);
    expect(fake.formatsOn("План")).toEqual(original.plan);
    expect(fake.formatsOn("Второй")).toEqual(original.second);
    expect(fake.calls.filter((c) => c.endsWith(".delete()"))).toEqual([
      "План!B7:F8.cf.delete()",
      "План!E7.cf.delete()",
      "Второй!A4:C4.cf.delete()",
    ]);
    expect(fake.syncs).toBe(4);
  });

  it("finds nothing to remove on a sheet it never painted", async () => {
    const fake = new FakeExcel(sheets());
    expect(await clearHighlights(fake.context)).toBe(0);
    expect(fake.calls.some((c) => c.endsWith(".delete()"))).toBe(false);
    expect(fake.formatsOn("План")).toHaveLength(2);
  });
});

describe("marker formula", () => {
  it("is recognised, and a user's formula is not", () => {
    expect(isMarkerFormula(markerFormula("overdue"))).toBe(true);
    expect(isMarkerFormula("=$D1<TODAY()")).toBe(false);
    expect(isMarkerFormula('=A1="roadmap-inspector"')).toBe(false);
    expect(isMarkerFormula(undefined)).toBe(false);
  });
});
