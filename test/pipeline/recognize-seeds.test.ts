/**
 * The real pipeline on every seed workbook: .xlsx → ExcelJS → Grid → recognize. Layout facts
 * (rows of headers, sections, continuations, items) come from seeds/layout.json, recorded by the
 * generator while it drew the sheets; the column roles are what a careful reader would say.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Field } from "../../src/core/fields";
import { cellText } from "../../src/core/grid";
import { recognize, type RoadmapTable } from "../../src/core/recognize";
import { readXlsxFile } from "../../src/hosts/file/read-node";
import type { TableLayout, WorkbookLayout } from "../../scripts/seeds/layout";

const SEEDS = join(__dirname, "..", "..", "seeds");
const layouts: WorkbookLayout[] = JSON.parse(readFileSync(join(SEEDS, "layout.json"), "utf8"));

const ROLES: Record<string, Field[]> = {
  "000": ["number", "activity", "task", "target", "deadline", "responsible", "expectedResult"],
  "001": ["number", "activity", "target", "deadline", "responsible", "expectedResult", "status"],
  "002": [
    "number",
    "activity",
    "expectedResult",
    "indicator",
    "deadline",
    "deadline",
    "deadline",
    "responsible",
  ],
  "003": ["task", "indicator", "activity", "deadline", "responsible", "evidence"],
  "004": ["deadline", "activity", "responsible", "expectedResult", "status"],
};

/** Which seed a table copies, by its header (005 and 006 reuse the layouts of 000, 001, 004). */
function seedOf(t: TableLayout): string {
  const key = t.columns.map((c) => c.header).join("|");
  for (const w of layouts) {
    const id = w.file.slice(0, 3);
    if (!(id in ROLES)) continue;
    const own = w.sheets.flatMap((s) => s.tables)[0];
    if (own && own.columns.map((c) => c.header).join("|") === key) return id;
  }
  throw new Error(`no seed has the header ${key}`);
}

const cases = layouts.flatMap((w) =>
  w.sheets.map((s) => ({ file: w.file, sheet: s.sheet, expected: s.tables })),
);

const cache = new Map<string, Promise<Map<string, RoadmapTable[]>>>();
function tablesOf(file: string): Promise<Map<string, RoadmapTable[]>> {
  if (!cache.has(file)) {
    cache.set(
      file,
      readXlsxFile(join(SEEDS, file)).then(
        (grids) => new Map(grids.map((g) => [g.sheet, recognize(g)])),
      ),
    );
  }
  return cache.get(file)!;
}

describe.each(cases)("$file, sheet «$sheet»", ({ file, sheet, expected }) => {
  let tables: RoadmapTable[];
  beforeAll(async () => {
    tables = (await tablesOf(file)).get(sheet) ?? [];
  });

  it(`finds ${expected.length} table(s)`, () => {
    expect(tables).toHaveLength(expected.length);
  });

  expected.forEach((exp, i) => {
    describe(`table ${i + 1}`, () => {
      let t: RoadmapTable;
      beforeAll(() => {
        t = tables[i];
      });

      it("has the header band of the sheet", () => {
        expect(t.headerRows).toEqual(exp.headerRows);
      });

      it("gives every column its role and keeps its header", () => {
        expect(t.columns.map((c) => c.column)).toEqual(exp.columns.map((c) => c.column));
        expect(t.columns.map((c) => c.field)).toEqual(ROLES[seedOf(exp)]);
        expect(t.columns.map((c) => c.header.replace(/\s+/g, " "))).toEqual(
          exp.columns.map((c) => c.header.replace(/\s+/g, " ")),
        );
      });

      it("finds every item and section row", () => {
        expect(t.rows.filter((r) => r.kind === "item").map((r) => r.row)).toEqual(
          exp.items.map((x) => x.row),
        );
        expect(t.rows.filter((r) => r.kind === "section").map((r) => r.row)).toEqual(
          exp.sections.map((x) => x.row),
        );
      });

      it("gives each item the section it sits under", () => {
        const sectionText = new Map(
          t.rows.filter((r) => r.kind === "section").map((r) => [r.row, r.section]),
        );
        for (const item of exp.items) {
          const row = t.rows.find((r) => r.row === item.row)!;
          expect(row.section).toBe(item.section === null ? null : sectionText.get(item.section));
        }
      });

      it("merges each continuation row into the row it continues", () => {
        expect(t.continuations).toEqual(
          exp.continuations.map((c) => ({ row: c.row, parent: c.continues })),
        );
        for (const c of exp.continuations) {
          const parent = t.rows.find((r) => r.row === c.continues)!;
          expect(parent.sourceRows).toContain(c.row);
        }
      });

      it("reads the numbers as written", () => {
        for (const item of exp.items) {
          const row = t.rows.find((r) => r.row === item.row)!;
          if (item.number !== null) expect(row.number).toBe(String(item.number));
        }
      });
    });
  });
});

describe("what the pipeline reads out of the seeds", () => {
  it("001: a continuation's fragments join their parent's cells, line by line", async () => {
    const [t] = (await tablesOf("001-buinsk.xlsx")).get("План")!;
    const col = (f: Field) => t.columns.findIndex((c) => c.field === f);
    const item2 = t.rows.find((r) => r.row === 14)!;
    expect(cellText(item2.values[col("activity")])).toMatch(
      /2\. Результаты текущей успеваемости учащихся 2-11 классов\.\n3\. Результаты участия школьников на разных этапах олимпиад$/,
    );
    const sec2item1 = t.rows.find((r) => r.row === 26)!;
    expect(cellText(sec2item1.values[col("deadline")])).toBe("Сентябрь\n2021");
    expect(cellText(sec2item1.values[col("expectedResult")])).toBe(
      "План по переходу ОО в\nэффективный режим работы",
    );
    const item5 = t.rows.find((r) => r.row === 34)!;
    expect(cellText(item5.values[col("deadline")])).toBe("В соответствии\nии с планом МСОКО");
  });

  it("003: Задача and Показатели merged down a block belong to every row of it", async () => {
    const [t] = (await tablesOf("003-kansk.xlsx")).get("ШНОР")!;
    const block = t.rows.filter((r) => r.kind === "item" && r.row >= 12 && r.row <= 19);
    expect(block).toHaveLength(8);
    const tasks = new Set(block.map((r) => cellText(r.values[0])));
    const indicators = new Set(block.map((r) => cellText(r.values[1])));
    expect([...tasks]).toEqual([
      "Создание условий на уровне каждой школы для организации эффективной работы с отдельными обучающимися.",
    ]);
    expect(indicators.size).toBe(1);
    expect([...indicators][0]).toMatch(/^1\. Доля ОО, в которых сформирована/);
    // The continuation row is merged into its parent without repeating the merged values.
    const parent = t.rows.find((r) => r.row === 19)!;
    expect(cellText(parent.values[2])).toMatch(/на основе результатов\nоценочных процедур\.$/);
    expect(cellText(parent.values[0])).toBe([...tasks][0]);
  });

  it("002: the year columns under «Срок реализации, годы» are deadline columns with their year", async () => {
    const [t] = (await tablesOf("002-kislovodsk.xlsx")).get("Лист1")!;
    const years = t.columns.filter((c) => c.field === "deadline").map((c) => [c.column, c.year]);
    expect(years).toEqual([
      ["E", 2020],
      ["F", 2021],
      ["G", 2022],
    ]);
    expect(t.columns[4].header).toBe("Срок реализации, годы / 2020 г.");
  });

  it("reads title, municipality and period from the text above the table", async () => {
    const expectations: [string, string, string | null, [string, string] | null][] = [
      [
        "000-dalnerechensk.xlsx",
        "Дорожная карта",
        "Дальнереченский городской округ",
        ["2020-09-01", "2021-08-31"],
      ],
      ["001-buinsk.xlsx", "План", "Буинский муниципальный район", ["2021-09-01", "2022-08-31"]],
      ["002-kislovodsk.xlsx", "Лист1", "г. Кисловодск", ["2020-01-01", "2022-12-31"]],
      ["003-kansk.xlsx", "ШНОР", "г. Канск", null],
      ["004-primorsky.xlsx", "Приложение", "Приморский край", ["2021-01-01", "2021-12-31"]],
    ];
    for (const [file, sheet, municipality, period] of expectations) {
      const [t] = (await tablesOf(file)).get(sheet)!;
      expect(t.municipality).toBe(municipality);
      expect(t.period).toEqual(period && { start: period[0], end: period[1] });
      expect(t.title).toMatch(/дорожн/i);
    }
  });

  it("006: the second stacked table has its own title and period", async () => {
    const [, second] = (await tablesOf("006-stacked.xlsx")).get("Лист1")!;
    expect(second.title).toBe("План мероприятий на 2021-2022 учебный год");
    expect(second.period).toEqual({ start: "2021-09-01", end: "2022-08-31" });
  });

  it("004: real Excel dates in the deadline column arrive as dates", async () => {
    const [t] = (await tablesOf("004-primorsky.xlsx")).get("Приложение")!;
    const row = t.rows.find((r) => r.kind === "item" && r.values[0] instanceof Date)!;
    expect(row).toBeDefined();
    expect((row.values[0] as Date).toISOString().slice(0, 10)).toBe("2021-03-01");
  });
});
