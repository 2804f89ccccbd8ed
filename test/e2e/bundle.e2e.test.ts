/**
 * The built task pane (dist/, made by `npm run build`, which `npm run test:e2e` runs first) as
 * an old webview would receive it: every script parses as ES2017 (EdgeHTML 18), every inline
 * script of the pages as ES5 (Internet Explorer 11), the initial scripts fit the budget, and the
 * runtime features the bundle needs beyond ES2017 are ones the page checks for first, so an
 * engine without them shows a message instead of a blank pane.
 */
import * as acorn from "acorn";
import * as walk from "acorn-walk";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { DIST } from "./browser";

const scripts = readdirSync(DIST).filter((f) => f.endsWith(".js"));
const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));
const read = (file: string) => readFileSync(join(DIST, file), "utf8");

/** Inline <script> bodies of a page, by id. */
function inlineScripts(html: string): { id: string; code: string }[] {
  const out: { id: string; code: string }[] = [];
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(m[1])) continue;
    out.push({ id: /id="?([\w-]+)/.exec(m[1])?.[1] ?? "(no id)", code: m[2] });
  }
  return out;
}

/** Regular-expression features newer than ES2017, named as taskpane.html's check names them. */
export function regexpFeatures(pattern: string, flags: string): string[] {
  const out: string[] = [];
  if (/\(\?<[=!]/.test(pattern)) out.push("regexp-lookbehind");
  if (/\(\?<[A-Za-z_$]|\\k</.test(pattern)) out.push("regexp-named-groups");
  if (/[uv]/.test(flags) && /\\[pP]\{/.test(pattern)) out.push("regexp-unicode-property-escapes");
  if (flags.includes("s")) out.push("regexp-dot-all");
  if (flags.includes("d")) out.push("regexp-match-indices");
  if (flags.includes("v")) out.push("regexp-unicode-sets");
  return out;
}

/**
 * Every regular-expression feature a script uses: literals, RegExp(…) calls with literal flags,
 * and any string that carries a lookbehind or a property escape (the deadline grammar builds
 * its expressions from such pieces, joined at run time).
 */
function featuresOf(code: string): Set<string> {
  const found = new Set<string>();
  const add = (list: string[]) => list.forEach((f) => found.add(f));
  const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" });
  walk.full(ast, (node) => {
    const n = node as acorn.Node & Record<string, unknown>;
    if (n.type === "Literal" && n.regex) {
      const { pattern, flags } = n.regex as { pattern: string; flags: string };
      add(regexpFeatures(pattern, flags));
    } else if (n.type === "Literal" && typeof n.value === "string") {
      add(regexpFeatures(n.value, "u"));
    } else if (n.type === "TemplateElement") {
      add(regexpFeatures(String((n.value as { cooked: unknown }).cooked ?? ""), "u"));
    } else if (
      (n.type === "NewExpression" || n.type === "CallExpression") &&
      (n.callee as acorn.Node & { name?: string }).name === "RegExp"
    ) {
      const [source, flags] = n.arguments as (acorn.Node & { value?: unknown })[];
      if (flags?.type === "Literal" && typeof flags.value === "string") {
        const text = source?.type === "Literal" ? String(source.value) : "";
        add(regexpFeatures(text, flags.value));
      }
    }
  });
  return found;
}

/** What taskpane.html's ES5 check tests for: its script run against a current engine. */
function checkedFeatures(html: string): string[] {
  const check = inlineScripts(html).find((s) => s.id === "webview-check");
  if (!check) throw new Error("taskpane.html has no webview-check script");
  const window: { roadmapInspectorWebview?: { needs: string[]; supported: boolean } } = {};
  runInNewContext(check.code, { window, document: {} });
  if (!window.roadmapInspectorWebview?.supported) throw new Error("webview-check refused Node");
  return window.roadmapInspectorWebview.needs;
}

describe("the built task pane", () => {
  it("was built", () => {
    expect(scripts.some((f) => f.startsWith("taskpane."))).toBe(true);
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "index.html"]));
  });

  it.each(scripts)("%s parses as ES2017 (EdgeHTML 18)", (file) => {
    expect(() =>
      acorn.parse(read(file), { ecmaVersion: 2017, sourceType: "script" }),
    ).not.toThrow();
  });

  it.each(pages)("%s has only ES5 inline scripts (Internet Explorer 11)", (file) => {
    for (const { id, code } of inlineScripts(read(file))) {
      try {
        acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
      } catch (err) {
        throw new Error(`${file} #${id}: ${(err as Error).message}`);
      }
    }
  });

  it("loads office.js without blocking the page and checks the webview first", () => {
    const html = read("taskpane.html");
    expect(html).not.toMatch(/<script[^>]*src="?https:\/\/appsforoffice/);
    expect(inlineScripts(html).map((s) => s.id)).toEqual(["office-loader", "webview-check"]);
  });

  it("checks, before the bundle runs, every regular-expression feature the bundle uses", () => {
    const checked = checkedFeatures(read("taskpane.html"));
    const used = new Set<string>();
    for (const file of scripts) for (const f of featuresOf(read(file))) used.add(f);
    expect([...used].filter((f) => !checked.includes(f))).toEqual([]);
  });

  it("keeps the initial task-pane scripts within 350 KB gzipped", () => {
    const html = read("taskpane.html");
    const initial = [...html.matchAll(/<script[^>]*src="?([^"\s>]+\.js)/g)].map((m) => m[1]);
    expect(initial.length).toBeGreaterThan(0);
    const bytes = initial.reduce((n, f) => n + gzipSync(read(f), { level: 9 }).length, 0);
    expect(bytes).toBeLessThanOrEqual(350 * 1024);
  });
});

describe("the regular-expression feature scanner", () => {
  it("names what an ES2017 engine lacks, and nothing it has", () => {
    expect(regexpFeatures("(?<![а-я])c(?=\\d)", "g")).toEqual(["regexp-lookbehind"]);
    expect(regexpFeatures("[^\\p{L}\\p{N}]+", "gu")).toEqual(["regexp-unicode-property-escapes"]);
    expect(regexpFeatures("(?<year>\\d{4})", "")).toEqual(["regexp-named-groups"]);
    expect(regexpFeatures("a.b", "s")).toEqual(["regexp-dot-all"]);
    expect(regexpFeatures("\\p{L}(?=x)(?:y)", "")).toEqual([]);
  });

  it("finds a lookbehind built from a string at run time", () => {
    expect([...featuresOf('var W="(?<![а-я])";new RegExp(W+"x","g")')]).toEqual([
      "regexp-lookbehind",
    ]);
  });
});
