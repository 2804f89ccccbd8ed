/** @jest-environment jsdom */
// The manifest read offline: office-addin-manifest's own reader (in a Node child process — jest
// maps that package to a stub for office-addin-mock) for what Office reads first, and the
// browser's XML parser for the ribbon. Online validation is a release step (docs/excel.md).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const DEV = "https://localhost:3000";

const info = JSON.parse(
  execFileSync(
    process.execPath,
    [
      "-e",
      "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
        ".then((m) => process.stdout.write(JSON.stringify(m)))",
      MANIFEST,
    ],
    { cwd: ROOT, encoding: "utf8" },
  ),
) as Record<string, unknown>;

const doc = new DOMParser().parseFromString(readFileSync(MANIFEST, "utf8"), "application/xml");

function all(tag: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS("*", tag));
}

/** Resource id → DefaultValue, over images, URLs and strings. */
const resources = new Map(
  ["Image", "Url", "String"].flatMap((tag) =>
    all(tag)
      .filter((e) => e.getAttribute("id"))
      .map((e) => [e.getAttribute("id")!, e.getAttribute("DefaultValue")!] as const),
  ),
);

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function assetOf(url: string): string {
  expect(url.startsWith(`${DEV}/assets/`)).toBe(true);
  return join(ROOT, "assets", url.slice(`${DEV}/assets/`.length));
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks that may write to them", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(info).toMatchObject({
      officeAppType: "TaskPaneApp",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      defaultLocale: "ru-RU",
      displayName: "Проверка дорожной карты",
      defaultSettings: { sourceLocation: `${DEV}/taskpane.html` },
      iconUrl: `${DEV}/assets/icon-32.png`,
      highResolutionIconUrl: `${DEV}/assets/icon-64.png`,
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("declares no requirements that would hide the ribbon button on an older Excel", () => {
    expect(all("Requirements")).toHaveLength(0);
  });

  it("puts «Проверить дорожную карту» on the Home tab, opening the task pane", () => {
    const tab = all("OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
    expect(tab).toBeDefined();
    const buttons = Array.from(tab!.getElementsByTagNameNS("*", "Control"));
    const label = (c: Element) =>
      resources.get(c.getElementsByTagNameNS("*", "Label")[0].getAttribute("resid")!);
    const check = buttons.find((b) => label(b) === "Проверить дорожную карту");
    expect(check).toBeDefined();
    const action = check!.getElementsByTagNameNS("*", "Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    const source = action.getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("resid")!;
    expect(resources.get(source)).toBe(`${DEV}/taskpane.html`);

    const clear = buttons.find((b) => label(b) === "Снять выделение");
    const fn = clear!.getElementsByTagNameNS("*", "FunctionName")[0].textContent!;
    expect(readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8")).toContain(
      `associate("${fn}"`,
    );
    const functionFile = all("FunctionFile")[0].getAttribute("resid")!;
    expect(resources.get(functionFile)).toBe(`${DEV}/commands.html`);
  });

  it("defines every resource it refers to, within Office's length limits", () => {
    const used = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid")!);
    for (const id of used) expect([id, resources.has(id)]).toEqual([id, true]);
    for (const s of all("ShortStrings").flatMap((e) => Array.from(e.children))) {
      expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(125);
    }
    for (const s of all("LongStrings").flatMap((e) => Array.from(e.children))) {
      expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(250);
    }
  });

  it("points every icon at a PNG of the declared size", () => {
    const declared = all("Image")
      .filter((e) => e.getAttribute("size"))
      .map(
        (e) => [Number(e.getAttribute("size")), resources.get(e.getAttribute("resid")!)!] as const,
      );
    expect(new Set(declared.map(([size]) => size))).toEqual(new Set([16, 32, 80]));
    for (const [size, url] of declared) {
      const m = /-(\d+)\.png$/.exec(url);
      expect(Number(m?.[1])).toBe(size);
    }
    const urls = [
      ...declared.map(([, url]) => url),
      info.iconUrl as string,
      info.highResolutionIconUrl as string,
    ];
    for (const url of urls) {
      const file = assetOf(url);
      expect(existsSync(file)).toBe(true);
      const px = Number(/-(\d+)\.png$/.exec(url)![1]);
      expect(pngSize(file)).toEqual([px, px]);
    }
  });

  it("serves everything from the one add-in address over https", () => {
    const urls = [...resources.values()].filter((v) => /^https?:/.test(v));
    for (const url of urls) expect(url.startsWith(`${DEV}/`)).toBe(true);
    expect(all("AppDomain").map((e) => e.textContent)).toEqual([DEV]);
  });
});
