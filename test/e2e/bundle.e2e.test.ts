/**
 * The built task pane (dist/, made by `npm run build`, which `npm run test:e2e` runs first) as
 * an old webview would receive it: every script parses as ES2017 (EdgeHTML 18), every regular
 * expression in it — literals, and the RegExp("…") calls esbuild turns newer literals into — is
 * valid ES2017 (acorn at ES2017 does not look inside a RegExp call), every inline script of the
 * pages is ES5 (Internet Explorer 11), and the initial scripts fit the budget.
 */
import * as acorn from "acorn";
import * as walk from "acorn-walk";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { es2017RegExpError } from "../support/regexp-es2017";
import { DIST, ROOT } from "./browser";

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

/** A regular expression written in a script: a literal, or RegExp(…) with a literal pattern. */
interface WrittenRegExp {
  file: string;
  source: string;
  /** Null where RegExp(…) gets its flags from a variable: the pattern is validated both ways. */
  flags: string | null;
}

/** Every regular expression a script writes out, as the engine will build it. */
export function writtenRegExps(file: string, code: string): WrittenRegExp[] {
  const out: WrittenRegExp[] = [];
  const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" });
  walk.full(ast, (node) => {
    const n = node as acorn.Node & Record<string, unknown>;
    if (n.type === "Literal" && n.regex) {
      const { pattern, flags } = n.regex as { pattern: string; flags: string };
      out.push({ file, source: pattern, flags });
    } else if (
      (n.type === "NewExpression" || n.type === "CallExpression") &&
      (n.callee as acorn.Node & { name?: string }).name === "RegExp"
    ) {
      const [source, flags] = n.arguments as (acorn.Node & { value?: unknown })[];
      const literal = (x: (acorn.Node & { value?: unknown }) | undefined) =>
        x?.type === "Literal" && typeof x.value === "string" ? x.value : undefined;
      const pattern = literal(source);
      if (pattern === undefined) return;
      out.push({
        file,
        source: pattern,
        flags: flags === undefined ? "" : (literal(flags) ?? null),
      });
    }
  });
  return out;
}

function es2017Problems(list: WrittenRegExp[]): string[] {
  const out: string[] = [];
  for (const r of list) {
    for (const flags of r.flags === null ? ["", "u"] : [r.flags]) {
      const error = es2017RegExpError(r.source, flags);
      if (error) out.push(`${r.file}: /${r.source}/${flags} — ${error}`);
    }
  }
  return out;
}

/**
 * Patterns ES2017 cannot build that are in the bundle but never built in the pane, each with
 * the reason and a check that the reason still holds (the test below):
 *
 * - zod's `z.emoji()` builds \p{Extended_Pictographic} when called; the pane never calls it.
 */
const NEVER_BUILT: { source: RegExp; holds: () => string | null }[] = [
  {
    source: /\\p\{Extended_Pictographic\}/,
    holds: () =>
      usedInSrc(/\.emoji\(/) ? "src/ calls z.emoji(): rewrite it without \\p{…}" : null,
  },
];

/** Whether any source file of src/ matches. */
function usedInSrc(re: RegExp): boolean {
  const walkDir = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory()
        ? walkDir(join(dir, e.name))
        : /\.tsx?$/.test(e.name) && re.test(readFileSync(join(dir, e.name), "utf8")),
    );
  return walkDir(join(ROOT, "src"));
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

  it("writes only regular expressions ES2017 can build (EdgeHTML 18)", () => {
    const written = scripts.flatMap((file) => writtenRegExps(file, read(file)));
    expect(written.length).toBeGreaterThan(100);
    const neverBuilt = (r: WrittenRegExp) => NEVER_BUILT.some((n) => n.source.test(r.source));
    expect(es2017Problems(written.filter((r) => !neverBuilt(r)))).toEqual([]);
  });

  it("leaves out only patterns the pane never builds, for reasons that still hold", () => {
    expect(NEVER_BUILT.map((n) => n.holds()).filter((why) => why !== null)).toEqual([]);
  });

  it("keeps the initial task-pane scripts within 350 KB gzipped", () => {
    const html = read("taskpane.html");
    const initial = [...html.matchAll(/<script[^>]*src="?([^"\s>]+\.js)/g)].map((m) => m[1]);
    expect(initial.length).toBeGreaterThan(0);
    const bytes = initial.reduce((n, f) => n + gzipSync(read(f), { level: 9 }).length, 0);
    expect(bytes).toBeLessThanOrEqual(350 * 1024);
  });
});

describe("the regular-expression validator of the bundle test", () => {
  it("refuses what ES2017 lacks, in literals and in RegExp calls", () => {
    const code = [
      "var a = /(?<![а-я])c(?=\\d)/g;",
      'var b = new RegExp("[^\\\\p{L}\\\\p{N}]+", "gu");',
      'var c = RegExp("(?<year>\\\\d{4})");',
      "var d = /a.b/s;",
      'var e = new RegExp("(?:^|[^а-я])c", "g"), f = /[а-яa-z]/y, g = new RegExp(x + "(?<=a)");',
    ].join("\n");
    const written = writtenRegExps("x.js", code);
    expect(written.map((r) => r.source)).toEqual([
      "(?<![а-я])c(?=\\d)",
      "[^\\p{L}\\p{N}]+",
      "(?<year>\\d{4})",
      "a.b",
      "(?:^|[^а-я])c",
      "[а-яa-z]",
    ]);
    expect(es2017Problems(written).map((p) => p.split(" — ")[0])).toEqual([
      "x.js: /(?<![а-я])c(?=\\d)/g",
      "x.js: /[^\\p{L}\\p{N}]+/gu",
      "x.js: /(?<year>\\d{4})/",
      "x.js: /a.b/s",
    ]);
  });
});
