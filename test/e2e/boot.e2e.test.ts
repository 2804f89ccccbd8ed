/**
 * How the built pane starts in a real Chromium when office.js does not come: a network that
 * silently drops Microsoft's CDN (the request hangs), with the address Office gives the pane.
 * And the old-webview message, as Internet Explorer 11 would show it: Chromium whose Function
 * parses ES5 only, from before the page's scripts run. Screenshots at 400 px in test-results/.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { MESSAGES } from "../../src/taskpane/i18n";
import { OFFICE_BOOT } from "../../src/taskpane/office-boot";
import { RESULTS, ROOT, servedPane } from "./browser";

const ru = MESSAGES.ru;
const IN_EXCEL = "?_host_Info=Excel$Win32$16.01$ru-RU$$$$0";

const served = servedPane();

async function pane(
  office: "hang" | "abort",
  init?: string,
): Promise<{ page: Page; errors: string[] }> {
  const context = await served.browser.newContext({
    locale: "ru-RU",
    viewport: { width: 400, height: 720 },
  });
  // "hang": the request is never answered, as behind a firewall that drops packets.
  await context.route(/appsforoffice\.microsoft\.com/, (route) =>
    office === "abort" ? route.abort() : undefined,
  );
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
}

describe("starting the pane", () => {
  it("opens in file mode with one line of explanation when office.js never arrives", async () => {
    const { page, errors } = await pane("hang");
    const started = Date.now();
    await page.goto(`${served.url}/taskpane.html${IN_EXCEL}`, { waitUntil: "domcontentloaded" });
    // The page itself is not held up by the hanging request.
    await page.getByRole("heading", { name: ru.appTitle }).waitFor({ timeout: 30_000 });
    const waited = Date.now() - started;
    await page.getByText(ru.officeMissing).waitFor();
    await page.getByRole("button", { name: ru.chooseFile }).waitFor();
    expect(waited).toBeGreaterThanOrEqual(OFFICE_BOOT.arrivalMs - 500);
    await page.screenshot({ path: join(RESULTS, "boot-office-missing.png"), fullPage: true });
    expect(errors).toEqual([]);
  });

  it("opens in plain file mode, without that line, in an ordinary browser", async () => {
    const { page, errors } = await pane("abort");
    await page.goto(`${served.url}/`);
    await page.getByRole("button", { name: ru.chooseFile }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(ru.officeMissing).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("shows the old-webview message, not a blank pane, where ES2015+ syntax is missing", async () => {
    // What Internet Explorer 11 lacks: a Function that parses anything newer than ES5 (the
    // check compiles an async function with it), taken away before any script runs.
    const es5Only = `(() => {
      window.Function = function () { throw new SyntaxError("Expected ')'"); };
    })();`;
    const { page } = await pane("abort", es5Only);
    await page.goto(`${served.url}/taskpane.html${IN_EXCEL}`);
    const alert = page.getByRole("alert");
    await alert
      .getByRole("heading", { name: "Эта версия Office не может открыть надстройку" })
      .waitFor();
    expect(await alert.textContent()).toContain(`${served.url}/`);
    expect(await page.locator("#root").isVisible()).toBe(false);
    await page.screenshot({ path: join(RESULTS, "boot-old-webview.png"), fullPage: true });
  });
});

// ROOT is imported so the screenshot folder is resolved from the repository, as elsewhere.
void ROOT;
