/** A real browser on the built task pane: dist/ served over plain http, Debian's Chromium. */
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const RESULTS = join(ROOT, "test-results");
export const CHROMIUM = "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

/** Serves dist/ on a free local port; no Office host, so the pane runs in file mode. */
export async function serveDist(): Promise<{ url: string; server: Server }> {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error("dist/ is not built: run `npm run build` (npm run test:e2e does)");
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(DIST, path === "/" ? "index.html" : path));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * For an e2e test file: dist/ served and Chromium launched before its tests, both closed after
 * them. Read `browser` and `url` inside tests and hooks (they exist once `beforeAll` ran).
 */
export function servedPane(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let url = "";
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    ({ url, server } = await serveDist());
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error("the browser is launched in beforeAll");
      return browser;
    },
    get url(): string {
      return url;
    },
  };
}
