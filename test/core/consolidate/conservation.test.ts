/**
 * Nothing lost, on generated tables: every non-empty cell of every recognised table appears in
 * its activity's row of "Свод" (or, for a section, in "Раздел" or "Замечания"), and there are
 * exactly as many rows as activities.
 */
import fc from "fast-check";
import { FIELDS, type Field } from "../../../src/core/fields";
import type { CellValue } from "../../../src/core/grid";
import { consolidate, displayText, type SourceFile } from "../../../src/core/consolidate";
import { checkGrids } from "../../../src/core/check";
import { readDocxGrids } from "../../../src/hosts/file/docx/read-docx";
import { nodeInflateRaw } from "../../../src/hosts/file/inflate-node";
import { wordRoadmap } from "../../support/word-roadmaps";
import { checkedTable, type ItemSpec } from "./fixtures";
import { sheetNamed } from "./helpers";

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom("=1+1", "+7 (423) 000-00-00", "-5", "@SUM(A1)", "Сентябрь 2021", "a\nb", " x "),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc
    .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
    .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
  fc.constant(null),
);

const tableArb = fc.integer({ min: 1, max: 7 }).chain((width) =>
  fc.record({
    fields: fc.array(fc.constantFrom<Field>(...FIELDS), { minLength: width, maxLength: width }),
    headers: fc.array(fc.string({ maxLength: 12 }), { minLength: width, maxLength: width }),
    rows: fc.array(
      fc.record({
        section: fc.boolean(),
        values: fc.array(cell, { minLength: width, maxLength: width }),
      }),
      { maxLength: 12 },
    ),
  }),
);

describe("conservation", () => {
  it("puts every non-empty cell of every table into the regional sheets", () => {
    fc.assert(
      fc.property(fc.array(fc.array(tableArb, { maxLength: 3 }), { maxLength: 4 }), (files) => {
        const sources: SourceFile[] = files.map((tables, f) => ({
          file: `${f}-m${f % 2}.xlsx`,
          error: null,
          tables: tables.map((t, i) =>
            checkedTable({
              // Two tables never share a sheet row, so a row's source names it uniquely.
              sheet: `Лист${i + 1}`,
              columns: t.fields.map((field, i) => [t.headers[i], field]),
              rows: t.rows.map((r): ItemSpec => ({
                kind: r.section ? "section" : "item",
                values: r.values,
              })),
            }),
          ),
        }));
        const model = consolidate(sources, { asOf: "2022-01-15" });
        const svod = sheetNamed(model, "Свод");
        const items = sources
          .flatMap((s) => s.tables)
          .flatMap((t) => t.rows)
          .filter((r) => r.row.kind === "item");
        expect(svod.rows).toHaveLength(items.length);

        // Rows come out in input order within a municipality; match them by their source text.
        const bySource = new Map<string, string>();
        for (const row of svod.rows)
          bySource.set(String(row[0]) + String(row[11]), row.join("\u0001"));
        const allText = model.sheets
          .flatMap((s) => s.rows.flat())
          .map(String)
          .join("\u0001");
        for (const s of sources) {
          const municipality = model.files.find((f) => f.file === s.file)?.municipality;
          for (const t of s.tables) {
            for (const r of t.rows) {
              const texts = r.row.values.map(displayText).filter((x) => x !== "");
              if (r.row.kind === "section") {
                for (const x of texts) expect(allText).toContain(x);
                continue;
              }
              const src = `${s.file}, лист «${t.table.sheet}», строка ${r.row.row}`;
              const row = bySource.get(String(municipality) + src);
              expect(row).toBeDefined();
              for (const x of texts) expect(row).toContain(x);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("conservation of Word documents", () => {
  it("puts every cell written into a .docx roadmap into its activity's row of Свод", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(wordRoadmap, { minLength: 1, maxLength: 3 }), async (docs) => {
        const sources: SourceFile[] = [];
        for (const [i, doc] of docs.entries()) {
          const grids = await readDocxGrids(doc.bytes, { inflate: nodeInflateRaw });
          const tables = checkGrids(grids, { settings: { asOf: "2022-01-15" } });
          sources.push({ file: `${i}.docx`, error: null, tables });
        }
        const model = consolidate(sources, { asOf: "2022-01-15" });
        const svod = sheetNamed(model, "Свод");
        const col = (key: string) => svod.columns.findIndex((c) => c.key === key);
        const total = docs.reduce((n, d) => n + d.activities.size, 0);
        expect(svod.rows).toHaveLength(total);
        const allText = model.sheets
          .flatMap((s) => s.rows.flat())
          .map(String)
          .join("\u0001");
        docs.forEach((doc, i) => {
          for (const [number, texts] of doc.activities) {
            const row = svod.rows.find(
              (r) =>
                String(r[col("source")]).startsWith(`${i}.docx,`) && r[col("number")] === number,
            );
            expect(row).toBeDefined();
            const joined = (row ?? []).join("\u0001");
            for (const t of texts) expect(joined).toContain(t.trim());
          }
          if (doc.activities.size > 0)
            for (const s of doc.sections) expect(allText).toContain(s.trim());
        });
      }),
      { numRuns: 60 },
    );
  });
});
