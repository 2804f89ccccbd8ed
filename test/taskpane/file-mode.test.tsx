/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// ExcelJS (read with the real file host here) needs Node's builds of its dependencies: jsdom's
// default "browser" conditions would pick ES-module builds that jest cannot load.
import "./jsdom-globals";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import { createFileHost } from "../../src/taskpane/file-host";
import { runCheck, type CheckOutcome } from "../../src/taskpane/check/run-check";
import { collectFindings, countIssues } from "../../src/taskpane/check/findings";
import { MESSAGES } from "../../src/taskpane/i18n";
import { readGrids } from "../../src/hosts/file/dispatch";
import { ourWorkbookKind } from "../../src/hosts/file/write-regional";
import { legacyDoc } from "../cli/bad-documents";
import { shownFill } from "../support/highlights";
import { AS_OF, seedBytes, seedGrids } from "./helpers";

const ru = MESSAGES.ru;

// Each test reads and writes a real workbook with ExcelJS under jsdom: seconds, not milliseconds.
jest.setTimeout(30_000);

/** What the core says about a seed: the pane must show exactly this. */
async function expected(name: string): Promise<CheckOutcome> {
  return runCheck(await seedGrids(name), { asOf: AS_OF, lang: "ru", overrides: [], file: name });
}

function choose(name: string, bytes: Uint8Array = seedBytes(name)): void {
  const input = screen.getByLabelText(ru.chooseFileLabel) as HTMLInputElement;
  const file = new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  fireEvent.change(input, { target: { files: [file] } });
}

/** A flow that should succeed shows no error: an error caught and displayed fails the test. */
function noErrorShown(): void {
  expect(screen.queryByRole("alert")).toBeNull();
}

function counter(key: string): string {
  const box = document.querySelector(`[data-counter="${key}"]`);
  if (!box) throw new Error(`no counter ${key}`);
  return box.querySelector("dd")!.textContent ?? "";
}

function setup(lang: "ru" | "en" = "ru") {
  const downloads: { bytes: Uint8Array; name: string }[] = [];
  const host = createFileHost((bytes, name) => downloads.push({ bytes, name }));
  render(<App host={host} lang={lang} today={() => AS_OF} />);
  return { downloads };
}

describe("task pane in file mode", () => {
  it("checks a chosen workbook and shows the core's counts, verdict and findings", async () => {
    setup();
    const want = await expected("001-buinsk.xlsx");
    choose("001-buinsk.xlsx");
    await screen.findByText(ru.fileChosen("001-buinsk.xlsx"), {}, { timeout: 10_000 });

    const s = want.report.summary;
    expect(["tables", "items", "overdue", "incomplete", "done"].map(counter)).toEqual(
      [s.tables, s.items, s.overdue, s.incomplete, s.done].map(String),
    );
    expect(screen.getByText(ru.verdictIssues(countIssues(want.report)))).toBeTruthy();

    const items = collectFindings(want.report).flatMap((g) => g.items);
    const list = screen.getByRole("region", { name: /Лист «План»/ });
    expect(within(list).getAllByRole("listitem")).toHaveLength(items.length);
    const first = items[0];
    expect(within(list).getAllByText(first.message, { exact: false }).length).toBeGreaterThan(0);
    // In file mode a finding is text, not a button that would select a cell.
    expect(within(list).queryAllByRole("button")).toHaveLength(0);
    noErrorShown();
  });

  it("filters the findings by severity and by words", async () => {
    setup();
    const want = await expected("001-buinsk.xlsx");
    const items = collectFindings(want.report).flatMap((g) => g.items);
    choose("001-buinsk.xlsx");
    const select = await screen.findByLabelText(ru.filterSeverity, {}, { timeout: 10_000 });
    const list = () => screen.getByRole("region", { name: /Лист «План»/ });

    fireEvent.change(select, { target: { value: "warning" } });
    expect(within(list()).getAllByRole("listitem")).toHaveLength(
      items.filter((f) => f.severity === "warning").length,
    );

    fireEvent.change(select, { target: { value: "all" } });
    fireEvent.change(screen.getByLabelText(ru.search), {
      target: { value: "ожидаемый результат" },
    });
    expect(within(list()).getAllByRole("listitem")).toHaveLength(
      items.filter((f) => f.message.toLowerCase().includes("ожидаемый результат")).length,
    );

    fireEvent.change(screen.getByLabelText(ru.search), { target: { value: "нет такого текста" } });
    expect(screen.getByText(ru.noFindingsMatch)).toBeTruthy();
    noErrorShown();
  });

  it("offers the checked copy with the same highlights and a findings sheet", async () => {
    const { downloads } = setup();
    const want = await expected("001-buinsk.xlsx");
    choose("001-buinsk.xlsx");
    const button = screen.getByRole("button", { name: ru.download });
    await waitFor(() => expect(button).toHaveProperty("disabled", false), { timeout: 10_000 });
    fireEvent.click(button);
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0].name).toBe("001-buinsk — проверено.xlsx");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloads[0].bytes as unknown as ArrayBuffer);
    const plan = want.plan.sheets[0];
    const ws = wb.getWorksheet(plan.sheet)!;
    // The copy highlights with conditional formats: the colour as a person sees it.
    for (const area of plan.areas) {
      expect(shownFill(ws, ws.getCell(area.top, area.left).address)).toMatch(/^FF[0-9A-F]{6}$/);
    }
    const findings = wb.getWorksheet("Замечания")!;
    expect(findings.rowCount - 1).toBe(collectFindings(want.report).flatMap((g) => g.items).length);
    noErrorShown();
  });

  it("checks again with a corrected column role, for as long as the page is open", async () => {
    setup();
    const want = await expected("001-buinsk.xlsx");
    choose("001-buinsk.xlsx");
    await screen.findByText(ru.fileChosen("001-buinsk.xlsx"), {}, { timeout: 10_000 });
    const table = want.tables[0].table;
    const result = table.columns.find((c) => c.field === "expectedResult")!;
    fireEvent.change(screen.getByLabelText(ru.roleLabel(result.column, result.header)), {
      target: { value: "other" },
    });
    const override = {
      sheet: table.sheet,
      headerRow: table.headerRows[0],
      column: result.column,
      field: "other" as const,
    };
    const recheck = runCheck(await seedGrids("001-buinsk.xlsx"), {
      asOf: AS_OF,
      lang: "ru",
      overrides: [override],
      file: "001-buinsk.xlsx",
    });
    expect(recheck.report.summary.incomplete).not.toBe(want.report.summary.incomplete);
    await screen.findByText(ru.changedByYou);
    expect(counter("incomplete")).toBe(String(recheck.report.summary.incomplete));
    expect(screen.getByText(ru.verdictIssues(countIssues(recheck.report)))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: ru.resetRoles }));
    await waitFor(() => expect(screen.queryByText(ru.changedByYou)).toBeNull());
    expect(counter("incomplete")).toBe(String(want.report.summary.incomplete));
    noErrorShown();
  });

  it("says plainly when the workbook holds no roadmap", async () => {
    setup();
    choose("007-schools.xlsx");
    expect(await screen.findByText(ru.noRoadmap, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole("button", { name: ru.download })).toHaveProperty("disabled", true);
    noErrorShown();
  });

  it("explains a file that is not a workbook", async () => {
    setup();
    choose("заметки.xlsx", new TextEncoder().encode("это не книга Excel"));
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert.textContent).toContain(ru.errors.file["not-xlsx"]);
  });

  it("speaks English when asked to", async () => {
    setup("en");
    expect(screen.getByRole("button", { name: MESSAGES.en.chooseFile })).toBeTruthy();
    expect(screen.getByRole("tab", { name: MESSAGES.en.tabs.consolidate })).toBeTruthy();
    const input = screen.getByLabelText(MESSAGES.en.chooseFileLabel) as HTMLInputElement;
    const file = new File([new Uint8Array(seedBytes("004-primorsky.xlsx"))], "004-primorsky.xlsx");
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText(MESSAGES.en.fileChosen("004-primorsky.xlsx"), {}, { timeout: 10_000 });
    expect(screen.getByText(MESSAGES.en.counters.overdue)).toBeTruthy();
    noErrorShown();
  });
});

describe("task pane in file mode, on a Word document", () => {
  it("checks a .docx, names its places «Таблица 1, строка N» and gives its checked copy as an .xlsx", async () => {
    const { downloads } = setup();
    const name = "001-buinsk.docx";
    const { grids } = await readGrids(seedBytes(name), { fileName: name });
    const want = runCheck(grids, {
      asOf: AS_OF,
      lang: "ru",
      overrides: [],
      file: name,
      document: true,
    });
    choose(name);
    await screen.findByText(ru.fileChosen(name), {}, { timeout: 10_000 });

    const s = want.report.summary;
    expect(s.items).toBe(40);
    expect(["tables", "items", "overdue", "incomplete", "done"].map(counter)).toEqual(
      [s.tables, s.items, s.overdue, s.incomplete, s.done].map(String),
    );
    const items = collectFindings(want.report).flatMap((g) => g.items);
    const list = screen.getByRole("region", { name: /^Таблица 1, строки 1–\d+$/ });
    expect(within(list).getAllByRole("listitem")).toHaveLength(items.length);
    const overdue = items.find((f) => f.code === "overdue")!;
    expect(within(list).getAllByText(`Строка ${overdue.row}, столбец 4`).length).toBeGreaterThan(0);
    expect(within(list).queryByText(/^[A-Z]+\d+$/)).toBeNull();

    // The checked copy of a document: a workbook of its tables, checked as itself.
    expect(screen.getByText(ru.documentCopyNote)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: ru.download }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0].name).toBe("001-buinsk — проверено.xlsx");
    const copy = await readGrids(downloads[0].bytes);
    expect(copy.format).toBe("xlsx");
    expect(copy.grids.map((g) => g.sheet)).toEqual(["Таблица 1", "Замечания"]);
    expect(await ourWorkbookKind(downloads[0].bytes)).toBe("checked-copy");
    // The same findings, one line each on «Замечания»; the same activities in the copy's check.
    const again = runCheck(copy.grids, { asOf: AS_OF, lang: "ru", overrides: [], file: "copy" });
    expect(again.report.summary).toEqual(want.report.summary);
    expect(copy.grids[1].cells.length - 1).toBe(items.length);
    expect(screen.queryByText(ru.legendTitle)).toBeNull();
    const deadline = want.tables[0].table.columns.find((c) => c.field === "deadline")!;
    expect(screen.getByLabelText(ru.roleLabel("4", deadline.header))).toBeTruthy();
    noErrorShown();
  });

  it("explains a legacy .doc in its own words", async () => {
    setup();
    choose("план.doc", legacyDoc());
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert.textContent).toContain(ru.errors.file["legacy-doc"]);
  });
});
