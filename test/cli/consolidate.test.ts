import ExcelJS from "exceljs";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConsolidate } from "../../src/cli/consolidate";
import { HEADER_ROW, type RegionalModel } from "../../src/core/consolidate";
import { LAYOUTS, MUNICIPALITIES, municipalWorkbook } from "../../bench/municipal-workbooks";
import {
  emptyWorkbook,
  legacyXls,
  millionRows,
  noRoadmap,
  passwordProtected,
  truncated,
  zipBomb,
} from "./bad-workbooks";
import { expectConserved } from "./conservation";
import { crc32, rawZip, zipParts } from "../support/zip";
import { WorkerChecker } from "../../src/hosts/file/budget/worker-checker";

jest.setTimeout(180_000);

const AS_OF = "2022-01-15";
const INJECTIONS = ["=1+1", '=HYPERLINK("http://x","y")', "+7 (423) 000-00-00", "-5", "@SUM(A1)"];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runConsolidate(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { code, stdout, stderr };
}

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => ws.name);
}

let dir: string;
let good: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "roadmap-consolidate-"));
  good = join(dir, "good");
  await import("node:fs/promises").then((fs) => fs.mkdir(good));
  for (let i = 0; i < LAYOUTS.length; i++) {
    const bytes = await municipalWorkbook({ index: i, activities: 40 + i * 7 });
    await writeFile(join(good, `${String(i + 1).padStart(2, "0")}-m${i}.xlsx`), bytes);
  }
  const inject = await municipalWorkbook({
    index: 5,
    activities: 8,
    layout: "classic",
    inject: INJECTIONS,
  });
  await writeFile(join(good, "06-inject.xlsx"), inject);
  // A 32,767-character activity: Excel's own limit for a cell.
  const long = await municipalWorkbook({
    index: 6,
    activities: 3,
    layout: "approval-and-extras",
    inject: ["Очень длинное мероприятие. ".repeat(2000).slice(0, 32_767)],
  });
  await writeFile(join(good, "07-long-cell.xlsx"), long);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("roadmap consolidate", () => {
  it("writes the regional workbook from a folder and prints the summary", async () => {
    const out = join(dir, "out", "region.xlsx");
    const r = await run([good, "-o", out, "--as-of", AS_OF]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Свод дорожных карт на 15.01.2022");
    for (const m of MUNICIPALITIES.slice(0, 4)) expect(r.stdout).toContain(m.nominative);
    expect(r.stdout).toContain(`Записано: ${out}`);
    expect(await sheetNames(out)).toEqual(["Свод", "Сводка", "Замечания"]);
  });

  it("loses nothing: every non-empty cell of every table is in the written file", async () => {
    const out = join(dir, "conserve.xlsx");
    expect((await run([good, "-o", out, "--as-of", AS_OF])).code).toBe(0);
    const inputs = readdirSync(good)
      .sort((a, b) => a.localeCompare(b, "ru"))
      .map((f) => join(good, f));
    const result = await expectConserved(inputs, out, AS_OF);
    expect(result.activities).toBe(40 + 47 + 54 + 61 + 8 + 3);
  });

  it("loses nothing from the seed workbooks", async () => {
    const seeds = join(__dirname, "..", "..", "seeds");
    const inputs = readdirSync(seeds)
      .filter((f) => f.endsWith(".xlsx"))
      .sort((a, b) => a.localeCompare(b, "ru"))
      .map((f) => join(seeds, f));
    expect(inputs.length).toBeGreaterThanOrEqual(5);
    const out = join(dir, "seeds-region.xlsx");
    const r = await run([...inputs, "-o", out, "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    const result = await expectConserved(inputs, out, AS_OF);
    // The seeds' README counts 11 + 40 + 20 + 19 + 28 + (11 + 28) + (11 + 11) activities.
    expect(result.activities).toBe(179);
    expect(result.cells).toBeGreaterThan(1000);
  });

  it("keeps formula-like municipal text as text in the file", async () => {
    const out = join(dir, "inject.xlsx");
    expect((await run([join(good, "06-inject.xlsx"), "-o", out, "--as-of", AS_OF])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Свод")!;
    const first = HEADER_ROW + 1;
    const activities = ws.getColumn(4).values.slice(first);
    expect(activities.slice(0, INJECTIONS.length)).toEqual(INJECTIONS);
    for (let r = first; r < first + INJECTIONS.length; r++) {
      expect(ws.getCell(r, 4).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(r, 4).numFmt).toBe("@");
    }
    const raw = await readFile(out);
    expect(raw.includes(Buffer.from("<f>"))).toBe(false);
  });

  it("rebuilds twice into the same file: the same sheets, once, and the user's sheet kept", async () => {
    const out = join(dir, "rebuild.xlsx");
    const args = [join(good, "01-m0.xlsx"), "-o", out, "--as-of", AS_OF];
    expect((await run(args)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.addWorksheet("Мои заметки").getCell("A1").value = "не трогать";
    await wb.xlsx.writeFile(out);
    expect((await run(args)).code).toBe(0);
    expect((await run(args)).code).toBe(0);
    // A rebuild compares with the «Свод» it replaces: «Изменения», once, and here empty.
    expect(await sheetNames(out)).toEqual([
      "Свод",
      "Сводка",
      "Замечания",
      "Мои заметки",
      "Изменения",
    ]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    expect(again.getWorksheet("Мои заметки")!.getCell("A1").value).toBe("не трогать");
    expect(again.getWorksheet("Свод")!.rowCount).toBe(HEADER_ROW + 40);
    expect(again.getWorksheet("Изменения")!.rowCount).toBe(HEADER_ROW);
  });

  it("gives each bad file a clear message, consolidates the rest, and stays within memory", async () => {
    const bad = join(dir, "bad");
    await import("node:fs/promises").then((fs) => fs.mkdir(bad));
    const files: [string, Uint8Array | Promise<Uint8Array>][] = [
      ["01-good.xlsx", municipalWorkbook({ index: 0, activities: 20 })],
      ["02-corrupt.xlsx", truncated()],
      ["03-password.xlsx", passwordProtected()],
      ["04-legacy.xls", legacyXls()],
      ["05-empty.xlsx", emptyWorkbook()],
      ["06-zero-bytes.xlsx", new Uint8Array(0)],
      ["07-schools.xlsx", noRoadmap()],
      ["08-million.xlsx", millionRows()],
      ["09-bomb.xlsx", zipBomb(2)],
    ];
    for (const [name, bytes] of files) await writeFile(join(bad, name), await bytes);
    expect((await readFile(join(bad, "09-bomb.xlsx"))).length).toBeLessThan(3_000_000);

    let peak = 0;
    const before = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const out = join(dir, "bad-region.xlsx");
    const r = await run([bad, "-o", out, "--as-of", AS_OF]);
    clearInterval(timer);

    expect(r.code).toBe(0);
    const line = (name: string) => r.stderr.split("\n").find((l) => l.includes(name)) ?? "";
    expect(line("02-corrupt.xlsx")).toMatch(/повреждён|не удалось/i);
    expect(line("03-password.xlsx")).toContain("защищена паролем");
    expect(line("04-legacy.xls")).toContain("Excel 97–2003 (.xls)");
    expect(line("06-zero-bytes.xlsx")).toContain("Файл пуст");
    expect(line("08-million.xlsx")).toContain("строк");
    expect(line("09-bomb.xlsx")).toContain("zip-бомба");
    // Readable but holding no roadmap: said in the summary, not an unreadable file.
    expect(r.stdout).toMatch(/05-empty\.xlsx: В файле не найдена дорожная карта/);
    expect(r.stdout).toMatch(/07-schools\.xlsx: В файле не найдена дорожная карта/);
    expect(r.stdout).toContain("Файлов: 9 (не прочитано: 6)");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("Свод")!.rowCount).toBe(HEADER_ROW + 20);
    const summary = wb.getWorksheet("Сводка")!;
    const problems: string[] = [];
    summary.eachRow((row) => problems.push(String(row.getCell(11).value ?? "")));
    for (const name of files.slice(1).map(([n]) => n)) {
      expect(problems.join("\n")).toContain(name);
    }
    // A 2 GB bomb or a million rows read whole would take gigabytes.
    expect(peak - before).toBeLessThan(600 * 1024 * 1024);
  });

  it("names every spreadsheet of a folder it cannot read, .ods and .xlsb among them", async () => {
    const mixed = join(dir, "mixed");
    await import("node:fs/promises").then((fs) => fs.mkdir(mixed));
    const enc = new TextEncoder();
    const mime = enc.encode("application/vnd.oasis.opendocument.spreadsheet");
    await writeFile(
      join(mixed, "01-good.xlsx"),
      await municipalWorkbook({ index: 1, activities: 5 }),
    );
    await writeFile(
      join(mixed, "02-libreoffice.ods"),
      rawZip([
        { name: "mimetype", packed: mime, size: mime.length, crc: crc32(mime), stored: true },
      ]),
    );
    await writeFile(
      join(mixed, "03-binary.xlsb"),
      zipParts([
        {
          name: "[Content_Types].xml",
          data: enc.encode(
            `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`,
          ),
        },
        { name: "xl/workbook.bin", data: new Uint8Array(3) },
      ]),
    );
    await writeFile(
      join(mixed, "04-template.xltx"),
      await municipalWorkbook({ index: 2, activities: 4 }),
    );
    await writeFile(join(mixed, "notes.txt"), "не таблица");
    // As the roadmap process does: each file on a worker thread within its budget.
    const checker = new WorkerChecker();
    const r: Run = { code: 0, stdout: "", stderr: "" };
    r.code = await runConsolidate(
      [mixed, "-o", join(dir, "mixed-region.xlsx"), "--as-of", AS_OF, "--verbose"],
      {
        stdout: (s) => void (r.stdout += s),
        stderr: (s) => void (r.stderr += s),
        checker,
      },
    ).finally(() => checker.close());
    expect(r.code).toBe(0);
    const line = (name: string) => r.stderr.split("\n").find((l) => l.includes(name)) ?? "";
    expect(line("02-libreoffice.ods")).toContain("Это таблица OpenDocument (.ods");
    expect(line("03-binary.xlsb")).toContain("двоичная книга Excel (.xlsb)");
    expect(r.stderr).not.toContain("notes.txt");
    expect(r.stdout).toContain("Файлов: 4 (не прочитано: 2)");
    expect(r.stdout).toMatch(/Мероприятий: 9|мероприятий: 9/);
  });

  it("prints a progress line on stderr every 100 files", async () => {
    const many = join(dir, "many");
    await import("node:fs/promises").then((fs) => fs.mkdir(many));
    await writeFile(
      join(many, "000-good.xlsx"),
      await municipalWorkbook({ index: 0, activities: 5 }),
    );
    // Empty files read at once (each is reported as empty): the count is what matters here.
    for (let i = 1; i <= 230; i++)
      await writeFile(join(many, `${String(i).padStart(3, "0")}.xlsx`), "");
    const r = await run([many, "-o", join(dir, "many.xlsx"), "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    const progress = r.stderr.split("\n").filter((l) => l.startsWith("Прочитано файлов"));
    expect(progress).toEqual(["Прочитано файлов: 100 из 231", "Прочитано файлов: 200 из 231"]);
  });

  it("keeps a 32,767-character cell (Excel's own limit) whole", async () => {
    const out = join(dir, "long.xlsx");
    const r = await run([join(good, "07-long-cell.xlsx"), "-o", out, "--as-of", AS_OF, "--json"]);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout) as RegionalModel;
    const [svod] = model.sheets;
    const activity = svod.columns.findIndex((c) => c.header === "Мероприятие");
    expect(String(svod.rows[0][activity])).toHaveLength(32_767);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(
      String(wb.getWorksheet("Свод")!.getCell(HEADER_ROW + 1, activity + 1).value),
    ).toHaveLength(32_767);
  });

  it("prints the regional model with --json", async () => {
    const r = await run([join(good, "01-m0.xlsx"), "--json", "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout) as RegionalModel;
    expect(model.asOf).toBe(AS_OF);
    expect(model.sheets.map((s) => s.name)).toEqual(["Свод", "Сводка", "Замечания"]);
    expect(model.sheets[0].rows).toHaveLength(40);
    expect(model.municipalities[0].municipality).toBe(MUNICIPALITIES[0].nominative);
  });

  it("takes the municipality from the user and lists those expected but missing", async () => {
    const list = join(dir, "expected.txt");
    await writeFile(list, "# муниципалитеты края\nКировский муниципальный район\n\nг. Канск\n");
    const r = await run([
      join(good, "01-m0.xlsx"),
      "--json",
      "--as-of",
      AS_OF,
      "--municipality",
      "01-m0.xlsx=г. Канск",
      "--expected",
      list,
    ]);
    const model = JSON.parse(r.stdout) as RegionalModel;
    expect(model.municipalities.map((m) => [m.municipality, m.activities, m.problems])).toEqual([
      ["г. Канск", 40, []],
      ["Кировский муниципальный район", 0, ["Файл от муниципалитета не получен"]],
    ]);
    expect(model.files[0].municipalitySource).toBe("override");
  });

  it("exits with 2 and writes nothing when no file can be read", async () => {
    const bad = join(dir, "only-bad.xls");
    await writeFile(bad, legacyXls());
    const out = join(dir, "never.xlsx");
    const r = await run([bad, join(dir, "missing.xlsx"), "-o", out, "--as-of", AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Файл не найден");
    expect(r.stderr).toContain("Ни один файл не удалось прочитать: свод не записан.");
    expect(existsSync(out)).toBe(false);
  });

  it("says in plain words when the regional workbook cannot be written", async () => {
    // /sys refuses new files even to root: as a file open in Excel or a read-only folder would.
    const r = await run([join(good, "01-m0.xlsx"), "-o", "/sys/region.xlsx", "--as-of", AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Свод не записан: в /sys/region.xlsx нельзя записать");
    // Said before anything is read: no summary for a workbook that cannot be written.
    expect(r.stdout).toBe("");
  });

  it.each([
    [["-o", "x.xlsx"], "не указаны файлы или папки"],
    [["a.xlsx", "-o", "."], "-o .: это папка, укажите файл"],
    [["a.xlsx"], "укажите файл свода: -o свод.xlsx"],
    [["a.xlsx", "-o", "x.xlsx", "--as-of", "15/01/2022"], "--as-of 15/01/2022: ожидается дата"],
    [["a.xlsx", "-o", "x.xlsx", "--municipality", "Канск"], "ожидается ФАЙЛ=МУНИЦИПАЛИТЕТ"],
    [["a.xlsx", "-o", "x.xlsx", "--bogus"], "Ошибка в параметрах"],
  ])("rejects bad arguments %j with exit code 3", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("roadmap consolidate");
  });
});
