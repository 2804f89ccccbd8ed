/**
 * How long the pane waits for office.js: the loader of taskpane.html as a plain object, Office
 * as a stand-in, jest's fake clock. Every way office.js can fail to show up ends in file mode,
 * after a bounded wait, with the reason.
 */
import {
  looksInsideOffice,
  OFFICE_BOOT,
  waitForOffice,
  type BootWindow,
  type OfficeLoaderState,
} from "../../src/taskpane/office-boot";

const IN_EXCEL = "?_host_Info=Excel$Win32$16.01$ru-RU$$$$0";

function page(search = IN_EXCEL) {
  const loader: OfficeLoaderState = { status: "loading", started: Date.now(), listeners: [] };
  const win: BootWindow = {
    roadmapInspectorOffice: loader,
    location: { search },
    parent: null,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
  };
  win.parent = win;
  const settle = (status: "loaded" | "failed") => {
    loader.status = status;
    for (const l of loader.listeners) l(status);
  };
  return { win, settle };
}

const excel = { onReady: () => Promise.resolve({ host: "Excel" }) };

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("waitForOffice", () => {
  it("answers Excel once office.js has loaded and Office is ready", async () => {
    const { win, settle } = page();
    const outcome = waitForOffice(win);
    win.Office = excel;
    settle("loaded");
    await expect(outcome).resolves.toEqual({ kind: "office", host: "Excel" });
  });

  it("answers a plain browser (no host) when office.js loads outside Office", async () => {
    const { win, settle } = page("");
    win.Office = { onReady: () => Promise.resolve({ host: null }) };
    settle("loaded");
    await expect(waitForOffice(win)).resolves.toEqual({ kind: "office", host: null });
  });

  it("gives up at once when the request for office.js fails", async () => {
    const { win, settle } = page();
    const outcome = waitForOffice(win);
    settle("failed");
    await expect(outcome).resolves.toEqual({
      kind: "missing",
      reason: "failed",
      insideOffice: true,
    });
  });

  it("stops waiting for office.js that never arrives", async () => {
    const { win } = page();
    let result: unknown = null;
    void waitForOffice(win).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(OFFICE_BOOT.arrivalMs - 1);
    expect(result).toBeNull();
    await jest.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ kind: "missing", reason: "timeout", insideOffice: true });
  });

  it("counts the wait from the moment office.js was requested", async () => {
    const { win } = page();
    win.roadmapInspectorOffice!.started = Date.now() - OFFICE_BOOT.arrivalMs;
    const outcome = waitForOffice(win);
    await jest.advanceTimersByTimeAsync(0);
    await expect(outcome).resolves.toMatchObject({ kind: "missing", reason: "timeout" });
  });

  it("stops waiting for an Office that never answers onReady", async () => {
    const { win, settle } = page();
    win.Office = { onReady: () => new Promise(() => undefined) };
    settle("loaded");
    let result: unknown = null;
    void waitForOffice(win).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(OFFICE_BOOT.readyMs);
    expect(result).toEqual({ kind: "missing", reason: "timeout", insideOffice: true });
  });
});

describe("looksInsideOffice", () => {
  it("sees Office's _host_Info or a frame, and not a page opened on its own", () => {
    expect(looksInsideOffice(page(IN_EXCEL).win)).toBe(true);
    expect(looksInsideOffice(page("").win)).toBe(false);
    const framed = page("").win;
    framed.parent = {};
    expect(looksInsideOffice(framed)).toBe(true);
  });
});
