/** `roadmap check` end to end on real files: the report contract, exit codes, broken files. */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { reportSchema, type Report } from "../../src/core/report";
import { crc32, rawZip, zipParts } from "../support/zip";

const SEEDS = join(__dirname, "..", "..", "seeds");
const seed = (f: string) => join(SEEDS, f);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

async function json(args: string[]): Promise<{ code: number; report: Report }> {
  const r = await run([...args, "--json"]);
  return { code: r.code, report: reportSchema.parse(JSON.parse(r.out)) };
}

const dir = mkdtempSync(join(tmpdir(), "roadmap-cli-"));
function badFile(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const enc = new TextEncoder();

/** An OpenDocument spreadsheet as LibreOffice starts one: a stored mimetype entry first. */
function odsFile(): Uint8Array {
  const mime = enc.encode("application/vnd.oasis.opendocument.spreadsheet");
  const content = enc.encode("<office:document-content/>");
  return rawZip([
    { name: "mimetype", packed: mime, size: mime.length, crc: crc32(mime), stored: true },
    {
      name: "content.xml",
      packed: content,
      size: content.length,
      crc: crc32(content),
      stored: true,
    },
  ]);
}

/** A binary workbook: its workbook part declared by extension, as Excel writes .xlsb. */
function xlsbFile(): Uint8Array {
  return zipParts([
    {
      name: "[Content_Types].xml",
      data: enc.encode(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`,
      ),
    },
    { name: "xl/workbook.bin", data: new Uint8Array([0x83, 0x01, 0x00]) },
  ]);
}
const utf16 = (s: string) => Buffer.from(s, "utf16le");

describe("roadmap check --json", () => {
  it("prints the report contract for a seed workbook", async () => {
    const { code, report } = await json([
      "check",
      seed("001-buinsk.xlsx"),
      "--as-of",
      "2022-01-15",
    ]);
    expect(report.asOf).toBe("2022-01-15");
    expect(report.files).toHaveLength(1);
    const [t] = report.files[0].tables;
    expect(t.sheet).toBe("План");
    expect(t.headerRows).toEqual([11, 11]);
    expect(t.columns[3]).toEqual({ column: "D", header: "Сроки", field: "deadline" });
    expect(t.rows.filter((r) => r.kind === "item")).toHaveLength(40);
    expect(report.summary.items).toBe(40);
    expect(report.summary.tables).toBe(1);
    // Seed 001 has items without an expected result: errors, so exit code 1.
    expect(t.rows.some((r) => r.findings.some((f) => f.code === "missing-expected-result"))).toBe(
      true,
    );
    expect(code).toBe(1);
  });

  it("checks every table of every sheet, and none on the decoy sheets", async () => {
    const { report } = await json([
      "check",
      seed("005-two-sheets.xlsx"),
      seed("006-stacked.xlsx"),
      seed("007-schools.xlsx"),
    ]);
    expect(report.files.map((f) => f.tables.map((t) => t.sheet))).toEqual([
      ["Дорожная карта 2021", "План"],
      ["Лист1", "Лист1"],
      [],
    ]);
    expect(report.summary.tables).toBe(4);
  });

  it("writes messages in English with --lang en", async () => {
    const ru = await json(["check", seed("000-dalnerechensk.xlsx"), "--as-of", "2021-01-15"]);
    const en = await json([
      "check",
      seed("000-dalnerechensk.xlsx"),
      "--as-of",
      "2021-01-15",
      "--lang",
      "en",
    ]);
    const first = (r: Report) => r.files[0].tables[0].rows.flatMap((x) => x.findings)[0];
    expect(first(ru.report).code).toBe(first(en.report).code);
    expect(first(ru.report).message).toMatch(/[а-я]/);
    expect(first(en.report).message).not.toMatch(/[а-я]{4}/);
  });
});

describe("hidden sheets", () => {
  it("checks a roadmap on a hidden sheet and says the sheet is hidden", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(seed("001-buinsk.xlsx")) as unknown as ArrayBuffer);
    wb.addWorksheet("Видимый").getCell("A1").value = "Пояснительная записка";
    wb.getWorksheet("План")!.state = "hidden";
    const path = join(dir, "hidden-plan.xlsx");
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { report } = await json(["check", path, "--as-of", "2022-01-15"]);
    expect(report.files[0].tables.map((t) => [t.sheet, t.hidden])).toEqual([["План", true]]);
    expect(report.summary.items).toBe(40);
    const { out } = await run(["check", path, "--as-of", "2022-01-15"]);
    expect(out).toContain("Лист «План» (скрытый), заголовок в строке 11");
  });
});

describe("files that cannot be read", () => {
  const broken: [string, string, () => string][] = [
    ["empty-file", "an empty file", () => badFile("empty.xlsx", new Uint8Array())],
    ["not-xlsx", "a text file named .xlsx", () => badFile("text.xlsx", "это не книга")],
    [
      "legacy-xls",
      "a legacy .xls",
      () => badFile("old.xls", new Uint8Array([...OLE, ...new Uint8Array(600)])),
    ],
    [
      "encrypted",
      "a password-protected workbook",
      () =>
        badFile(
          "secret.xlsx",
          new Uint8Array([...OLE, ...new Uint8Array(200), ...utf16("EncryptedPackage"), 0, 0]),
        ),
    ],
    [
      "corrupt",
      "a truncated workbook",
      () => {
        const full = readFileSync(seed("000-dalnerechensk.xlsx"));
        return badFile("cut.xlsx", full.subarray(0, Math.floor(full.length / 2)));
      },
    ],
    ["not-found", "a missing file", () => join(dir, "nope.xlsx")],
    ["ods", "an OpenDocument spreadsheet", () => badFile("table.ods", odsFile())],
    ["xlsb", "a binary .xlsb workbook", () => badFile("book.xlsb", xlsbFile())],
    ["empty-file", "an empty zip archive", () => badFile("empty-zip.xlsx", rawZip([]))],
  ];

  it.each(broken)(
    "%s: %s gets its own error, and the other files are still checked",
    async (code, _what, make) => {
      const path = make();
      const { code: exit, report } = await json(["check", path, seed("000-dalnerechensk.xlsx")]);
      expect(report.files[0]).toMatchObject({ file: path, tables: [], error: { code } });
      expect(report.files[0].error!.message).toMatch(/[А-Яа-я]/);
      expect(report.files[1].tables).toHaveLength(1);
      expect(exit).toBe(2);
    },
  );
});

describe("readable output and arguments", () => {
  it("prints a Russian summary per file and table, findings worst first", async () => {
    const { out } = await run(["check", seed("001-buinsk.xlsx"), "--as-of", "2022-01-15"]);
    expect(out).toContain("Проверка дорожных карт на 15.01.2022");
    expect(out).toContain("Лист «План», заголовок в строке 11");
    expect(out).toContain("Муниципалитет: Буинский муниципальный район");
    expect(out).toMatch(/Мероприятий: 40 · просрочено: \d+/);
    const marks = out
      .split("\n")
      .filter((l) => /^ {4}[✖⚠·] /.test(l))
      .map((l) => l.trim()[0]);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join("")).toMatch(/^✖*⚠*·*$/);
  });

  it("exits 3 with usage on bad arguments", async () => {
    expect((await run(["check"])).code).toBe(3);
    const bad = await run(["check", seed("000-dalnerechensk.xlsx"), "--as-of", "31.02.2022"]);
    expect(bad.code).toBe(3);
    expect(bad.err).toContain("--as-of 31.02.2022: ожидается дата ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
    expect((await run(["check", "--bogus", "x.xlsx"])).code).toBe(3);
  });
});

describe("messages of unreadable files", () => {
  const cut = () => {
    const full = readFileSync(seed("000-dalnerechensk.xlsx"));
    return badFile("cut-too.xlsx", full.subarray(0, Math.floor(full.length / 2)));
  };

  it("says what is wrong in plain words; the technical detail only in JSON and --verbose", async () => {
    const path = cut();
    const { report } = await json(["check", path]);
    const error = report.files[0].error!;
    expect(error.message).toBe(
      "Файл повреждён или передан не полностью: книгу не удалось прочитать.",
    );
    expect(error.detail).toMatch(/^zip: /);
    const plain = await run(["check", path]);
    expect(plain.out).toContain(`Не удалось прочитать: ${error.message}`);
    expect(plain.out).not.toContain(error.detail);
    const verbose = await run(["check", path, "--verbose"]);
    expect(verbose.out).toContain(`Подробности: ${error.detail}`);
  });

  it("says it in English with --lang en", async () => {
    const { report } = await json(["check", cut(), badFile("t.ods", odsFile()), "--lang", "en"]);
    expect(report.files.map((f) => f.error?.message)).toEqual([
      "The file is damaged or incomplete: the workbook could not be read.",
      expect.stringContaining("This is an OpenDocument spreadsheet (.ods"),
    ]);
  });
});
