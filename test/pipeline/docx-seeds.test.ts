/**
 * Every seed as a Word document gives what its workbook twin gives: the same tables, columns,
 * items, sections, deadlines and findings in the check, and the same regional rows in the
 * consolidation — rows mapped from sheet rows to Word table rows (seeds/README.md).
 */
import path from "node:path";
import { readSeedTexts, SEED_DIR } from "../../scripts/build-seeds";
import { documentBytes, planDocument, type Continuation } from "../../scripts/seeds/document";
import { planDocuments, type SeedDocument } from "../../scripts/seeds/documents";
import { planWorkbooks, type WorkbookPlan } from "../../scripts/seeds/workbooks";
import { checkGrids } from "../../src/core/check";
import { readGrids } from "../../src/hosts/file/dispatch";
import { consolidate, type RegionalModel } from "../../src/core/consolidate";
import type { Report, ReportFinding, ReportRow, ReportTable } from "../../src/core/report";
import { buildReport } from "../../src/core/report-builder";
import { parseSettings } from "../../src/core/validate/settings";
import { checkFile, type CheckedFile } from "../../src/hosts/file/check-files";

const AS_OF = "2022-01-15";
const settings = parseSettings({ asOf: AS_OF });

let documents: SeedDocument[];
let workbooks: WorkbookPlan[];

beforeAll(async () => {
  const { texts } = await readSeedTexts(SEED_DIR);
  workbooks = planWorkbooks(texts);
  documents = planDocuments(workbooks);
});

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real Excel date's deadline text (YYYY-MM-DD) as Word shows the same date. */
function wordDate(text: string): string {
  const m = ISO.exec(text);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : text;
}

/** A message naming other rows ("уже встречается в строке 7") with the rows mapped. */
function mapRows(message: string, rows: Map<number, number>): string {
  return message.replace(/(строк[аеи]) (\d+)/g, (_, word: string, n: string) => {
    return `${word} ${rows.get(Number(n)) ?? `?${n}`}`;
  });
}

function twinFinding(f: ReportFinding, rows: Map<number, number>): ReportFinding {
  return { ...f, message: mapRows(f.message, rows) };
}

function twinRow(r: ReportRow, rows: Map<number, number>): ReportRow {
  return {
    ...r,
    row: rows.get(r.row) ?? -r.row,
    deadline: { ...r.deadline, text: wordDate(r.deadline.text) },
    findings: r.findings.map((f) => twinFinding(f, rows)),
  };
}

function twinTable(t: ReportTable, rows: Map<number, number>): ReportTable {
  return {
    ...t,
    sheet: "Таблица 1",
    headerRows: [rows.get(t.headerRows[0]) ?? 0, rows.get(t.headerRows[1]) ?? 0],
    rows: t.rows.map((r) => twinRow(r, rows)),
    findings: t.findings.map((f) => twinFinding(f, rows)),
  };
}

function report(file: CheckedFile): Report {
  return buildReport({ asOf: AS_OF, lang: "ru", files: [file] });
}

async function pair(doc: SeedDocument): Promise<{ sheet: CheckedFile; word: CheckedFile }> {
  const sheet = await checkFile(path.join(SEED_DIR, doc.workbook), settings);
  const word = await checkFile(path.join(SEED_DIR, doc.file), settings);
  return { sheet, word };
}

const SEEDS = ["000-dalnerechensk", "001-buinsk", "002-kislovodsk", "003-kansk", "004-primorsky"];

describe.each(SEEDS)("%s.docx and its workbook twin", (seed) => {
  let doc: SeedDocument;
  let sheet: CheckedFile;
  let word: CheckedFile;

  beforeAll(async () => {
    doc = documents.find((d) => d.file === `${seed}.docx`) as SeedDocument;
    ({ sheet, word } = await pair(doc));
  });

  it("is read as a Word document, its one roadmap as «Таблица 1»", () => {
    expect(word.error).toBeNull();
    expect(word.format).toBe("docx");
    expect(sheet.format).toBe("xlsx");
    expect(word.tables.map((t) => t.table.sheet)).toEqual(["Таблица 1"]);
    expect(word.tables).toHaveLength(sheet.tables.length);
  });

  it("gives the same tables, columns, items, sections, deadlines and findings in the check", () => {
    const [fromSheet] = report(sheet).files[0].tables;
    const [fromWord] = report(word).files[0].tables;
    const expected = twinTable(fromSheet, doc.plan.rows);
    expect(fromWord.title).toBe(expected.title);
    expect(fromWord.municipality).toBe(expected.municipality);
    expect(fromWord.period).toEqual(expected.period);
    expect(fromWord.headerRows).toEqual(expected.headerRows);
    expect(fromWord.columns).toEqual(expected.columns);
    expect(fromWord.findings).toEqual(expected.findings);
    expect(fromWord.rows.map((r) => `${r.row} ${r.kind}`)).toEqual(
      expected.rows.map((r) => `${r.row} ${r.kind}`),
    );
    expect(fromWord.rows).toEqual(expected.rows);
    expect(fromWord.rows.filter((r) => r.kind === "item").length).toBeGreaterThan(10);
  });

  it("gives the same regional rows, summary and remarks in the consolidation", () => {
    const region = (f: CheckedFile): RegionalModel => consolidate([f], { asOf: AS_OF });
    const fromSheet = region(sheet);
    const fromWord = region(word);
    const rows = doc.plan.rows;
    for (const name of ["Свод", "Сводка", "Замечания"] as const) {
      const a = fromSheet.sheets.find((s) => s.name === name);
      const b = fromWord.sheets.find((s) => s.name === name);
      if (!a || !b) throw new Error(`no sheet ${name}`);
      // Widths follow the text, and a sheet's name is longer or shorter than «Таблица 1».
      const shape = (c: { key: string; header: string; kind: string }) =>
        `${c.key} ${c.header} ${c.kind}`;
      expect(b.columns.map(shape)).toEqual(a.columns.map(shape));
      // Where the row came from (file, sheet, row) is the one thing that must differ.
      const at = (key: string) => a.columns.findIndex((c) => c.key === key);
      const place = new Set(["source", "file", "sheet", "fileNames", "row"].map(at));
      const rowAt = at("row");
      const comparable = (values: unknown[], twin: boolean) =>
        values.map((v, i) => {
          if (i === rowAt && typeof v === "number") return twin ? rows.get(v) : v;
          if (place.has(i)) return "";
          return typeof v === "string" && twin ? mapRows(v, rows) : v;
        });
      expect(b.rows.map((r) => comparable(r, false))).toEqual(
        a.rows.map((r) => comparable(r, true)),
      );
    }
    expect(fromWord.totals).toEqual({ ...fromSheet.totals });
    expect(fromWord.files[0].municipality).toBe(fromSheet.files[0].municipality);
  });
});

describe("the seed documents' own layout", () => {
  it("breaks 001's table into two Word tables, the second repeating the header", () => {
    const doc = documents.find((d) => d.file === "001-buinsk.docx") as SeedDocument;
    expect(doc.splitAfter).not.toBeNull();
    expect(doc.plan.repeatedHeaderRows).toHaveLength(1);
    // Rows after the break count on past the repeated header.
    const after = doc.plan.rows.get((doc.splitAfter as number) + 1) as number;
    expect(after).toBe((doc.plan.rows.get(doc.splitAfter as number) as number) + 2);
  });
});

describe.each(["header", "numbers", "mark"] as Continuation[])(
  "a seed table broken into two Word tables (%s) reads as one",
  (continuation) => {
    it.each(SEEDS.slice(1))("%s, broken at every page break", async (seed) => {
      const twin = await checkFile(path.join(SEED_DIR, `${seed}.xlsx`), settings);
      const [fromSheet] = report(twin).files[0].tables;
      const draft = workbooks.find((w) => w.file === `${seed}.xlsx`)!.sheets[0];
      const t = draft.layout.tables[0];
      const folded = new Set(t.continuations.map((c) => c.row));
      // Where the break split a row, Word breaks the table after the whole row.
      const breaks = t.pageBreaksAfter.map((r) => (folded.has(r + 1) ? r + 1 : r));
      expect(breaks.length).toBeGreaterThan(0);
      for (const splitAfter of breaks) {
        const plan = planDocument(draft, { splitAfter, continuation });
        const name = `${seed}-${splitAfter}.docx`;
        const { format, grids } = await readGrids(await documentBytes(plan), { fileName: name });
        const tables = checkGrids(grids, { settings });
        const [fromWord] = report({ file: name, error: null, tables, format }).files[0].tables;
        const expected = twinTable(fromSheet, plan.rows);
        expect({ splitAfter, tables: tables.length }).toEqual({ splitAfter, tables: 1 });
        expect(fromWord.headerRows).toEqual(expected.headerRows);
        expect(fromWord.rows).toEqual(expected.rows);
        expect(fromWord.findings).toEqual(expected.findings);
      }
    });
  },
);
