/**
 * The «Свод» view as a ministry specialist meets it in a 400-pixel task pane (issue 13): every
 * seed file chosen at once — workbooks and Word documents, one with no roadmap — with a legacy
 * .xls and a long file name beside them. Nothing in the file list may be wider than its box,
 * and the chart keeps the pane's font size and whole municipality names in a wide pane too.
 * Screenshots go to test-results/ (svod-400-*.png, svod-1200-chart.png).
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CONSOLIDATE_TEXT } from "../../src/taskpane/consolidate/i18n";
import { MESSAGES } from "../../src/taskpane/i18n";
import { legacyXls } from "../cli/bad-workbooks";
import { RESULTS, ROOT, servedPane } from "./browser";

const ru = MESSAGES.ru;
const svod = CONSOLIDATE_TEXT.ru;
const SEEDS = join(ROOT, "seeds");
const seeds = readdirSync(SEEDS)
  .filter((n) => /\.(xlsx|docx)$/.test(n))
  .sort()
  .map((n) => join(SEEDS, n));

const served = servedPane();
let extra: string[];

beforeAll(() => {
  const dir = join(RESULTS, "svod-inputs");
  mkdirSync(dir, { recursive: true });
  const xls = join(dir, "Лесозаводский_городской_округ_дорожная_карта_2021-2022.xls");
  writeFileSync(xls, legacyXls());
  extra = [xls];
});

async function openSvod(width: number): Promise<{ page: Page; errors: string[] }> {
  const context = await served.browser.newContext({
    locale: "ru-RU",
    acceptDownloads: true,
    viewport: { width, height: 900 },
  });
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${served.url}/`);
  await page.getByRole("tab", { name: ru.tabs.consolidate }).click();
  const view = page.getByRole("tabpanel", { name: ru.tabs.consolidate });
  await view.locator('input[type="file"][multiple]').setInputFiles([...seeds, ...extra]);
  const build = view.getByRole("button", { name: svod.build });
  const deadline = Date.now() + 60_000;
  while (await build.isDisabled()) {
    if (Date.now() > deadline) throw new Error("the files were not read");
    await page.waitForTimeout(100);
  }
  await page.locator("[data-file-list]").waitFor();
  return { page, errors };
}

/** Every element of `root` whose content is wider than its box, or that sticks out of its card. */
async function overflowing(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluate((list) => {
    const out: string[] = [];
    for (const card of Array.from(list.querySelectorAll<HTMLElement>("[data-file]"))) {
      const box = card.getBoundingClientRect();
      for (const el of [card, ...Array.from(card.querySelectorAll<HTMLElement>("*"))]) {
        const style = getComputedStyle(el);
        if (style.display === "none" || el.closest("details:not([open]) > :not(summary)")) continue;
        const what = `${card.dataset.file} › ${el.tagName.toLowerCase()}.${el.className} «${(el.textContent ?? "").slice(0, 40)}»`;
        // Inline boxes have no clientWidth; what they hold is measured by their rectangles.
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
          out.push(`${what}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
        }
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) {
          out.push(`${what}: ${r.left}–${r.right} outside the card ${box.left}–${box.right}`);
        }
      }
    }
    return out;
  });
}

describe("the «Свод» view at 400 px", () => {
  it("lists every seed file with nothing wider than its box", async () => {
    const { page, errors } = await openSvod(400);
    const cards = page.locator("[data-file-list] [data-file]");
    expect(await cards.count()).toBe(seeds.length + extra.length);
    // The page itself does not scroll sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(await overflowing(page, "[data-file-list]")).toEqual([]);

    // The long error shows its first sentence; the rest opens with «подробнее», and still fits.
    const xls = page.locator(`[data-file="${extra[0].split("/").pop()}"]`);
    await xls.getByText(svod.more).click();
    expect(await overflowing(page, "[data-file-list]")).toEqual([]);
    const status = await xls.getByRole("status").boundingBox();
    expect(status!.height).toBeLessThan(120);

    await page.screenshot({ path: join(RESULTS, "svod-400-files.png"), fullPage: true });
    await page.locator('[data-file="000-dalnerechensk.docx"]').screenshot({
      path: join(RESULTS, "svod-400-card-read.png"),
    });
    await xls.screenshot({ path: join(RESULTS, "svod-400-card-unreadable.png") });
    await page.locator('[data-file="007-schools.xlsx"]').screenshot({
      path: join(RESULTS, "svod-400-card-no-roadmap.png"),
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([400, 1200])("draws the chart at %i px in the pane's font, names whole", async (w) => {
    const { page, errors } = await openSvod(w);
    const view = page.getByRole("tabpanel", { name: ru.tabs.consolidate });
    await Promise.all([
      page.waitForEvent("download"),
      view.getByRole("button", { name: svod.build }).click(),
    ]);
    const chart = page.getByRole("img", { name: svod.chartTitle });
    await chart.waitFor();
    const names = await chart.locator("[data-municipality]").evaluateAll((rows) =>
      rows.map((row) => {
        const label = row.firstElementChild as HTMLElement;
        return {
          municipality: (row as HTMLElement).dataset.municipality,
          text: label.textContent,
          fontSize: parseFloat(getComputedStyle(label).fontSize),
          cut: label.scrollWidth > label.clientWidth + 1,
          bars: Array.from(row.querySelectorAll<HTMLElement>("[data-series]")).map(
            (b) => b.getBoundingClientRect().right <= row.getBoundingClientRect().right + 1,
          ),
        };
      }),
    );
    expect(names.length).toBeGreaterThan(3);
    for (const n of names) {
      expect(n.text).toBe(n.municipality);
      expect(n.cut).toBe(false);
      expect(n.fontSize).toBeLessThanOrEqual(14);
      expect(n.bars).toEqual([true, true]);
    }
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: join(RESULTS, `svod-${w}-chart.png`) });
    if (w === 400)
      await page.screenshot({ path: join(RESULTS, "svod-400-built.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the Check view at 400 px", () => {
  it("shows the verdict above its hint, and where the colours are", async () => {
    const context = await served.browser.newContext({
      locale: "ru-RU",
      viewport: { width: 400, height: 900 },
    });
    await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${served.url}/`);
    await page.getByLabel(ru.asOf).fill("2022-01-15");
    await page.getByLabel(ru.chooseFileLabel).setInputFiles(join(SEEDS, "001-buinsk.xlsx"));
    const title = page.getByText(/^Есть замечания: \d+$/);
    await title.waitFor();
    const hint = page.getByText(ru.verdictHint);
    const [t, h] = [await title.boundingBox(), await hint.boundingBox()];
    expect(h!.y).toBeGreaterThanOrEqual(t!.y + t!.height - 1);
    expect(await page.getByRole("heading", { name: ru.legendTitleCopy }).count()).toBe(1);
    await page.screenshot({ path: join(RESULTS, "check-400-verdict.png") });
    await context.close();
  });
});
