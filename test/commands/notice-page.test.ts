// notice.html, the dialog of a ribbon command, in jsdom: it shows the text it is given and
// closes through Office when its button is pressed.
import * as acorn from "acorn";
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MESSAGES } from "../../src/taskpane/i18n";

const HTML = readFileSync(join(__dirname, "../../src/commands/notice.html"), "utf8");

describe("the ribbon's notice page", () => {
  it("shows each line of its message and closes through Office", () => {
    const sent: string[] = [];
    const text = `${MESSAGES.ru.notices.clearProtected("План")}\n${MESSAGES.ru.notices.clearProtected("Итоги")}`;
    const url = new URL("https://edu.example.ru/roadmap/notice.html");
    url.searchParams.set("text", text);
    url.searchParams.set("close", MESSAGES.ru.noticeClose);
    const dom = new JSDOM(HTML, {
      url: url.toString(),
      runScripts: "dangerously",
      beforeParse(window) {
        Object.assign(window, {
          Office: {
            onReady: () => Promise.resolve(),
            context: { ui: { messageParent: (m: string) => sent.push(m) } },
          },
        });
      },
    });
    const document = dom.window.document;
    const lines = [...document.querySelectorAll("#notice p")].map((p) => p.textContent);
    expect(lines).toEqual(text.split("\n"));
    const button = document.getElementById("close")!;
    expect(button.textContent).toBe("Закрыть");
    button.click();
    expect(sent).toEqual(["close"]);
  });

  it("is ES5, as Internet Explorer 11 parses it", () => {
    const code = /<script id="notice-script">([\s\S]*?)<\/script>/.exec(HTML)![1];
    expect(() => acorn.parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });
});
