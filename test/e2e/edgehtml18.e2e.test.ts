/**
 * The task pane as EdgeHTML 18 (Office 2016/2019 without WebView2) would run it, as near as
 * Chromium can come: before the page's scripts run, every built-in newer than ES2017 that
 * EdgeHTML 18 lacks is deleted, and RegExp refuses the ES2018+ features (lookbehind, named
 * groups, \p{…}, the s flag). The syntax side is checked where it can be, on the built scripts
 * (bundle.e2e.test.ts parses them at ES2017 and validates every regular expression). Then the
 * pane must start, pass its own webview check, check a seed workbook in file mode and show the
 * same findings as the core, and give the checked copy — with no error on the page.
 *
 * The web's text and compression codecs EdgeHTML 18 also lacks (TextDecoder, TextEncoder,
 * DecompressionStream, CompressionStream) are deleted in the page and, by prefixing its script,
 * in the reading worker: the file host then reads with fflate and writes with fflate's deflate
 * (text-codec.ts, inflate-web.ts, xlsx/write/deflate.ts), and the downloaded copy must read back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readWorkbookGrids } from "../../src/hosts/file/read";
import { collectFindings, countIssues } from "../../src/taskpane/check/findings";
import { runCheck } from "../../src/taskpane/check/run-check";
import { MESSAGES } from "../../src/taskpane/i18n";
import { RESULTS, ROOT, servedPane } from "./browser";

const ru = MESSAGES.ru;
const AS_OF = "2022-01-15";

/** The web's codecs EdgeHTML 18 lacks: deleted in the page and in the reading worker. */
const WEB_CODECS = ["TextDecoder", "TextEncoder", "DecompressionStream", "CompressionStream"];

/** The reading worker's script, prefixed: the codecs gone before its first line runs. */
const WORKER_PROFILE =
  `(() => { for (const n of ${JSON.stringify(WEB_CODECS)}) { delete self[n]; ` +
  `if (n in self) throw new Error("the profile did not take hold: " + n); } })();\n`;

/** Built-ins EdgeHTML 18 lacks, by owner; each is deleted before the page's scripts run. */
export const MISSING_IN_EDGEHTML18: Record<string, string[]> = {
  window: [
    "globalThis",
    "structuredClone",
    "queueMicrotask",
    "WeakRef",
    "FinalizationRegistry",
    // (BigInt64Array and BigUint64Array stay: playwright's own page script needs them.)
    "BigInt",
    "AggregateError",
    "ResizeObserver",
    "requestIdleCallback",
    ...WEB_CODECS,
  ],
  Object: ["fromEntries", "hasOwn", "groupBy"],
  "Array.prototype": [
    "flat",
    "flatMap",
    "at",
    "findLast",
    "findLastIndex",
    "toReversed",
    "toSorted",
    "toSpliced",
    "with",
  ],
  "String.prototype": [
    "matchAll",
    "replaceAll",
    "trimStart",
    "trimEnd",
    "at",
    "isWellFormed",
    "toWellFormed",
  ],
  Promise: ["allSettled", "any", "withResolvers", "try"],
  "Symbol.prototype": ["description"],
  Symbol: ["matchAll"],
  Intl: ["ListFormat", "Segmenter", "RelativeTimeFormat", "DisplayNames"],
  "Event.prototype": ["composedPath"],
  "Node.prototype": ["isConnected"],
  "Element.prototype": ["toggleAttribute", "replaceChildren", "getAttributeNames"],
  "Blob.prototype": ["arrayBuffer", "text", "stream"],
  Map: ["groupBy"],
};

/** What polyfills.ts supplies again: present after the page loaded, whatever was deleted. */
const SUPPLIED = [
  "window.globalThis",
  "window.WeakRef",
  "window.BigInt",
  "Object.fromEntries",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
  "Event.prototype.composedPath",
  "window.ResizeObserver",
];

/** The init script: delete the above, and make RegExp refuse what ES2017 lacks. */
function edgeHtml18Profile(): string {
  return `(() => {
    const missing = ${JSON.stringify(MISSING_IN_EDGEHTML18)};
    const owner = (path) => path === "window" ? window : path.split(".").reduce((o, k) => o && o[k], window);
    const deleted = [];
    for (const [path, names] of Object.entries(missing)) {
      const o = owner(path);
      for (const name of names) {
        if (o && name in o) {
          delete o[name];
          if (!(name in o)) deleted.push(path + "." + name);
        }
      }
    }
    const Native = RegExp;
    const refused = [];
    const es2018 = (source, flags) =>
      /\\(\\?<[=!]/.test(source) ? "lookbehind" :
      /\\(\\?<[A-Za-z_$]|\\\\k</.test(source) ? "named group" :
      /[uv]/.test(flags) && /\\\\[pP]\\{/.test(source) ? "property escape" :
      /[sdv]/.test(flags) ? "flag " + flags : null;
    const check = (args) => {
      const [p, f] = args;
      const source = p instanceof Native ? p.source : String(p === undefined ? "" : p);
      const flags = f !== undefined ? String(f) : p instanceof Native ? p.flags : "";
      const feature = es2018(source, flags);
      if (feature) {
        refused.push(feature + ": /" + source + "/" + flags);
        throw new SyntaxError("Syntax error in regular expression (EdgeHTML 18: " + feature + ")");
      }
    };
    window.RegExp = new Proxy(Native, {
      construct(target, args, newTarget) { check(args); return Reflect.construct(target, args, newTarget === window.RegExp ? target : newTarget); },
      apply(target, self, args) { check(args); return Reflect.apply(target, self, args); },
    });
    window.__edgeHtml18 = { deleted, refused };
  })();`;
}

const served = servedPane();

async function counters(page: Page): Promise<string[]> {
  const keys = ["tables", "items", "overdue", "incomplete", "done"];
  return Promise.all(
    keys.map(async (k) => (await page.locator(`[data-counter="${k}"] dd`).textContent()) ?? ""),
  );
}

describe("the task pane with EdgeHTML 18's built-ins and regular expressions", () => {
  it("starts, checks a seed workbook in file mode and shows the findings", async () => {
    const name = "001-buinsk.xlsx";
    const file = join(ROOT, "seeds", name);
    const grids = await readWorkbookGrids(readFileSync(file));
    const want = await runCheck(grids, { asOf: AS_OF, lang: "ru", overrides: [], file: name });

    const context = await served.browser.newContext({
      locale: "ru-RU",
      acceptDownloads: true,
      viewport: { width: 400, height: 1000 },
    });
    await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await context.addInitScript(edgeHtml18Profile());
    const workerScripts: string[] = [];
    await context.route(/read-worker\.[0-9a-f]+\.js$/, async (route) => {
      const response = await route.fetch();
      workerScripts.push(route.request().url());
      await route.fulfill({ response, body: WORKER_PROFILE + (await response.text()) });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      // office.js is refused on purpose (file mode); any other console error counts.
      if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    await page.goto(`${served.url}/`);

    // The profile took hold: everything listed is gone unless polyfills.ts supplied it again.
    const state = await page.evaluate((supplied) => {
      const w = window as unknown as {
        __edgeHtml18: { deleted: string[] };
        roadmapInspectorWebview: { supported: boolean; missing: string[] };
      };
      const has = (path: string) => {
        const parts = path.split(".");
        const name = parts.pop() as string;
        const owner =
          parts.length === 1 && parts[0] === "window"
            ? window
            : parts.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], window);
        return name in (owner as object);
      };
      return {
        deleted: w.__edgeHtml18.deleted,
        stillThere: w.__edgeHtml18.deleted.filter((p) => !supplied.includes(p) && has(p)),
        supplied: supplied.filter(has),
        webview: w.roadmapInspectorWebview,
      };
    }, SUPPLIED);
    expect(state.deleted).toEqual(expect.arrayContaining(SUPPLIED));
    expect(state.deleted.length).toBeGreaterThan(30);
    expect(state.stillThere).toEqual([]);
    expect(state.supplied).toEqual(SUPPLIED);
    expect(state.webview).toEqual(expect.objectContaining({ supported: true, missing: [] }));

    await page.getByLabel(ru.asOf).fill(AS_OF);
    await page.getByLabel(ru.chooseFileLabel).setInputFiles(file);
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

    // Keyboard focus runs through Fluent UI's focus handling (WeakRef, composedPath).
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.screenshot({ path: join(RESULTS, "edgehtml18-file-mode.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: ru.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(ru.downloadName("001-buinsk"));
    // Read in the worker without the codecs, written by fflate's deflate: it reads back whole.
    expect(workerScripts).toHaveLength(1);
    const copy = join(RESULTS, "edgehtml18-copy.xlsx");
    await download.saveAs(copy);
    const back = await readWorkbookGrids(readFileSync(copy));
    expect(back.map((g) => g.sheet)).toEqual([...grids.map((g) => g.sheet), "Замечания"]);
    expect(back[0].cells).toEqual(grids[0].cells);

    const refused = await page.evaluate(
      () => (window as unknown as { __edgeHtml18: { refused: string[] } }).__edgeHtml18.refused,
    );
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
