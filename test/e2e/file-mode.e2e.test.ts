/**
 * The task pane as a user meets it outside Excel: the built bundle in Chromium, a seed workbook
 * chosen through the page, the findings read off the screen, the checked copy downloaded and
 * opened with ExcelJS. Expectations come from the core run here on the same file, so the test
 * proves the browser shows exactly what the core decides.
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { HIGHLIGHT_STYLES, type HighlightKind } from "../../src/core/plan";
import { readGrids } from "../../src/hosts/file/dispatch";
import { readWorkbookGrids } from "../../src/hosts/file/read";
import { ourWorkbookKind } from "../../src/hosts/file/write-regional";
import { collectFindings, countIssues } from "../../src/taskpane/check/findings";
import { runCheck, type CheckOutcome } from "../../src/taskpane/check/run-check";
import { MESSAGES } from "../../src/taskpane/i18n";
import { shownFill } from "../support/highlights";
import { RESULTS, ROOT, servedPane } from "./browser";
import { HEADER_ROW } from "../../src/core/consolidate";

const AS_OF = "2022-01-15";
const ru = MESSAGES.ru;
const seed = (name: string) => join(ROOT, "seeds", name);

async function expected(name: string): Promise<CheckOutcome> {
  const grids = await readWorkbookGrids(readFileSync(seed(name)));
  return runCheck(grids, { asOf: AS_OF, lang: "ru", overrides: [], file: name });
}

const served = servedPane();

/** A Word seed as the core sees it: what the pane must show for it. */
async function expectedDocument(name: string): Promise<CheckOutcome> {
  const { grids } = await readGrids(readFileSync(seed(name)), { fileName: name });
  return runCheck(grids, { asOf: AS_OF, lang: "ru", overrides: [], file: name, document: true });
}

/** A fresh page in Russian; office.js cannot load here, so the pane is in file mode. */
async function openPane(width = 480): Promise<{
  context: BrowserContext;
  page: Page;
  errors: string[];
  workers: string[];
}> {
  const context = await served.browser.newContext({
    locale: "ru-RU",
    acceptDownloads: true,
    viewport: { width, height: 1000 },
  });
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto(`${served.url}/`);
  return { context, page, errors, workers };
}

async function counters(page: Page): Promise<string[]> {
  const keys = ["tables", "items", "overdue", "incomplete", "done"];
  return Promise.all(
    keys.map(async (k) => (await page.locator(`[data-counter="${k}"] dd`).textContent()) ?? ""),
  );
}

/**
 * The colour each highlighted cell must show: its row's kind, a missing cell's own on top. The
 * copy highlights with conditional formats, so the colour is read as a person sees it.
 */
function expectedFills(outcome: CheckOutcome): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of outcome.plan.sheets) {
    for (const a of s.areas) {
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) out.set(`${s.sheet}!${r}:${c}`, argb(a.kind));
      }
    }
  }
  return out;
}

function argb(kind: HighlightKind): string {
  return `FF${HIGHLIGHT_STYLES[kind].fill.slice(1)}`;
}

describe("task pane in a real browser, file mode", () => {
  it("checks a seed workbook, shows its findings and gives the checked copy", async () => {
    const name = "001-buinsk.xlsx";
    const want = await expected(name);
    const { context, page, errors, workers } = await openPane();

    await page.getByLabel(ru.asOf).fill(AS_OF);
    await page.getByLabel(ru.chooseFileLabel).setInputFiles(seed(name));
    await page.getByText(ru.fileChosen(name)).waitFor();
    await page.locator('[data-counter="items"]').waitFor();

    const s = want.report.summary;
    expect(await counters(page)).toEqual(
      [s.tables, s.items, s.overdue, s.incomplete, s.done].map(String),
    );
    await page.getByText(ru.verdictIssues(countIssues(want.report))).waitFor();

    const items = collectFindings(want.report).flatMap((g) => g.items);
    const list = page.getByRole("region", { name: /Лист «План»/ });
    expect(await list.getByRole("listitem").count()).toBe(items.length);
    for (const f of items.slice(0, 5)) {
      expect(
        await list.locator(`li[data-code="${f.code}"]`, { hasText: f.cell }).count(),
      ).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(RESULTS, "file-mode-001-buinsk.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: ru.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(ru.downloadName("001-buinsk"));
    const saved = join(RESULTS, download.suggestedFilename());
    await download.saveAs(saved);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const fills = expectedFills(want);
    expect(fills.size).toBeGreaterThan(0);
    for (const [key, color] of fills) {
      const [sheet, rc] = key.split("!");
      const [r, c] = rc.split(":").map(Number);
      const ws = wb.getWorksheet(sheet)!;
      expect([key, shownFill(ws, ws.getCell(r, c).address)]).toEqual([key, color]);
    }
    const findingsSheet = wb.getWorksheet("Замечания")!;
    expect(findingsSheet.rowCount - 1).toBe(items.length);

    // The file was read on the reading worker, not in the pane's own thread.
    expect(workers.filter((w) => /read-worker\.[0-9a-f]+\.js$/.test(w))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("checks a seed Word document at 400 px: places as «Таблица 1, строка N», its copy an .xlsx", async () => {
    const name = "001-buinsk.docx";
    const want = await expectedDocument(name);
    const { context, page, errors, workers } = await openPane(400);

    await page.getByLabel(ru.asOf).fill(AS_OF);
    await page.getByLabel(ru.chooseFileLabel).setInputFiles(seed(name));
    await page.getByText(ru.fileChosen(name)).waitFor();
    await page.locator('[data-counter="items"]').waitFor();

    const s = want.report.summary;
    expect(s.items).toBe(40);
    expect(await counters(page)).toEqual(
      [s.tables, s.items, s.overdue, s.incomplete, s.done].map(String),
    );
    const items = collectFindings(want.report).flatMap((g) => g.items);
    const list = page.getByRole("region", { name: /^Таблица 1, строки 1–\d+$/ });
    expect(await list.getByRole("listitem").count()).toBe(items.length);
    const overdue = items.find((f) => f.code === "overdue")!;
    expect(await list.getByText(`Строка ${overdue.row}, столбец 4`).count()).toBeGreaterThan(0);
    await page.getByText(ru.documentCopyNote).waitFor();
    // Nothing of the pane may stick out of a 400 px task pane.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(400);
    await page.screenshot({ path: join(RESULTS, "file-mode-001-buinsk-docx.png"), fullPage: true });
    await page.screenshot({ path: join(RESULTS, "file-mode-001-buinsk-docx-top.png") });

    // «Скачать проверенную копию» gives a workbook of the document's tables, checked as itself.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: ru.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(ru.downloadName("001-buinsk"));
    const saved = join(RESULTS, "file-mode-001-buinsk-docx-copy.xlsx");
    await download.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    expect(await ourWorkbookKind(bytes)).toBe("checked-copy");
    const copy = await readGrids(bytes);
    expect(copy.format).toBe("xlsx");
    expect(copy.grids.map((g) => g.sheet)).toEqual(["Таблица 1", "Замечания"]);
    const again = runCheck(copy.grids, { asOf: AS_OF, lang: "ru", overrides: [], file: name });
    expect(again.report.summary).toEqual(want.report.summary);
    expect(copy.grids[1].cells.length - 1).toBe(items.length);
    // Its highlights are the copy's own check's, painted as the workbook's copy paints them.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const fills = expectedFills(again);
    expect(fills.size).toBeGreaterThan(0);
    for (const [key, color] of fills) {
      const [sheet, rc] = key.split("!");
      const [r, c] = rc.split(":").map(Number);
      const ws = wb.getWorksheet(sheet)!;
      expect([key, shownFill(ws, ws.getCell(r, c).address)]).toEqual([key, color]);
    }
    // The document was read on the reading worker, within its budget, as a workbook is.
    expect(workers.filter((w) => /read-worker\.[0-9a-f]+\.js$/.test(w))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("consolidates the seed Word documents", async () => {
    const names = ["000", "001", "002", "003", "004"].map((id) =>
      readdirSync(join(ROOT, "seeds")).find((f) => f.startsWith(id) && f.endsWith(".docx"))!,
    );
    const activities = (await Promise.all(names.map(expectedDocument))).reduce(
      (n, o) => n + o.report.summary.items,
      0,
    );
    expect(activities).toBe(118);
    const { context, page, errors, workers } = await openPane(400);
    await page.getByRole("tab", { name: ru.tabs.consolidate }).click();
    const view = page.getByRole("tabpanel", { name: ru.tabs.consolidate });
    await view.locator('input[type="file"][multiple]').setInputFiles(names.map(seed));
    const build = view.getByRole("button", { name: "Построить свод" });
    await expectEnabled(build);
    const [download] = await Promise.all([page.waitForEvent("download"), build.click()]);
    const saved = join(RESULTS, `docx-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    await page.screenshot({
      path: join(RESULTS, "file-mode-consolidation-docx.png"),
      fullPage: true,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    let rows = 0;
    wb.getWorksheet("Свод")!.eachRow((_row, n) => {
      if (n > HEADER_ROW) rows += 1;
    });
    expect(rows).toBe(activities);
    // Five documents, one reusable reading worker.
    expect(workers.filter((w) => /read-worker\.[0-9a-f]+\.js$/.test(w))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says so when a workbook holds no roadmap", async () => {
    const { context, page, errors } = await openPane();
    await page.getByLabel(ru.chooseFileLabel).setInputFiles(seed("007-schools.xlsx"));
    await page.getByText(ru.noRoadmap).waitFor();
    expect(await page.getByRole("button", { name: ru.download }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("consolidates the seed workbooks and downloads the regional workbook", async () => {
    const names = [
      "000-dalnerechensk.xlsx",
      "001-buinsk.xlsx",
      "002-kislovodsk.xlsx",
      "003-kansk.xlsx",
      "004-primorsky.xlsx",
    ];
    const activities = (await Promise.all(names.map(expected))).reduce(
      (n, o) => n + o.report.summary.items,
      0,
    );
    const { context, page, errors } = await openPane();
    await page.getByRole("tab", { name: ru.tabs.consolidate }).click();
    const view = page.getByRole("tabpanel", { name: ru.tabs.consolidate });
    await view.locator('input[type="file"][multiple]').setInputFiles(names.map(seed));
    const build = view.getByRole("button", { name: "Построить свод" });
    await expectEnabled(build);

    const [download] = await Promise.all([page.waitForEvent("download"), build.click()]);
    const saved = join(RESULTS, download.suggestedFilename());
    await download.saveAs(saved);
    await page.screenshot({ path: join(RESULTS, "file-mode-consolidation.png"), fullPage: true });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(["Свод", "Сводка", "Замечания"]);
    let rows = 0;
    wb.getWorksheet("Свод")!.eachRow((_row, n) => {
      if (n > HEADER_ROW) rows += 1;
    });
    expect(rows).toBe(activities);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("skips last month's regional workbook among the files and compares with it, at 400 px", async () => {
    const { consolidate } = await import("../../src/core/consolidate");
    const { checkGrids } = await import("../../src/core/check");
    const { writeRegionalWorkbook } = await import("../../src/hosts/file/write-regional");
    const lastMonth = ["001-buinsk.xlsx", "002-kislovodsk.xlsx"];
    const sources = await Promise.all(
      lastMonth.map(async (name) => ({
        file: name,
        error: null,
        tables: checkGrids(await readWorkbookGrids(readFileSync(seed(name))), {
          settings: { asOf: "2022-01-15", lang: "ru" as const },
        }),
      })),
    );
    const region = join(RESULTS, "свод-прошлый-месяц.xlsx");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(
      region,
      await writeRegionalWorkbook(consolidate(sources, { asOf: "2022-01-15" })),
    );

    const { context, page, errors } = await openPane(400);
    await page.getByRole("tab", { name: ru.tabs.consolidate }).click();
    const view = page.getByRole("tabpanel", { name: ru.tabs.consolidate });
    await view.locator('input[type="file"]:not([multiple])').setInputFiles(region);
    await view.getByText("Сравнение со сводом прошлого месяца").waitFor();
    await view
      .locator('input[type="file"][multiple]')
      .setInputFiles([seed("001-buinsk.xlsx"), region]);
    await view.getByText("свод, составленный программой: пропущен").waitFor();
    const build = view.getByRole("button", { name: "Построить свод" });
    await expectEnabled(build);
    await Promise.all([page.waitForEvent("download"), build.click()]);
    // Last month was checked for another day than the pane's today: states may have moved too.
    const changes = view.locator("[data-changes]");
    await changes.waitFor();
    expect(await changes.textContent()).toMatch(
      /^Изменения с прошлого месяца: .*нет данных за месяц: 1/,
    );
    await view
      .getByText(/Не включены в свод \(не муниципалитеты\): свод-прошлый-месяц\.xlsx/)
      .waitFor();
    await page.screenshot({ path: join(RESULTS, "file-mode-monthly-400.png"), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});

async function expectEnabled(locator: ReturnType<Page["getByRole"]>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (await locator.isDisabled()) {
    if (Date.now() > deadline) throw new Error("the button stayed disabled");
    await new Promise((r) => setTimeout(r, 100));
  }
}
