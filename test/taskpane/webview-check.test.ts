/**
 * taskpane.html in jsdom as Internet Explorer 11 and the old Edge would run it: their engines
 * lack regular-expression lookbehind and \p{…}, so the page's ES5 check must show its message
 * (which Office works, and the address where the same check runs in a browser) and hide the
 * pane's root; in a current engine it must stay out of the way.
 */
import * as acorn from "acorn";
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const HTML = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const ADDRESS = "https://edu.example.ru/roadmap/";

/** The window of an engine that knows ES5 regular expressions only, as Trident does. */
function asTrident(window: JSDOM["window"]): void {
  const Native = window.RegExp;
  const es5 = function (this: unknown, pattern: string, flags?: string) {
    if (/\(\?<|\\[pP]\{/.test(String(pattern)) || /[suyd]/.test(flags ?? "")) {
      throw new window.SyntaxError("Syntax error in regular expression");
    }
    return new Native(pattern, flags);
  };
  Object.defineProperty(window, "RegExp", { value: es5, configurable: true, writable: true });
  delete (window.Array.prototype as { flatMap?: unknown }).flatMap;
}

function open(search: string, engine: "trident" | "current" = "trident") {
  const dom = new JSDOM(HTML, {
    url: `${ADDRESS}taskpane.html${search}`,
    userAgent: engine === "trident" ? TRIDENT : undefined,
    runScripts: "dangerously",
    beforeParse: engine === "trident" ? asTrident : undefined,
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
    expect(text).toContain("Internet Explorer, прежний Microsoft Edge или Safari до версии 16.4");
    expect(text).toContain("Microsoft 365, Office 2021 и новее, Excel в браузере");
    expect(text).toContain("Microsoft Edge WebView2");
    expect(text).toContain("выберите файл .xlsx");
    expect(page.box.querySelector(".address")?.textContent).toBe(ADDRESS);
    expect(page.flags.missing).toEqual(
      expect.arrayContaining([
        "regexp-lookbehind",
        "regexp-unicode-property-escapes",
        "array-flat-map",
      ]),
    );
  });

  it("speaks English where Office does", () => {
    const page = open("?_host_Info=Excel$Win32$16.01$en-US$$$$0");
    expect(page.box.querySelector("h1")?.textContent).toBe(
      "This version of Office cannot open the add-in",
    );
    expect(page.box.querySelector(".address")?.textContent).toBe(ADDRESS);
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
