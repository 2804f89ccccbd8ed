/**
 * Where the pane runs, decided without ever waiting forever for office.js.
 *
 * taskpane.html requests office.js without blocking the page and records what became of the
 * request in `window.roadmapInspectorOffice`. A government network often drops Microsoft's CDN
 * silently: the request then neither loads nor fails, and a plain <script> tag would keep the
 * pane blank. Here office.js gets a few seconds to arrive and Office a few more to answer
 * Office.onReady; past either, the pane opens in file mode and says why in one line.
 */

/** What taskpane.html's loader records about the office.js request. */
export interface OfficeLoaderState {
  status: "loading" | "loaded" | "failed";
  started: number;
  listeners: ((status: "loaded" | "failed") => void)[];
}

export type OfficeOutcome =
  /** office.js arrived and Office answered: `host` is null in a plain browser. */
  | { kind: "office"; host: string | null }
  /** No office.js: it failed to load, or did not arrive in time. */
  | { kind: "missing"; reason: "failed" | "timeout"; insideOffice: boolean };

export interface OfficeBootOptions {
  /** How long office.js may take to arrive, counted from the moment it was requested. */
  arrivalMs: number;
  /** How long Office.onReady may take once office.js is there. */
  readyMs: number;
}

export const OFFICE_BOOT: OfficeBootOptions = { arrivalMs: 6_000, readyMs: 10_000 };

/** The part of `window` this module reads; tests pass a plain object. */
export interface BootWindow {
  roadmapInspectorOffice?: OfficeLoaderState;
  Office?: { onReady(): Promise<{ host: unknown }> };
  location: { search: string };
  parent: unknown;
  setTimeout(fn: () => void, ms: number): unknown;
}

/**
 * Signs that Office opened this page, even without office.js: Office adds `_host_Info` to the
 * task pane's address on Windows and on the web, and Excel on the web shows it in a frame.
 */
export function looksInsideOffice(win: BootWindow): boolean {
  return /[?&]_host_Info=/i.test(win.location.search) || win.parent !== win;
}

function later<T>(win: BootWindow, ms: number, value: T): Promise<T> {
  return new Promise((resolve) => win.setTimeout(() => resolve(value), ms));
}

/** Resolves when the loader settles: "loaded" or "failed". */
function arrival(loader: OfficeLoaderState): Promise<"loaded" | "failed"> {
  if (loader.status !== "loading") return Promise.resolve(loader.status);
  return new Promise((resolve) => loader.listeners.push(resolve));
}

export async function waitForOffice(
  win: BootWindow,
  now: () => number = Date.now,
  options: OfficeBootOptions = OFFICE_BOOT,
): Promise<OfficeOutcome> {
  const loader = win.roadmapInspectorOffice;
  const missing = (reason: "failed" | "timeout"): OfficeOutcome => ({
    kind: "missing",
    reason,
    insideOffice: looksInsideOffice(win),
  });
  if (loader) {
    const left = Math.max(0, options.arrivalMs - (now() - loader.started));
    const status = await Promise.race([arrival(loader), later(win, left, "timeout" as const)]);
    if (status !== "loaded") return missing(status);
  }
  const office = win.Office;
  if (!office) return missing("failed");
  const ready = await Promise.race([
    office.onReady().then((info) => ({ host: info.host })),
    later(win, options.readyMs, null),
  ]);
  if (ready === null) return missing("timeout");
  return { kind: "office", host: typeof ready.host === "string" ? ready.host : null };
}
