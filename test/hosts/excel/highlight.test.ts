import type { HighlightPlan, PaintArea } from "../../../src/core/plan";
import {
  applyHighlights,
  clearHighlights,
  isMarkerFormula,
  markerFormula,
} from "../../../src/hosts/excel/highlight";
import { ExcelHostError } from "../../../src/hosts/excel/errors";
import { FakeExcel, type FakeOptions, type FakeSheetSpec } from "./fake-excel";

function sheets(extra: Partial<FakeSheetSpec> = {}): FakeSheetSpec[] {
  return [
    {
      name: "План",
      values: [["x"]],
      conditionalFormats: [
        { address: "A1:F30", type: "Custom", formula: "=$D1<TODAY()" },
        { address: "B2:B9", type: "DataBar" },
      ],
    },
    { name: "Второй", values: [["x"]], ...extra },
  ];
}

const PLAN: HighlightPlan = {
  sheets: [
    {
      sheet: "План",
      areas: [
        { kind: "overdue", top: 7, bottom: 8, left: 2, right: 6 },
        { kind: "overdue", top: 12, bottom: 12, left: 2, right: 6 },
        { kind: "missing", top: 7, bottom: 7, left: 5, right: 5 },
      ],
    },
    { sheet: "Второй", areas: [{ kind: "due-soon", top: 4, bottom: 4, left: 1, right: 3 }] },
  ],
};

const AREAS = { rangeAreas: true };

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

const oursOn = (fake: FakeExcel, sheet: string) =>
  fake.formatsOn(sheet).filter((f) => f.spec === null);

/** A plan flagging `flagged` of `rows` rows, every other one, each with a missing cell. */
function bigPlan(rows: number, flagged: number): HighlightPlan {
  const areas: PaintArea[] = [];
  const step = Math.max(2, Math.floor(rows / flagged));
  for (let i = 0, r = 2; i < flagged; i++, r += step) {
    areas.push({
      kind: i % 3 === 0 ? "overdue" : "incomplete",
      top: r,
      bottom: r,
      left: 1,
      right: 7,
    });
  }
  for (let i = 0, r = 2; i < flagged; i += 3, r += 3 * step) {
    areas.push({ kind: "missing", top: r, bottom: r, left: 5, right: 5 });
  }
  return { sheets: [{ sheet: "План", areas }] };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("applyHighlights", () => {
  it("adds one marked format per kind and sheet over all its areas, cells last, in four syncs", async () => {
    const fake = new FakeExcel(sheets());
    const result = await applyHighlights(fake.context, PLAN, AREAS);
    expect(result).toEqual({ removed: 0, added: 3, skipped: [], unreadable: [] });
    expect(fake.calls).toEqual([
      'worksheets.load("items/name,items/protection/protected")',
      "sync",
      "План.getRange()",
      "Второй.getRange()",
      'План!*.conditionalFormats.load("items/type")',
      'Второй!*.conditionalFormats.load("items/type")',
      "sync",
      'План!A1:F30.cf.custom.rule.load("formula")',
      "sync",
      'План.getRanges("B7:F8,B12:F12")',
      'План!B7:F8,B12:F12.conditionalFormats.add("Custom")',
      'План!B7:F8,B12:F12.cf.custom.rule.formula = "=N(\\"roadmap-inspector:overdue\\")=0"',
      'План!B7:F8,B12:F12.cf.custom.format.fill.color = "#FFC7CE"',
      'План!B7:F8,B12:F12.cf.custom.format.font.color = "#9C0006"',
      'План.getRanges("E7")',
      'План!E7.conditionalFormats.add("Custom")',
      'План!E7.cf.custom.rule.formula = "=N(\\"roadmap-inspector:missing\\")=0"',
      'План!E7.cf.custom.format.fill.color = "#F4B084"',
      'Второй.getRanges("A4:C4")',
      'Второй!A4:C4.conditionalFormats.add("Custom")',
      'Второй!A4:C4.cf.custom.rule.formula = "=N(\\"roadmap-inspector:due-soon\\")=0"',
      'Второй!A4:C4.cf.custom.format.fill.color = "#FFEB9C"',
      'Второй!A4:C4.cf.custom.format.font.color = "#9C5700"',
      "sync",
    ]);
    expect(describeFormats(fake, "План")).toEqual([
      "user Custom A1:F30",
      "user DataBar B2:B9",
      'ours B7:F8,B12:F12 =N("roadmap-inspector:overdue")=0 #FFC7CE #9C0006',
      'ours E7 =N("roadmap-inspector:missing")=0 #F4B084 ',
    ]);
  });

  it("adds one format per area on an Excel without RangeAreas (Excel 2019)", async () => {
    const fake = new FakeExcel(sheets());
    const result = await applyHighlights(fake.context, PLAN, { rangeAreas: false });
    expect(result.added).toBe(4);
    expect(fake.calls.some((c) => c.includes("getRanges"))).toBe(false);
    expect(oursOn(fake, "План").map((f) => f.address)).toEqual(["B7:F8", "B12:F12", "E7"]);
    expect(fake.syncs).toBe(4);
  });

  it("replaces its previous highlights on a new check and leaves the user's alone", async () => {
    const fake = new FakeExcel(sheets());
    await applyHighlights(fake.context, PLAN, AREAS);
    const second: HighlightPlan = {
      sheets: [
        { sheet: "План", areas: [{ kind: "incomplete", top: 9, bottom: 9, left: 2, right: 6 }] },
      ],
    };
    const result = await applyHighlights(fake.context, second, AREAS);
    expect(result).toMatchObject({ removed: 3, added: 1 });
    expect(describeFormats(fake, "План")).toEqual([
      "user Custom A1:F30",
      "user DataBar B2:B9",
      'ours B9:F9 =N("roadmap-inspector:incomplete")=0 #FCE4D6 ',
    ]);
    expect(describeFormats(fake, "Второй")).toEqual([]);
  });

  it("paints 3,000 flagged rows of 10,000 in as many syncs as 10 rows, each request under 5 MB", async () => {
    const small = new FakeExcel(sheets());
    const big = new FakeExcel(sheets());
    await applyHighlights(small.context, bigPlan(10, 3), AREAS);
    await applyHighlights(big.context, bigPlan(10_000, 3_000), AREAS);
    expect(small.syncs).toBe(4);
    expect(big.syncs).toBe(4);
    // 4,000 areas in a handful of formats, each address within Excel's 8,192 characters.
    const ours = oursOn(big, "План");
    expect(ours.length).toBeLessThan(20);
    for (const f of ours) expect(f.address.length).toBeLessThanOrEqual(8_192);
    const painted = ours.flatMap((f) => f.address.split(","));
    expect(painted).toHaveLength(4_000);
    expect(Math.max(...big.requestSizes)).toBeLessThan(5 * 1024 * 1024);
  });

  it("sends a batch Excel refuses as too large again in halves", async () => {
    const reference = new FakeExcel(sheets());
    await applyHighlights(reference.context, bigPlan(10_000, 3_000), AREAS);
    // A request limit of 40 KB, and a budget that does not know it: Excel refuses, halves pass.
    const fake = new FakeExcel(sheets(), { requestLimitBytes: 40_000 });
    await applyHighlights(fake.context, bigPlan(10_000, 3_000), {
      rangeAreas: true,
      limits: { bytesPerSync: 10_000_000, addressChars: 8_000 },
    });
    expect(describeFormats(fake, "План")).toEqual(describeFormats(reference, "План"));
    expect(fake.syncs).toBeGreaterThan(4);
    expect(Math.max(...fake.requestSizes.filter((n) => n <= 40_000))).toBeGreaterThan(0);
  });

  it("leaves a protected sheet alone and says so, painting the others", async () => {
    const fake = new FakeExcel(
      sheets({
        protected: true,
        conditionalFormats: [
          { address: "A2:C2", type: "Custom", formula: markerFormula("overdue") },
        ],
      }),
    );
    const result = await applyHighlights(fake.context, PLAN, AREAS);
    expect(result.skipped).toEqual([{ sheet: "Второй", reason: "protected" }]);
    expect(oursOn(fake, "План")).toHaveLength(2);
    // An earlier highlight there cannot be taken off either: it stays, as the sheet is.
    expect(describeFormats(fake, "Второй")).toEqual(["user Custom A2:C2"]);
  });

  it("skips a sheet that is gone since the check, and paints the rest", async () => {
    const fake = new FakeExcel(sheets());
    const plan: HighlightPlan = {
      sheets: [
        ...PLAN.sheets,
        { sheet: "Удалённый", areas: [{ kind: "overdue", top: 1, bottom: 1, left: 1, right: 1 }] },
      ],
    };
    const result = await applyHighlights(fake.context, plan, AREAS);
    expect(result.skipped).toEqual([{ sheet: "Удалённый", reason: "missing" }]);
    expect(oursOn(fake, "Второй")).toHaveLength(1);
  });

  it("takes back what it added when a write fails midway, so no sheet stays half painted", async () => {
    const fake = new FakeExcel(sheets());
    // One batch per format; the user protects «Второй» while the first batch is being painted.
    const sync = fake.context.sync.bind(fake.context);
    let writes = 0;
    fake.context.sync = (async () => {
      await sync();
      if (fake.calls.filter((c) => c === "sync").length === 4 && writes++ === 0) {
        fake.setProtected("Второй", true);
      }
    }) as typeof fake.context.sync;
    const error = await failure(
      applyHighlights(fake.context, PLAN, {
        rangeAreas: true,
        limits: { bytesPerSync: 1, addressChars: 8_000 },
      }),
    );
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({
      code: "paint-failed",
      params: { code: "AccessDenied", cleaned: "yes" },
    });
    expect(oursOn(fake, "План")).toEqual([]);
    expect(oursOn(fake, "Второй")).toEqual([]);
    expect(describeFormats(fake, "План")).toEqual(["user Custom A1:F30", "user DataBar B2:B9"]);
  });

  it("fails in View mode without changing anything, and says what may remain", async () => {
    const before = new FakeExcel(sheets());
    await applyHighlights(before.context, PLAN, AREAS);
    const formats = describeFormats(before, "План");
    // The same workbook, now open where Excel refuses every write.
    const viewOnly = new FakeExcel(
      sheets().map((s) => ({
        ...s,
        conditionalFormats: before.formatsOn(s.name).map((f) => ({
          address: f.address,
          type: f.spec?.type ?? "Custom",
          formula: f.spec ? f.spec.formula : f.mock.custom.rule.formula,
        })),
      })),
      { writesRefused: "AccessDenied" } satisfies FakeOptions,
    );
    const error = await failure(applyHighlights(viewOnly.context, PLAN, AREAS));
    expect(error).toMatchObject({
      code: "paint-failed",
      params: { code: "AccessDenied", cleaned: "no" },
    });
    expect(describeFormats(viewOnly, "План").length).toBe(formats.length);
  });

  it("paints past a user's format that Excel cannot read, and leaves that one alone", async () => {
    const fake = new FakeExcel([
      {
        name: "План",
        values: [["x"]],
        conditionalFormats: [
          { address: "A1:A9", type: "CellValue" },
          { address: "C1:C9", type: "Custom", formula: "=C1>0", broken: true },
          { address: "D1:D9", type: "Custom", formula: markerFormula("overdue") },
        ],
      },
      { name: "Второй", values: [["x"]] },
    ]);
    const result = await applyHighlights(fake.context, PLAN, AREAS);
    expect(result).toMatchObject({
      removed: 1,
      added: 3,
      unreadable: [{ sheet: "План", count: 1 }],
    });
    expect(describeFormats(fake, "План").slice(0, 2)).toEqual([
      "user CellValue A1:A9",
      "user Custom C1:C9",
    ]);
    expect(oursOn(fake, "План").map((f) => f.address)).toEqual(["B7:F8,B12:F12", "E7"]);
  });
});

describe("clearHighlights", () => {
  it("removes exactly what the check added", async () => {
    const fake = new FakeExcel(sheets());
    const original = { plan: fake.formatsOn("План"), second: fake.formatsOn("Второй") };
    await applyHighlights(fake.context, PLAN, AREAS);
    fake.calls.length = 0;
    fake.syncs = 0;
    const result = await clearHighlights(fake.context);
    expect(result).toEqual({ removed: 3, protectedSheets: [], unreadable: [] });
    expect(fake.formatsOn("План")).toEqual(original.plan);
    expect(fake.formatsOn("Второй")).toEqual(original.second);
    expect(fake.calls.filter((c) => c.endsWith(".delete()"))).toEqual([
      "План!B7:F8,B12:F12.cf.delete()",
      "План!E7.cf.delete()",
      "Второй!A4:C4.cf.delete()",
    ]);
    expect(fake.syncs).toBe(4);
  });

  it("finds nothing to remove on a sheet it never painted", async () => {
    const fake = new FakeExcel(sheets());
    expect(await clearHighlights(fake.context)).toMatchObject({ removed: 0 });
    expect(fake.calls.some((c) => c.endsWith(".delete()"))).toBe(false);
    expect(fake.formatsOn("План")).toHaveLength(2);
  });

  it("removes ours elsewhere and names a protected sheet where it cannot", async () => {
    const fake = new FakeExcel(sheets());
    await applyHighlights(fake.context, PLAN, AREAS);
    fake.setProtected("Второй", true);
    const result = await clearHighlights(fake.context);
    expect(result).toEqual({ removed: 2, protectedSheets: ["Второй"], unreadable: [] });
    expect(oursOn(fake, "План")).toEqual([]);
    expect(oursOn(fake, "Второй")).toHaveLength(1);
  });

  it("clears past a user's format that Excel cannot read", async () => {
    const fake = new FakeExcel(
      sheets({
        conditionalFormats: [{ address: "A1", type: "Custom", formula: "=1", broken: true }],
      }),
    );
    await applyHighlights(fake.context, PLAN, AREAS);
    const result = await clearHighlights(fake.context);
    expect(result).toEqual({
      removed: 3,
      protectedSheets: [],
      unreadable: [{ sheet: "Второй", count: 1 }],
    });
    expect(describeFormats(fake, "Второй")).toEqual(["user Custom A1"]);
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
