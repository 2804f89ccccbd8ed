/**
 * The checked copy of every seed document (.docx → .xlsx) is a municipal workbook of its own:
 * read back from its bytes through the same dispatch, it gives the document's tables, columns,
 * items, sections, deadlines and findings — rows mapped from the Word table's to the copy's —
 * and its «Замечания» sheet lists exactly those findings, each linked to a cell of the copy.
 */
import { readFileSync } from "node:fs";
import { zipEntries } from "../support/zip";
import path from "node:path";
import { checkGrids } from "../../src/core/check";
import type { ReportFinding, ReportRow, ReportTable } from "../../src/core/report";
import { buildReport } from "../../src/core/report-builder";
import type { CheckedTable } from "../../src/core/validate/types";
import { buildHighlightPlan } from "../../src/core/plan";
import { readGrids, type DocumentRead } from "../../src/hosts/file/dispatch";
import {
  documentCopy,
  copyGrids,
  copyRow,
  copyTables,
  writeDocumentCopy,
  type CopyTable,
} from "../../src/hosts/file/document-copy";
import { ourWorkbookKind } from "../../src/hosts/file/write-regional";
import { nodeCompression } from "../../src/hosts/file/xlsx/write/deflate-node";
import { unzipSync, strFromU8 } from "fflate";
import { convertWithSoffice, pdfText } from "../support/soffice";

jest.setTimeout(60_000);

const AS_OF = "2022-01-15";
const SEED_DIR = path.join(__dirname, "../../seeds");
const SEEDS = ["000-dalnerechensk", "001-buinsk", "002-kislovodsk", "003-kansk", "004-primorsky"];

function check(grids: Parameters<typeof checkGrids>[0]): CheckedTable[] {
  return checkGrids(grids, { settings: { asOf: AS_OF, lang: "ru" } });
}

function reportOf(file: string, tables: CheckedTable[]) {
  return buildReport({ asOf: AS_OF, lang: "ru", files: [{ file, error: null, tables }] });
}

/** A document's report table with its rows (and rows its messages name) as the copy's. */
function inCopy(t: ReportTable, tables: CopyTable[]): ReportTable {
  const row = (r: number) => copyRow(tables, t.sheet, r);
  const message = (f: ReportFinding): ReportFinding => ({
    ...f,
    message: f.message.replace(/(строк[аеи]) (\d+)/g, (_, w: string, n: string) => {
      return `${w} ${row(Number(n))}`;
    }),
  });
  const mapped = (r: ReportRow): ReportRow => ({
    ...r,
    row: row(r.row),
    findings: r.findings.map(message),
  });
  return {
    ...t,
    headerRows: [row(t.headerRows[0]), row(t.headerRows[1])],
    rows: t.rows.map(mapped),
    findings: t.findings.map(message),
  };
}

describe.each(SEEDS)("the checked copy of %s.docx", (seed) => {
  let doc: DocumentRead;
  let tables: CopyTable[];
  let copy: Uint8Array;
  let fromDoc: ReportTable[];

  beforeAll(async () => {
    const read = await readGrids(readFileSync(path.join(SEED_DIR, `${seed}.docx`)));
    if (read.format !== "docx") throw new Error("not read as a document");
    doc = read;
    fromDoc = reportOf("doc", check(doc.grids)).files[0].tables;
    tables = copyTables(doc);
    const checked = check(copyGrids(tables));
    copy = await writeDocumentCopy(
      tables,
      { plan: buildHighlightPlan(checked), report: reportOf("copy", checked), lang: "ru" },
      { compression: nodeCompression },
    );
  });

  it("is an .xlsx marked as our checked copy, one sheet per Word table and «Замечания»", async () => {
    const read = await readGrids(copy);
    expect(read.format).toBe("xlsx");
    expect(await ourWorkbookKind(copy)).toBe("checked-copy");
    expect(read.grids.map((g) => g.sheet)).toEqual([...doc.grids.map((g) => g.sheet), "Замечания"]);
  });

  it("prints each table landscape, one page wide, its header rows on every page", () => {
    const parts = zipEntries(copy);
    const text = (name: string) => Buffer.from(parts.get(name)!.data).toString("utf8");
    const titles = [
      ...text("xl/workbook.xml").matchAll(
        /<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">[^<]*!\$(\d+):\$(\d+)</g,
      ),
    ];
    let compared = 0;
    for (const [i, grid] of copyGrids(tables).entries()) {
      const sheet = text(`xl/worksheets/sheet${i + 1}.xml`);
      expect(sheet).toMatch(/<pageSetup[^>]*fitToWidth="1"[^>]*orientation="landscape"/);
      expect(sheet).toContain("Страница &amp;P из &amp;N");
      const header = fromDoc.find((t) => t.sheet === grid.sheet)?.headerRows;
      if (!header) continue;
      compared += 1;
      // The repeated rows are the copy's header rows: the document's, mapped.
      const repeated = titles.find((m) => Number(m[1]) === i);
      expect([Number(repeated?.[2]), Number(repeated?.[3])]).toEqual([
        copyRow(tables, grid.sheet, header[0]),
        copyRow(tables, grid.sheet, header[1]),
      ]);
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("read back as a municipal input, gives the document's check, rows mapped", async () => {
    const read = await readGrids(copy);
    const back = reportOf("copy", check(read.grids)).files[0].tables;
    expect(back.map((t) => t.sheet)).toEqual(fromDoc.map((t) => t.sheet));
    const expected = fromDoc.map((t) => inCopy(t, tables));
    back.forEach((t, i) => {
      expect(t.title).toBe(expected[i].title);
      expect(t.municipality).toBe(expected[i].municipality);
      expect(t.period).toEqual(expected[i].period);
      expect(t.headerRows).toEqual(expected[i].headerRows);
      expect(t.columns).toEqual(expected[i].columns);
      expect(t.findings).toEqual(expected[i].findings);
      expect(t.rows).toEqual(expected[i].rows);
    });
    expect(back.flatMap((t) => t.rows).filter((r) => r.kind === "item").length).toBeGreaterThan(10);
  });

  it("lists every finding in «Замечания», each linked to its own cell of the copy", async () => {
    const read = await readGrids(copy);
    const notes = read.grids.find((g) => g.sheet === "Замечания")!;
    const back = reportOf("copy", check(read.grids.filter((g) => g !== notes))).files[0].tables;
    const expected = back.flatMap((t) => [
      ...t.findings.map((f) => `${t.sheet}|${f.message}`),
      ...t.rows.flatMap((r) => r.findings.map((f) => `${t.sheet}|${r.row}|${f.message}`)),
    ]);
    const listed = notes.cells
      .slice(1)
      .map((r) => (typeof r[2] === "number" ? `${r[0]}|${r[2]}|${r[4]}` : `${r[0]}|${r[4]}`));
    expect(listed.sort()).toEqual(expected.sort());
    expect(listed.length).toBeGreaterThan(0);
    // The hyperlinks of the findings sheet name the cell in the column «Ячейка» shows.
    const files = unzipSync(copy);
    const sheetXml = Object.entries(files)
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .map(([, bytes]) => strFromU8(bytes))
      .find((xml) => xml.includes("<hyperlinks>"))!;
    const links = [...sheetXml.matchAll(/<hyperlink ref="B(\d+)" location="([^"]+)"/g)];
    expect(links).toHaveLength(listed.length);
    for (const [, row, location] of links) {
      const line = notes.cells[Number(row) - 1 - (notes.origin.row - 1)];
      const target = location.replace(/&apos;/g, "'");
      expect(target).toBe(`'${String(line[0])}'!${String(line[1])}`);
      // The cell lies on the row the finding names (a table's finding: its header row).
      const rowOf = Number(/\d+$/.exec(String(line[1]))![0]);
      if (typeof line[2] === "number") expect(rowOf).toBe(line[2]);
    }
  });

  it("opens in LibreOffice and, saved again by it, still gives the same check", async () => {
    const resaved = await convertWithSoffice(copy, "xlsx", "xlsx");
    const mine = reportOf("copy", check((await readGrids(copy)).grids)).files[0].tables;
    const theirs = reportOf("copy", check((await readGrids(resaved)).grids)).files[0].tables;
    expect(theirs.map((t) => t.rows)).toEqual(mine.map((t) => t.rows));
    const text = await pdfText(await convertWithSoffice(copy, "xlsx", "pdf"));
    const squeeze = (t: string) => t.replace(/\s+/g, "");
    // The title above the table and an activity of it are on paper (the title's start: with
    // no print setup yet, a wide table's page is split across sheets of paper, and its title).
    expect(squeeze(text)).toContain(squeeze(String(fromDoc[0].title)).slice(0, 15));
    const item = fromDoc[0].rows.find((r) => r.kind === "item" && r.activity)!;
    expect(squeeze(text)).toContain(squeeze(String(item.activity).slice(0, 20)));
  });
});

describe("a column role corrected on the document", () => {
  it("holds in its checked copy, on the copy's header row", async () => {
    const read = await readGrids(readFileSync(path.join(SEED_DIR, "001-buinsk.docx")));
    if (read.format !== "docx") throw new Error("not read as a document");
    const [table] = reportOf("doc", check(read.grids)).files[0].tables;
    const result = table.columns.find((c) => c.field === "expectedResult")!;
    // The user says the expected result column is "other": its findings go.
    const override = {
      sheet: table.sheet,
      headerRow: table.headerRows[0],
      column: result.column,
      field: "other" as const,
    };
    const corrected = checkGrids(read.grids, {
      settings: { asOf: AS_OF, lang: "ru" },
      overrides: [override],
    });
    const fromDoc = reportOf("doc", corrected).files[0].tables[0];
    const { report } = await documentCopy(read, {
      asOf: AS_OF,
      lang: "ru",
      file: "001-buinsk.docx",
      overrides: [override],
      compression: nodeCompression,
    });
    const fromCopy = report.files[0].tables[0];
    expect(fromCopy.columns.find((c) => c.column === result.column)?.field).toBe("other");
    const codes = (t: ReportTable) => t.rows.flatMap((r) => r.findings.map((f) => f.code)).sort();
    expect(codes(fromCopy)).toEqual(codes(fromDoc));
    expect(codes(fromCopy)).not.toContain("missing-expected-result");
    expect(codes(table)).toContain("missing-expected-result");
  });
});
