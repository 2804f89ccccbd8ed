/**
 * Word documents through the command line: `roadmap check` and `roadmap consolidate` on seed
 * documents, bad documents each with their own message, odd but readable roadmaps, and
 * nothing lost in the regional workbook.
 */
import ExcelJS from "exceljs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { municipalWorkbook } from "../../bench/municipal-workbooks";
import { main } from "../../src/cli/main";
import { reportSchema, type Report } from "../../src/core/report";
import {
  docxBomb,
  encryptedDocx,
  legacyDoc,
  longTable,
  noTable,
  raggedTable,
  wideTable,
} from "./bad-documents";
import { expectConserved, headerRowOf } from "./conservation";

jest.setTimeout(120_000);

const AS_OF = "2022-01-15";
const SEEDS = join(__dirname, "..", "..", "seeds");
const seed = (f: string) => join(SEEDS, f);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

async function json(args: string[]): Promise<{ code: number; report: Report }> {
  const r = await run([...args, "--json", "--as-of", AS_OF]);
  return { code: r.code, report: reportSchema.parse(JSON.parse(r.out)) };
}

let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "roadmap-docx-"));
  const make: [string, Uint8Array | Promise<Uint8Array>][] = [
    ["01-good.xlsx", municipalWorkbook({ index: 0, activities: 12 })],
    ["02-old.doc", legacyDoc()],
    ["03-secret.docx", encryptedDocx()],
    ["04-bomb.docx", docxBomb(2)],
    ["05-no-table.docx", noTable()],
    ["06-long.docx", longTable(5000)],
    ["07-wide.docx", wideTable(60)],
    ["08-ragged.docx", raggedTable()],
  ];
  await mkdir(join(dir, "in"));
  for (const [name, bytes] of make) {
    files[name] = join(dir, "in", name);
    await writeFile(files[name], await bytes);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("roadmap check on a Word document", () => {
  it("names the places of a document «Таблица N, строка M», not sheets", async () => {
    const r = await run(["check", seed("001-buinsk.docx"), "--as-of", AS_OF]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("  Таблица 1, заголовок в строке 1");
    expect(r.out).toMatch(/ {4}✖ таблица 1, строка \d+, столбец 4: Срок прошёл/);
    expect(r.out).toContain("Графы: 1 — номер; 2 — мероприятие; 3 — адресность; 4 — срок;");
    expect(r.out).not.toContain("Лист «");
    expect(r.out).toContain("Муниципалитет: Буинский муниципальный район");
  });

  it("prints the report contract: sheet «Таблица 1», rows of the Word table from 1", async () => {
    const { report } = await json(["check", seed("002-kislovodsk.docx")]);
    const [t] = report.files[0].tables;
    expect(t.sheet).toBe("Таблица 1");
    expect(t.headerRows).toEqual([1, 3]);
    expect(t.rows[0].row).toBe(4);
    expect(t.period).toEqual({ start: "2020-01-01", end: "2022-12-31" });
  });
});

describe("bad documents, each with its own message, the other files still read", () => {
  const cases: [string, string, RegExp][] = [
    ["02-old.doc", "legacy-doc", /Word 97–2003 \(\.doc\).*\.docx/],
    ["03-secret.docx", "encrypted-docx", /Документ защищён паролем/],
    ["04-bomb.docx", "too-large-docx", /zip-бомба/],
    ["05-no-table.docx", "no-table", /нет ни одной таблицы/],
  ];

  it.each(cases)("check: %s gets %s", async (name, code, message) => {
    const { code: exit, report } = await json(["check", files[name], files["01-good.xlsx"]]);
    expect(report.files[0]).toMatchObject({ tables: [], error: { code } });
    expect(report.files[0].error?.message).toMatch(message);
    expect(report.files[1].error).toBeNull();
    expect(report.files[1].tables).toHaveLength(1);
    expect(exit).toBe(2);
  });

  it("check: a 5,000-row table is read whole", async () => {
    const { report } = await json(["check", files["06-long.docx"]]);
    const [t] = report.files[0].tables;
    expect(t.rows.filter((r) => r.kind === "item")).toHaveLength(5000);
    expect(t.rows[4999]).toMatchObject({ row: 5001, number: "5000." });
  });

  it("check: a 60-column table keeps all its columns", async () => {
    const { report } = await json(["check", files["07-wide.docx"]]);
    const [t] = report.files[0].tables;
    expect(t.columns).toHaveLength(60);
    expect(t.columns[59]).toMatchObject({ column: "BH", header: "Показатель 55" });
    expect(t.columns.slice(0, 5).map((c) => c.field)).toEqual([
      "number",
      "activity",
      "deadline",
      "responsible",
      "expectedResult",
    ]);
  });

  it("check: a table with ragged rows reads each cell in its own column", async () => {
    const { report } = await json(["check", files["08-ragged.docx"]]);
    const [t] = report.files[0].tables;
    const byNumber = new Map(t.rows.map((r) => [r.number, r]));
    expect(t.rows[0]).toMatchObject({ kind: "section", section: "Организационные мероприятия" });
    expect(byNumber.get("2.")).toMatchObject({
      deadline: { text: "Октябрь 2021" },
      responsible: null,
    });
    expect(byNumber.get("2.")?.findings.map((f) => f.code)).toContain("missing-responsible");
    expect(byNumber.get("3.")).toMatchObject({ deadline: { kind: "missing" } });
    expect(byNumber.get("5.")).toMatchObject({ responsible: "Ответственный 5" });
    // The row that starts at the fourth grid column: its texts in D and E.
    const late = t.rows.find((r) => r.responsible === "Иванов И.И.");
    expect(late).toMatchObject({ expectedResult: "Протокол", activity: null });
  });

  it("consolidate: a folder gives its documents; bad ones are named, the rest consolidated, nothing lost", async () => {
    const out = join(dir, "region.xlsx");
    const r = await run(["consolidate", join(dir, "in"), "-o", out, "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    const line = (name: string) => r.err.split("\n").find((l) => l.includes(name)) ?? "";
    for (const [name, , message] of cases) expect(line(name)).toMatch(message);
    expect(r.out).toContain("Файлов: 8 (не прочитано: 4)");
    const readable = ["01-good.xlsx", "06-long.docx", "07-wide.docx", "08-ragged.docx"].map(
      (n) => files[n],
    );
    const result = await expectConserved(readable, out, AS_OF);
    expect(result.activities).toBe(12 + 5000 + 12 + 5);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sources: string[] = [];
    const svod = wb.getWorksheet("Свод")!;
    const column = (svod.getRow(headerRowOf(svod)).values as unknown[]).indexOf("Источник");
    svod.eachRow((row) => sources.push(String(row.getCell(column).value)));
    // A Word table is no sheet: «таблица 1», as the check names it.
    expect(sources.some((s) => /06-long\.docx, таблица 1, строка 5001$/.test(s))).toBe(true);
    expect(sources.some((s) => /01-good\.xlsx, лист «[^»]+», строка \d+$/.test(s))).toBe(true);
  });

  it("consolidate: the seed documents next to their workbook twins, nothing lost", async () => {
    const names = [
      "000-dalnerechensk",
      "001-buinsk",
      "002-kislovodsk",
      "003-kansk",
      "004-primorsky",
    ];
    const inputs = names.flatMap((n) => [seed(`${n}.xlsx`), seed(`${n}.docx`)]);
    const out = join(dir, "seeds.xlsx");
    const r = await run(["consolidate", ...inputs, "-o", out, "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    const result = await expectConserved(inputs, out, AS_OF);
    // Every activity twice: 11 + 40 + 20 + 19 + 28 from the sheets and as many from Word.
    expect(result.activities).toBe(2 * 118);
  });
});
