/**
 * `roadmap convert`: a Word roadmap as its checked copy (.xlsx) from the command line — the
 * copy the pane downloads, read back here as a municipal workbook; the input never overwritten;
 * a bad document explained in its own words; the texts in the language asked.
 */
import { copyFile, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { checkGrids } from "../../src/core/check";
import { CLI_TEXT } from "../../src/cli/i18n";
import { readGrids } from "../../src/hosts/file/dispatch";
import { fileErrorMessage } from "../../src/hosts/file/file-error-text";
import { ourWorkbookKind } from "../../src/hosts/file/write-regional";
import { legacyDoc, longTable, raggedTable, wideTable } from "./bad-documents";

jest.setTimeout(60_000);

const AS_OF = "2022-01-15";
const SEEDS = join(__dirname, "..", "..", "seeds");
const ru = CLI_TEXT.ru;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

async function findingsOf(file: string): Promise<number> {
  let out = "";
  await main(["check", file, "--json", "--as-of", AS_OF], {
    stdout: (s) => (out += s),
    stderr: () => undefined,
  });
  const report = JSON.parse(out) as {
    files: { tables: { findings: unknown[]; rows: { findings: unknown[] }[] }[] }[];
  };
  return report.files[0].tables.reduce(
    (n, t) => n + t.findings.length + t.rows.reduce((m, r) => m + r.findings.length, 0),
    0,
  );
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "roadmap-convert-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("roadmap convert", () => {
  it("writes a seed document's checked copy: our .xlsx, its tables and «Замечания»", async () => {
    const input = join(dir, "003-kansk.docx");
    await copyFile(join(SEEDS, "003-kansk.docx"), input);
    const output = join(dir, "out", "003-kansk.xlsx");
    const r = await run(["convert", input, "-o", output, "--as-of", AS_OF]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const findings = await findingsOf(input);
    expect(findings).toBeGreaterThan(0);
    expect(r.out).toBe(`${ru.convertWritten(output, 1, findings)}\n`);
    const bytes = new Uint8Array(await readFile(output));
    expect(await ourWorkbookKind(bytes)).toBe("checked-copy");
    const copy = await readGrids(bytes);
    expect(copy.grids.map((g) => g.sheet)).toEqual(["Таблица 1", "Замечания"]);
    expect(copy.grids[1].cells.length - 1).toBe(findings);
    // As a municipal input the copy gives the document's findings again.
    expect(await findingsOf(output)).toBe(findings);
  });

  it("gives a workbook its checked copy too, and speaks English when asked", async () => {
    const output = join(dir, "001-buinsk copy.xlsx");
    const input = join(SEEDS, "001-buinsk.xlsx");
    const r = await run(["convert", input, "-o", output, "--as-of", AS_OF, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${CLI_TEXT.en.convertWritten(output, 1, await findingsOf(input))}\n`);
    const copy = await readGrids(new Uint8Array(await readFile(output)));
    expect(copy.grids.map((g) => g.sheet)).toContain("Findings");
  });

  describe("--status-column", () => {
    const statusColumns = async (file: string) => {
      const read = await readGrids(new Uint8Array(await readFile(file)));
      return checkGrids(read.grids, { settings: { asOf: AS_OF } }).map(
        (t) => t.table.columns.find((c) => c.field === "status")?.column ?? null,
      );
    };

    it("adds «Отметка об исполнении» to a document's table: one finding fewer", async () => {
      const input = join(SEEDS, "003-kansk.docx");
      const output = join(dir, "003-kansk status.xlsx");
      const r = await run(["convert", input, "-o", output, "--as-of", AS_OF, "--status-column"]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      // The document lacks the column: its «no status column» finding is answered in the copy.
      const findings = (await findingsOf(input)) - 1;
      expect(r.out).toBe(`${ru.convertWritten(output, 1, findings)}\n`);
      expect(await statusColumns(output)).toEqual(["G"]);
      expect(await findingsOf(output)).toBe(findings);
      const copy = await readGrids(new Uint8Array(await readFile(output)));
      expect(copy.grids[1].cells.length - 1).toBe(findings);
    });

    it("adds it to a workbook's table that has none and leaves the one that has it", async () => {
      const input = join(SEEDS, "005-two-sheets.xlsx");
      const output = join(dir, "005 status.xlsx");
      expect(await statusColumns(input)).toEqual([null, "E"]);
      const r = await run(["convert", input, "-o", output, "--as-of", AS_OF, "--status-column"]);
      expect(r.code).toBe(0);
      const columns = await statusColumns(output);
      expect(columns[0]).not.toBeNull();
      expect(columns[1]).toBe("E");
    });

    it("writes nothing when the column next to a table is not empty", async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("План");
      ws.addRow(["№", "Мероприятие", "Срок", "Ответственные"]);
      ws.addRow([1, "Совещание", "Сентябрь 2021", "Иванов"]);
      ws.addRow([2, "Приказ", "Май 2022", "Петров", "моя заметка"]);
      const input = join(dir, "занято.xlsx");
      await writeFile(input, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      const output = join(dir, "занято копия.xlsx");
      const r = await run(["convert", input, "-o", output, "--as-of", AS_OF, "--status-column"]);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`${ru.statusColumnOccupied("План", "E")}\n`);
      await expect(stat(output)).rejects.toMatchObject({ code: "ENOENT" });
      // Without the option the same file gets its copy.
      expect((await run(["convert", input, "-o", output, "--as-of", AS_OF])).code).toBe(0);
    });
  });

  it("refuses to write over its input, by the same path or another name of it", async () => {
    const input = join(dir, "план.docx");
    await copyFile(join(SEEDS, "002-kislovodsk.docx"), input);
    const before = await readFile(input);
    const link = join(dir, "ссылка.xlsx");
    await symlink(input, link);
    for (const output of [input, join(dir, ".", "план.docx"), link]) {
      const r = await run(["convert", input, "-o", output]);
      // Not an .xlsx name: a bad argument; the input itself: nothing written (as consolidate).
      expect(r.code).toBe(output.endsWith(".docx") ? 3 : 1);
      expect(r.err).toContain(
        output.endsWith(".docx") ? ru.convertNotXlsx(output) : ru.convertSameFile(output),
      );
    }
    const same = await run(["convert", link, "-o", link]);
    expect(same.code).toBe(1);
    expect(same.err).toContain(ru.convertSameFile(link));
    expect(await readFile(input)).toEqual(before);
  });

  it("asks for one file and an .xlsx name", async () => {
    for (const args of [
      ["convert"],
      ["convert", "a.docx"],
      ["convert", "a.docx", "b.docx", "-o", "c.xlsx"],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(3);
      expect(r.err).toContain(ru.badArgs(ru.convertOneFile));
    }
    const r = await run(["convert", "a.docx", "-o", "c.pdf"]);
    expect(r.err).toContain(ru.convertNotXlsx("c.pdf"));
  });

  it("explains an unreadable document and writes nothing", async () => {
    const input = join(dir, "old.doc");
    await writeFile(input, await legacyDoc());
    const output = join(dir, "old.xlsx");
    const r = await run(["convert", input, "-o", output]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(fileErrorMessage({ code: "legacy-doc" }, "ru"));
    await expect(stat(output)).rejects.toThrow();
  });

  it.each([
    ["ragged rows", () => raggedTable()],
    ["60 columns", () => wideTable(60)],
    ["5,000 rows", () => longTable(5000)],
  ])("converts an odd but readable document (%s) with nothing lost", async (_, make) => {
    const input = join(dir, "odd.docx");
    await writeFile(input, make());
    const output = join(dir, "odd.xlsx");
    const r = await run(["convert", input, "-o", output, "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    const summary = async (file: string) => {
      let out = "";
      await main(["check", file, "--json", "--as-of", AS_OF], {
        stdout: (s) => (out += s),
        stderr: () => undefined,
      });
      return (JSON.parse(out) as { summary: unknown }).summary;
    };
    const fromDoc = await summary(input);
    expect(fromDoc).toMatchObject({ tables: 1 });
    expect(await summary(output)).toEqual(fromDoc);
    expect(await findingsOf(output)).toBe(await findingsOf(input));
  });
});
