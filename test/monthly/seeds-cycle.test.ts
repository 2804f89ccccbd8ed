/**
 * Issue 9's acceptance on the seed workbooks, through the CLI as a regional specialist runs it:
 * last month's regional file lying among the inputs, an output that is one of the inputs, the
 * schools decoy, and seed 005's two municipalities.
 */
import ExcelJS from "exceljs";
import { HEADER_ROW } from "../../src/core/consolidate/titles";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runConsolidate } from "../../src/cli/consolidate";
import type { RegionalModel } from "../../src/core/consolidate";

jest.setTimeout(120_000);

const AS_OF = "2021-10-15";
const SEEDS = join(__dirname, "../../seeds");

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runConsolidate(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { code, stdout, stderr };
}

async function rows(path: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const out: unknown[][] = [];
  // From the header row on: the title lines above it say what the sheet is (titles.ts).
  ws.eachRow((row, n) => {
    if (n >= HEADER_ROW) out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

let dir: string;
let inbox: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "roadmap-monthly-"));
  inbox = join(dir, "Загрузки");
  await mkdir(inbox);
  for (const name of await readdir(SEEDS)) {
    if (name.endsWith(".xlsx")) await copyFile(join(SEEDS, name), join(inbox, name));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the monthly cycle on the seed workbooks", () => {
  it("skips last month's regional file lying among the inputs: «Свод» unchanged", async () => {
    const may = join(dir, "свод-май.xlsx");
    const first = await run([inbox, "-o", may, "--as-of", AS_OF]);
    expect(first.code).toBe(0);
    const before = await rows(may, "Свод");

    // Last month's file lands in the same Downloads folder; a new month is built from it.
    await copyFile(may, join(inbox, "свод-май.xlsx"));
    const june = join(dir, "свод-июнь.xlsx");
    const second = await run([inbox, "-o", june, "--as-of", AS_OF, "--json"]);
    expect(second.code).toBe(0);
    expect(await rows(june, "Свод")).toEqual(before);
    expect(second.stderr).toMatch(/Пропущен .*свод-май\.xlsx: это региональный свод/);
    const model = JSON.parse(second.stdout) as RegionalModel;
    expect(model.files.find((f) => f.file.endsWith("свод-май.xlsx"))).toMatchObject({
      role: "own-output",
      municipalities: [],
    });
    expect(model.totals.skippedFiles).toBe(1);
    const summary = await rows(june, "Сводка");
    expect(summary.flat().join("\n")).toContain("свод-май.xlsx — Это региональный свод");
    expect(summary.map((r) => r[0])).not.toContain("свод-май");
  });

  it("skips a regional file that lost our mark (saved again by another program), by its sheets", async () => {
    const may = join(dir, "свод-май.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(may);
    // ExcelJS writes its own docProps: our custom property is gone.
    const copy = join(dir, "copy");
    await mkdir(copy);
    await wb.xlsx.writeFile(join(copy, "свод-копия.xlsx"));
    expect((await readFile(join(copy, "свод-копия.xlsx"))).includes("RoadmapInspector")).toBe(
      false,
    );
    await copyFile(join(SEEDS, "003-kansk.xlsx"), join(copy, "003-kansk.xlsx"));
    const r = await run([copy, "--json", "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout) as RegionalModel;
    expect(model.files.map((f) => f.role)).toEqual(["municipal", "own-output"]);
    expect(model.totals.municipalities).toBe(1);
  });

  it("refuses an output that is one of the inputs: exit 1, the file byte-identical", async () => {
    const kansk = join(inbox, "003-kansk.xlsx");
    const bytes = await readFile(kansk);
    const r = await run([join(inbox, "000-dalnerechensk.xlsx"), kansk, "-o", kansk]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("указан и среди исходных");
    expect(Buffer.compare(await readFile(kansk), bytes)).toBe(0);
    // The same file under another spelling of its path.
    const other = join(inbox, "..", "Загрузки", "003-kansk.xlsx");
    expect((await run([kansk, "-o", other])).code).toBe(1);
    expect(Buffer.compare(await readFile(kansk), bytes)).toBe(0);
  });

  it("counts neither the schools decoy nor any roadmap-less file as a municipality", async () => {
    const r = await run([inbox, "--json", "--as-of", AS_OF]);
    const model = JSON.parse(r.stdout) as RegionalModel;
    const schools = model.files.find((f) => f.file.endsWith("007-schools.xlsx"))!;
    expect(schools).toMatchObject({ role: "not-roadmap", municipality: "", municipalities: [] });
    expect(model.municipalities.map((m) => m.municipality)).not.toContain("schools");
    expect(model.municipalities.every((m) => m.activities > 0)).toBe(true);
    expect(model.totals.municipalities).toBe(model.municipalities.length);
  });

  it("gives seed 005 two municipalities, each with its own activities", async () => {
    const r = await run([join(inbox, "005-two-sheets.xlsx"), "--json", "--as-of", AS_OF]);
    const model = JSON.parse(r.stdout) as RegionalModel;
    expect(model.files[0].municipalities).toHaveLength(2);
    expect(model.municipalities.map((m) => [m.municipality, m.activities])).toEqual(
      expect.arrayContaining([
        [model.files[0].municipalities[0], 11],
        [model.files[0].municipalities[1], 28],
      ]),
    );
    expect(model.totals.municipalities).toBe(2);
    expect(r.stdout).not.toBe("");
  });
});

/** Sets cells of a seed workbook's first sheet (ExcelJS: the tests' reference writer). */
async function editSeed(
  from: string,
  to: string,
  edit: (ws: ExcelJS.Worksheet) => void,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  edit(wb.worksheets[0]);
  await wb.xlsx.writeFile(to);
}

describe("«Изменения»: next month derived from the seeds", () => {
  const BUINSK = "Буинский муниципальный район";

  async function nextMonth(folder: string): Promise<void> {
    await mkdir(folder);
    for (const name of await readdir(SEEDS)) {
      // Кисловодск sends nothing this month.
      if (!name.endsWith(".xlsx") || name.startsWith("002-") || name.startsWith("001-")) continue;
      await copyFile(join(SEEDS, name), join(folder, name));
    }
    await editSeed(join(SEEDS, "001-buinsk.xlsx"), join(folder, "001-buinsk.xlsx"), (ws) => {
      const text = (r: number, c: number) => String(ws.getCell(r, c).value ?? "");
      // Two deadlines moved later.
      expect(text(14, 4)).toBe("Октябрь 2021");
      ws.getCell(14, 4).value = "Декабрь 2021";
      expect(text(30, 4)).toBe("Сентябрь 2021");
      ws.getCell(30, 4).value = "Ноябрь 2021";
      // Three activities marked done.
      for (const r of [31, 32, 50]) {
        expect(text(r, 7)).toBe("");
        ws.getCell(r, 7).value = "выполнено";
      }
      // One reworded slightly: extra spaces and one word changed — not a change at all.
      expect(text(59, 2)).toBe(
        "Организация и проведение муниципальных родительских собраний, конференций",
      );
      ws.getCell(59, 2).value =
        "Организация  и проведение  районных родительских собраний,  конференций";
      // The last activity deleted, and another one written in its row (same number, new text):
      // a row's position alone never makes a match.
      expect(text(64, 1)).toBe("2");
      ws.getCell(64, 2).value = "Публикация итогового отчёта о реализации дорожной карты на сайте";
      ws.getCell(64, 3).value = "Отчёт";
      ws.getCell(64, 4).value = "Декабрь 2021";
    });
  }

  it("lists exactly the changes made, on a rebuild and with --previous", async () => {
    const region = join(dir, "region.xlsx");
    expect((await run([inbox, "-o", region, "--as-of", AS_OF])).code).toBe(0);
    const may = join(dir, "region-may.xlsx");
    await copyFile(region, may);
    const june = join(dir, "june");
    await nextMonth(june);

    const rebuilt = await run([june, "-o", region, "--as-of", AS_OF]);
    expect(rebuilt.code).toBe(0);
    const changes = (await rows(region, "Изменения")).slice(1);
    expect(changes.map((r) => [r[0], r[1]])).toEqual([
      [BUINSK, "добавлено мероприятие"],
      [BUINSK, "мероприятие исключено"],
      [BUINSK, "срок перенесён"],
      [BUINSK, "срок перенесён"],
      [BUINSK, "выполнено"],
      [BUINSK, "выполнено"],
      [BUINSK, "выполнено"],
      ["г. Кисловодск", "нет данных за месяц"],
    ]);
    expect(String(changes[0][4])).toMatch(/^Публикация итогового отчёта/);
    expect(String(changes[1][4])).toMatch(/^Распространение и трансляция успешных практик/);
    const postponed = changes.filter((r) => r[1] === "срок перенесён");
    expect(postponed.map((r) => [r[5], r[6]])).toEqual([
      ["Октябрь 2021", "Декабрь 2021"],
      ["Сентябрь 2021", "Ноябрь 2021"],
    ]);
    // The reworded activity is not reported at all.
    expect(changes.flat().join("\n")).not.toContain("родительских собраний");
    // The printed summary ends with the change counts (then the line saying what was written).
    expect(rebuilt.stdout).toContain(
      [
        "Изменения с прошлого месяца (лист «Изменения»):",
        "  нет данных за месяц: 1",
        "  добавлено мероприятие: 1",
        "  мероприятие исключено: 1",
        "  срок перенесён: 2",
        "  выполнено: 3",
        "Записано: ",
      ].join("\n"),
    );
    const summary = (await rows(region, "Сводка")).flat().join("\n");
    expect(summary).toContain(
      "добавлено мероприятие: 1, мероприятие исключено: 1, срок перенесён: 2, выполнено: 3",
    );

    // The same month named with --previous into a new file: the same changes.
    const out = join(dir, "region-june.xlsx");
    const named = await run([june, "-o", out, "--previous", may, "--as-of", AS_OF, "--json"]);
    expect(named.code).toBe(0);
    expect((await rows(out, "Изменения")).slice(1)).toEqual(changes);
    const model = JSON.parse(named.stdout) as RegionalModel;
    expect(model.changes?.counts).toMatchObject({
      added: 1,
      removed: 1,
      postponed: 2,
      "newly-done": 3,
      "municipality-silent": 1,
      "status-changed": 0,
      "deadline-changed": 0,
      "newly-overdue": 0,
    });
  });

  it("refuses a --previous that is no regional workbook", async () => {
    const r = await run([inbox, "--json", "--previous", join(SEEDS, "003-kansk.xlsx")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("нет листа «Свод»");
  });
});
