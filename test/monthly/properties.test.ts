/**
 * Properties of the monthly comparison on generated regions: a month compared with itself —
 * read back from the regional workbook as written — shows no change, and any order of the input
 * files gives the same «Свод» and the same changes.
 */
import fc from "fast-check";
import { consolidate, type RegionalModel, type SourceFile } from "../../src/core/consolidate";
import { snapshotsOfModelSheet } from "../../src/core/consolidate/changes";
import type { RowState } from "../../src/core/report";
import { nodeInflateRaw } from "../../src/hosts/file/inflate-node";
import { readPreviousMonth } from "../../src/hosts/file/previous-month";
import { writeRegionalWorkbook } from "../../src/hosts/file/write-regional";
import { nodeCompression } from "../../src/hosts/file/xlsx/write/deflate-node";
import { BASIC_COLUMNS, checkedTable, type ItemSpec } from "../core/consolidate/fixtures";

jest.setTimeout(120_000);

const AS_OF = "2021-10-15";
const MUNICIPALITIES = ["г. Канск", "Буинский муниципальный район", "г. Кисловодск", null];
const WORDS = ["семинар", "мониторинг", "анализ", "учителей", "школ", "ОГЭ", "ЕГЭ", "плана"];
const DEADLINES: [string, string | null, RowState][] = [
  ["Сентябрь 2021", "2021-09-30", "overdue"],
  ["До 01.12.2021", "2021-12-01", "on-track"],
  ["В течение года", null, "no-deadline"],
  ["", null, "no-deadline"],
];

const item = fc.record({
  number: fc.integer({ min: 1, max: 30 }).map(String),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
  deadline: fc.constantFrom(...DEADLINES),
  done: fc.boolean(),
});

const table = fc.record({
  municipality: fc.constantFrom(...MUNICIPALITIES),
  items: fc.array(item, { maxLength: 8 }),
});

const region = fc.array(fc.array(table, { minLength: 0, maxLength: 2 }), {
  minLength: 1,
  maxLength: 5,
});

interface GenItem {
  number: string;
  words: string[];
  deadline: [string, string | null, RowState];
  done: boolean;
}

function sourcesOf(files: { municipality: string | null; items: GenItem[] }[][]): SourceFile[] {
  return files.map((tables, f) => ({
    file: `${String(f).padStart(2, "0")}-файл.xlsx`,
    error: null,
    tables: tables.map((t, i) =>
      checkedTable({
        sheet: `Лист${i + 1}`,
        municipality: t.municipality,
        columns: BASIC_COLUMNS,
        rows: t.items.map((it): ItemSpec => ({
          number: it.number,
          values: [
            it.number,
            it.words.join(" "),
            it.deadline[0],
            "УО",
            "Результат",
            it.done ? "выполнено" : null,
          ],
          due: it.deadline[1],
          state: it.done ? "done" : it.deadline[2],
        })),
      }),
    ),
  }));
}

const svodRows = (m: RegionalModel) =>
  m.sheets.filter((s) => s.name.startsWith("Свод") && s.name !== "Сводка").flatMap((s) => s.rows);

describe("the monthly comparison", () => {
  it("finds no change between a month and its own regional workbook read back", async () => {
    await fc.assert(
      fc.asyncProperty(region, async (files) => {
        const inputs = sourcesOf(files);
        const first = consolidate(inputs, { asOf: AS_OF });
        const bytes = await writeRegionalWorkbook(first, {
          compression: nodeCompression,
          inflate: nodeInflateRaw,
        });
        const previous = await readPreviousMonth(bytes, nodeInflateRaw);
        expect(previous).not.toBeNull();
        const svod = first.sheets[0];
        expect(previous).toEqual(snapshotsOfModelSheet(svod.columns, svod.rows));
        const again = consolidate(inputs, { asOf: AS_OF, previous });
        expect(again.changes?.changes).toEqual([]);
        expect(again.changes?.matched).toBe(previous!.length);
      }),
      { numRuns: 40 },
    );
  });

  it("gives the same «Свод» and the same changes for any order of the input files", () => {
    fc.assert(
      fc.property(region, region, fc.func(fc.integer()), (lastMonth, thisMonth, key) => {
        const previousModel = consolidate(sourcesOf(lastMonth), { asOf: AS_OF });
        const svod = previousModel.sheets[0];
        const previous = snapshotsOfModelSheet(svod.columns, svod.rows);
        const inputs = sourcesOf(thisMonth);
        const shuffled = inputs
          .map((s, i) => ({ s, k: key(i) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.s);
        const a = consolidate(inputs, { asOf: AS_OF, previous });
        const b = consolidate(shuffled, { asOf: AS_OF, previous });
        expect(svodRows(b)).toEqual(svodRows(a));
        expect(b.changes).toEqual(a.changes);
      }),
      { numRuns: 200 },
    );
  });
});
