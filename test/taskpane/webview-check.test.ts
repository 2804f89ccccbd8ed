/**
 * taskpane.html in jsdom as Internet Explorer 11 and EdgeHTML 18 would run it. Internet
 * Explorer (Trident, volume-licensed Office 2016/2019) parses no ES2015 syntax and lacks the
 * ES2015–2017 built-ins, so the page's ES5 check must show its message (which Office works,
 * and the address where the same check runs in a browser) and hide the pane's root. EdgeHTML
 * 18 (the old Edge, retail Office 2016/2019 without WebView2) has ES2017 but nothing newer:
 * the check must let the pane start there, as in a current engine.
 */
import * as acorn from "acorn";
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const HTML = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_HTML_18 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const ADDRESS = "https://edu.example.ru/roadmap/";

type Engine = "trident" | "edgehtml18" | "current";

function remove(owner: object, names: string[]): void {
  for (const name of names) delete (owner as Record<string, unknown>)[name];
}

/** RegExp as an engine without the given flags and ES2018 features would have it. */
function limitRegExp(window: JSDOM["window"], refusedFlags: RegExp): void {
  const Native = window.RegExp;
  const limited = function (this: unknown, pattern: string, flags?: string) {
    if (/\(\?<|\\[pP]\{/.test(String(pattern)) || refusedFlags.test(flags ?? "")) {
      throw new window.SyntaxError("Syntax error in regular expression");
    }
    return new Native(pattern, flags);
  };
  Object.defineProperty(window, "RegExp", { value: limited, configurable: true, writable: true });
}

/** The window of Internet Explorer 11: ES5 syntax, no ES2015+ collections or methods. */
function asTrident(window: JSDOM["window"]): void {
  // Trident's Function parses ES5 only: any later syntax is a syntax error.
  const es5Function = function () {
    throw new window.SyntaxError("Expected ')'");
  };
  Object.defineProperty(window, "Function", {
    value: es5Function,
    configurable: true,
    writable: true,
  });
  limitRegExp(window, /[suyd]/);
  remove(window, ["WeakSet", "URLSearchParams", "Reflect"]);
  remove(window.Object, ["entries", "values"]);
  remove(window.String.prototype, ["padStart"]);
  remove(window.Promise.prototype, ["finally"]);
}

/** The window of EdgeHTML 18: ES2017, nothing newer. */
function asEdgeHtml18(window: JSDOM["window"]): void {
  limitRegExp(window, /[sdv]/);
  remove(window, ["globalThis", "structuredClone", "queueMicrotask", "WeakRef", "BigInt"]);
  remove(window.Object, ["fromEntries", "hasOwn"]);
  remove(window.Array.prototype, ["flat", "flatMap", "at", "findLast", "findLastIndex"]);
  remove(window.String.prototype, ["matchAll", "replaceAll", "trimStart", "trimEnd", "at"]);
  remove(window.Promise, ["allSettled", "any"]);
}

function open(search: string, engine: Engine = "trident") {
  const dom = new JSDOM(HTML, {
    url: `${ADDRESS}taskpane.html${search}`,
    userAgent: { trident: TRIDENT, edgehtml18: EDGE_HTML_18, current: undefined }[engine],
    runScripts: "dangerously",
    beforeParse: { trident: asTrident, edgehtml18: asEdgeHtml18, current: undefined }[engine],
  });
  const document = dom.window.document;
  const box = document.getElementById("unsupported")!;
  return {
    dom,
    box,
    shown: !box.hasAttribute("hidden"),
    rootHidden: document.getElementById("root")!.style.display === "none",
    flags: (dom.window as unknown as { roadmapInspectorWebview: { missing: string[] } })
      .roadmapInspectorWebview,
  };
}

describe("taskpane.html's check for old webviews", () => {
  it("shows the Russian message in Internet Explorer 11 instead of a blank pane", () => {
    const page = open("?_host_Info=Excel$Win32$16.01$ru-RU$$$$0");
    expect(page.shown).toBe(true);
    expect(page.rootHidden).toBe(true);
    expect(page.box.getAttribute("role")).toBe("alert");
    const text = page.box.textContent ?? "";
    expect(page.box.querySelector("h1")?.textContent).toBe(
      "Эта версия Office не может открыть надстройку",
    );
    expect(text).toContain("слишком старый (Internet Explorer)");
    expect(text).toContain("Microsoft 365, Office 2021 и новее, Excel в браузере");
    expect(text).toContain("Office 2016 и 2019 не корпоративной лицензии на Windows 10");
    expect(text).toContain("выберите файл .xlsx");
    expect(page.box.querySelector(".address")?.textContent).toBe(ADDRESS);
    expect(page.flags.missing).toEqual([
      "es2017-syntax",
      "promise",
      "collections",
      "es2017-built-ins",
      "regexp-sticky-unicode",
      "url-search-params",
    ]);
  });

  it("speaks English where Office does", () => {
    const page = open("?_host_Info=Excel$Win32$16.01$en-US$$$$0");
    expect(page.box.querySelector("h1")?.textContent).toBe(
      "This version of Office cannot open the add-in",
    );
    expect(page.box.querySelector(".address")?.textContent).toBe(ADDRESS);
  });

  it("lets the pane start in EdgeHTML 18, which lacks only what the bundle does without", () => {
    const page = open("?_host_Info=Excel$Win32$16.01$ru-RU$$$$0", "edgehtml18");
    expect(page.flags.missing).toEqual([]);
    expect(page.shown).toBe(false);
    expect(page.rootHidden).toBe(false);
  });

  it("stays hidden in a current engine and lets the pane start", () => {
    const page = open("", "current");
    expect(page.shown).toBe(false);
    expect(page.rootHidden).toBe(false);
    expect(page.flags.missing).toEqual([]);
  });

  it("is ES5, as Internet Explorer 11 parses it", () => {
    const inline = [...HTML.matchAll(/<script id="([\w-]+)">([\s\S]*?)<\/script>/g)];
    expect(inline.map((m) => m[1])).toEqual(["office-loader", "webview-check"]);
    for (const [, , code] of inline) {
      expect(() => acorn.parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    }
  });
});
