import type { Grid } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/hosts/excel/read";
import { ExcelHostError } from "../../../src/hosts/excel/errors";
import { FakeExcel, type FakeSheetSpec } from "./fake-excel";

const MOCK_ERRORS = ["Error, property was not loaded", "Error, context.sync() was not called"];

/** The mock answers an unloaded property with an error string: no grid may carry one. */
function expectNoMockErrors(grids: Grid[]): void {
  for (const g of grids) {
    for (const row of g.cells) {
      expect(Array.isArray(row)).toBe(true);
      for (const v of row) expect(MOCK_ERRORS).not.toContain(v);
    }
  }
}

const HEADER = ["№ п/п", "Мероприятия", "Сроки", "Ответственные", "Ожидаемый результат"];

function roadmapSheet(rows: number, name = "План"): FakeSheetSpec {
  const values: (string | number)[][] = [HEADER];
  const formats: string[][] = [HEADER.map(() => "General")];
  for (let i = 1; i <= rows; i++) {
    values.push([i, `Мероприятие ${i}`, 44256 + i, "Иванов И.И.", "Приказ"]);
    formats.push(["General", "General", "dd.mm.yyyy", "@", "General"]);
  }
  return { name, origin: { row: 3, col: 1 }, values, formats, merges: ["A1:E1"] };
}

describe("readWorkbook", () => {
  it("reads names, then sizes and merges, then values and formats: three syncs", async () => {
    const fake = new FakeExcel([
      {
        name: "План",
        origin: { row: 2, col: 2 },
        values: [
          ["Сроки", "Мероприятие", ""],
          [44256, "Совещание", true],
          ["Октябрь 2021", "", 3.5],
        ],
        formats: [
          ["General", "General", "General"],
          ["dd.mm.yyyy", "General", "General"],
          ["@", "General", "0.0"],
        ],
        merges: ["B2:C2", "A10:C12"],
      },
      { name: "Пусто", values: [] },
    ]);
    const read = await readWorkbook(fake.context, { merges: true });

    expect(fake.calls).toEqual([
      'worksheets.load("items/name,items/visibility")',
      "sync",
      "План.getUsedRangeOrNullObject(true)",
      'План.usedRange.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount")',
      "План.getRange()",
      "План!*.getMergedAreasOrNullObject()",
      'План.merged.load("isNullObject,address")',
      "Пусто.getUsedRangeOrNullObject(true)",
      'Пусто.usedRange.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount")',
      "Пусто.getRange()",
      "Пусто!*.getMergedAreasOrNullObject()",
      'Пусто.merged.load("isNullObject,address")',
      "sync",
      "План.getRangeByIndexes(1, 1, 3, 3)",
      'План.block.load("values,numberFormat")',
      "sync",
    ]);
    expect(read).toEqual({
      grids: [
        {
          sheet: "План",
          origin: { row: 2, col: 2 },
          cells: [
            ["Сроки", "Мероприятие", null],
            [new Date(Date.UTC(2021, 2, 1)), "Совещание", true],
            ["Октябрь 2021", null, 3.5],
          ],
          // A1:C12 lies partly outside the used range B2:D4: only its overlap is kept.
          merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
        },
      ],
      skipped: [],
      hidden: [],
      mergesRead: true,
      mergesUnread: [],
    });
  });

  it("spends the same number of syncs on 10 rows as on 10,000", async () => {
    const small = new FakeExcel([roadmapSheet(10), roadmapSheet(5, "Второй")]);
    const big = new FakeExcel([roadmapSheet(10_000), roadmapSheet(5, "Второй")]);
    const a = await readWorkbook(small.context, { merges: true });
    const b = await readWorkbook(big.context, { merges: true });
    expect(small.syncs).toBe(3);
    expect(big.syncs).toBe(3);
    expect(a.grids[0].cells).toHaveLength(11);
    expect(b.grids[0].cells).toHaveLength(10_001);
    expect(b.grids[0].cells[10_000]).toEqual([
      10_000,
      "Мероприятие 10000",
      new Date(Date.UTC(2021, 2, 1) + 10_000 * 86_400_000),
      "Иванов И.И.",
      "Приказ",
    ]);
    expectNoMockErrors(b.grids);
  });

  it("does not ask for merged areas when this Excel cannot give them", async () => {
    const fake = new FakeExcel([roadmapSheet(2)]);
    const read = await readWorkbook(fake.context, { merges: false });
    expect(fake.calls.filter((c) => c.includes("Merged"))).toEqual([]);
    expect(read.mergesRead).toBe(false);
    expect(read.grids[0].merges).toEqual([]);
  });

  it("skips a sheet bigger than the limit and says which", async () => {
    const fake = new FakeExcel([roadmapSheet(30, "Огромный"), roadmapSheet(3)]);
    const read = await readWorkbook(fake.context, {
      merges: true,
      limits: { cellsPerSync: 200_000, maxSheetCells: 100 },
    });
    expect(read.skipped).toEqual([{ sheet: "Огромный", rows: 31, columns: 5 }]);
    expect(read.grids.map((g) => g.sheet)).toEqual(["План"]);
    expect(fake.calls.some((c) => c.startsWith("Огромный.getRangeByIndexes"))).toBe(false);
  });

  it("reads a range over the budget in row blocks and joins them", async () => {
    const whole = await readWorkbook(new FakeExcel([roadmapSheet(9)]).context, { merges: true });
    const fake = new FakeExcel([roadmapSheet(9)]);
    const chunked = await readWorkbook(fake.context, {
      merges: true,
      limits: { cellsPerSync: 20, maxSheetCells: 1_000 },
    });
    expect(fake.calls.filter((c) => c.includes("getRangeByIndexes"))).toEqual([
      "План.getRangeByIndexes(2, 0, 4, 5)",
      "План.getRangeByIndexes(6, 0, 4, 5)",
      "План.getRangeByIndexes(10, 0, 2, 5)",
    ]);
    expect(fake.syncs).toBe(5);
    expect(chunked).toEqual(whole);
  });

  it.each([
    ["refuses the response as too large", { payloadLimitCells: 20 }],
    // The same 5 MB rule counted in bytes of the answer, scaled down to this small sheet.
    ["refuses a response over its byte limit", { responseLimitBytes: 600 }],
    ["returns null values", { nullValuesAboveCells: 25 }],
  ])("reads again in halves when Excel %s", async (_why, limits) => {
    const whole = await readWorkbook(new FakeExcel([roadmapSheet(7)]).context, { merges: true });
    const fake = new FakeExcel([roadmapSheet(7)], limits);
    const read = await readWorkbook(fake.context, { merges: true });
    expect(fake.calls.filter((c) => c.includes("getRangeByIndexes"))).toEqual([
      "План.getRangeByIndexes(2, 0, 8, 5)",
      "План.getRangeByIndexes(2, 0, 4, 5)",
      "План.getRangeByIndexes(6, 0, 4, 5)",
    ]);
    expect(read).toEqual(whole);
  });

  it("gives up with a clear error when even one row is too large", async () => {
    const fake = new FakeExcel([roadmapSheet(1)], { payloadLimitCells: 3 });
    const error = await readWorkbook(fake.context, { merges: true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({
      code: "sheet-too-large",
      params: { sheet: "План", rows: 2, columns: 5 },
    });
  });

  it("lets any other Excel error through unchanged", async () => {
    const fake = new FakeExcel([roadmapSheet(1)]);
    const boom = Object.assign(new Error("Доступ запрещён"), { code: "AccessDenied" });
    const sync = fake.context.sync.bind(fake.context);
    let n = 0;
    fake.context.sync = async () => {
      n += 1;
      if (n === 3) throw boom;
      return sync();
    };
    await expect(readWorkbook(fake.context, { merges: true })).rejects.toBe(boom);
  });

  it("leaves hidden and very hidden sheets out, and names them", async () => {
    const fake = new FakeExcel([
      { ...roadmapSheet(3, "Скрытый"), visibility: "Hidden" },
      roadmapSheet(3),
      { ...roadmapSheet(3, "Служебный"), visibility: "VeryHidden" },
    ]);
    const read = await readWorkbook(fake.context, { merges: true });
    expect(read.grids.map((g) => g.sheet)).toEqual(["План"]);
    expect(read.hidden).toEqual([
      { sheet: "Скрытый", visibility: "Hidden" },
      { sheet: "Служебный", visibility: "VeryHidden" },
    ]);
    expect(fake.calls.some((c) => c.startsWith("Скрытый.") || c.startsWith("Служебный."))).toBe(
      false,
    );
    expect(fake.syncs).toBe(3);
  });
});

/** A printed form: every data row's activity merged over two columns, plus a title. */
function mergeHeavySheet(rows: number, name = "Форма"): FakeSheetSpec {
  const sheet = roadmapSheet(rows, name);
  // Data rows are sheet rows 4.. (origin row 3 holds the header): B:C merged on each.
  sheet.values = sheet.values.map((r) => [...r, ""]);
  sheet.formats = sheet.formats!.map((r) => [...r, "General"]);
  sheet.merges = ["A1:F1", ...Array.from({ length: rows }, (_, i) => `B${i + 4}:C${i + 4}`)];
  return sheet;
}

describe("readWorkbook on a sheet with more merged areas than Excel gives at once", () => {
  it("fails in a fake that keeps Excel's limit of 512", async () => {
    const fake = new FakeExcel([mergeHeavySheet(512)]);
    const sheet = fake.context.workbook.worksheets.getItem("Форма");
    const merged = sheet.getRange().getMergedAreasOrNullObject();
    merged.load("address");
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("reads them in row blocks, each merged area once, and the other sheets as usual", async () => {
    const fake = new FakeExcel([mergeHeavySheet(600), roadmapSheet(3)]);
    const unlimited = new FakeExcel([mergeHeavySheet(600), roadmapSheet(3)], {
      mergedAreasLimit: Infinity,
    });
    const read = await readWorkbook(fake.context, { merges: true });
    const reference = await readWorkbook(unlimited.context, { merges: true });
    expect(read.mergesUnread).toEqual([]);
    expect(read.grids[0].merges).toHaveLength(600);
    expect(read).toEqual(reference);
    expect(unlimited.syncs).toBe(3);
    // A failed batch, sizes again, the other sheet alone, then two blocks of the big one.
    expect(fake.syncs).toBeLessThanOrEqual(3 + 1 + 1 + 1 + 2);
  });

  it("says which sheet it read without merged cells when even small blocks fail", async () => {
    // 600 areas in one row block of one row cannot be cut smaller: give up on that sheet.
    const fake = new FakeExcel([mergeHeavySheet(40), roadmapSheet(3)], { mergedAreasLimit: 0 });
    const read = await readWorkbook(fake.context, { merges: true });
    expect(read.mergesUnread).toEqual(["Форма", "План"]);
    expect(read.grids.map((g) => g.merges)).toEqual([[], []]);
    expect(read.mergesRead).toBe(true);
    expect(read.grids[0].cells).toHaveLength(41);
  });
});
