/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The pane inside "Excel": the real Excel host on a workbook of office-addin-mock objects that
// holds a seed roadmap, so every click goes through the same Office.js calls as in Excel.
import "./jsdom-globals";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { collectFindings, countIssues } from "../../src/taskpane/check/findings";
import { runCheck } from "../../src/taskpane/check/run-check";
import { MESSAGES } from "../../src/taskpane/i18n";
import { OVERRIDES_KEY } from "../../src/hosts/excel/overrides-store";
import { isMarkerFormula } from "../../src/hosts/excel/highlight";
import { areaAddress } from "../../src/core/plan";
import type { FakeExcel, FakeOptions, FakeSheetSpec } from "../hosts/excel/fake-excel";
import { counter, openExcelPane } from "./excel-pane";
import { AS_OF, seedGrids } from "./helpers";

jest.setTimeout(30_000);

const ru = MESSAGES.ru;

function open(
  seed: string,
  supported: (version: string) => boolean = () => true,
  stored: unknown = null,
  excel: FakeOptions = {},
  change?: (sheets: FakeSheetSpec[]) => FakeSheetSpec[],
) {
  return openExcelPane(seed, { supported, stored, excel, change });
}

/** A flow that should succeed shows no error: an error caught and displayed fails the test. */
function noErrorShown(): void {
  expect(screen.queryByRole("alert")).toBeNull();
}

const ours = (fake: FakeExcel, sheet: string) =>
  fake.formatsOn(sheet).filter((f) => isMarkerFormula(f.mock.custom.rule.formula));

describe("task pane inside Excel", () => {
  it("checks the open workbook at once and paints the plan", async () => {
    const { fake, want } = await open("001-buinsk.xlsx");
    await waitFor(() => expect(counter("items")).toBe(String(want.report.summary.items)));
    const s = want.report.summary;
    expect(["tables", "overdue", "incomplete", "done"].map(counter)).toEqual(
      [s.tables, s.overdue, s.incomplete, s.done].map(String),
    );
    expect(screen.getByText(ru.verdictIssues(countIssues(want.report)))).toBeTruthy();
    // Every area of the plan painted, by one format per kind over all its areas.
    const areas = want.plan.sheets.flatMap((p) => p.areas.map(areaAddress)).sort();
    const painted = ours(fake, "План").flatMap((f) => f.address.split(","));
    expect(painted.sort()).toEqual(areas);
    expect(ours(fake, "План").length).toBeLessThanOrEqual(4);
    expect(screen.queryByText(ru.notices.mergesUnsupported)).toBeNull();
    noErrorShown();
  });

  it("selects a finding's cell from its focusable button", async () => {
    const { fake, want } = await open("001-buinsk.xlsx");
    const first = collectFindings(want.report)[0].items[0];
    const button = await screen.findByRole("button", {
      name: ru.findingGo(first.cell, first.message),
    });
    fake.calls.length = 0;
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    await waitFor(() => expect(fake.calls).toContain(`План!${first.cell}.select()`));
    expect(fake.calls).toContain("План.activate()");
    expect(fake.selection).toEqual({ sheet: "План", address: first.cell });
    noErrorShown();
  });

  it("removes exactly its highlights with «Снять выделение»", async () => {
    const { fake, want } = await open("001-buinsk.xlsx");
    await waitFor(() => expect(counter("items")).toBe(String(want.report.summary.items)));
    const areas = want.plan.sheets.flatMap((p) => p.areas).length;
    expect(areas).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: ru.clear }));
    await screen.findByText(ru.cleared(areas));
    expect(fake.formatsOn("План")).toEqual([]);
    noErrorShown();
  });

  it("remembers a corrected column role in the workbook and checks again with it", async () => {
    const { settings, want } = await open("001-buinsk.xlsx");
    await waitFor(() => expect(counter("items")).toBe(String(want.report.summary.items)));
    const table = want.tables[0].table;
    const responsible = table.columns.find((c) => c.field === "responsible")!;
    const select = screen.getByLabelText(ru.roleLabel(responsible.column, responsible.header));
    fireEvent.change(select, { target: { value: "other" } });

    await waitFor(() =>
      expect(settings.get(OVERRIDES_KEY)).toEqual([
        {
          sheet: table.sheet,
          headerRow: table.headerRows[0],
          column: responsible.column,
          field: "other",
        },
      ]),
    );
    await screen.findByText(ru.changedByYou);
    const recheck = runCheck(await seedGrids("001-buinsk.xlsx"), {
      asOf: AS_OF,
      lang: "ru",
      overrides: settings.get(OVERRIDES_KEY) as never,
      file: "001-buinsk.xlsx",
    });
    await waitFor(() =>
      expect(screen.getByText(ru.verdictIssues(countIssues(recheck.report)))).toBeTruthy(),
    );

    fireEvent.click(screen.getByRole("button", { name: ru.resetRoles }));
    await waitFor(() => expect(settings.get(OVERRIDES_KEY)).toBeNull());
    await waitFor(() => expect(screen.queryByText(ru.changedByYou)).toBeNull());
    noErrorShown();
  });

  it("adds the status column on request and then sees it", async () => {
    const { fake, want } = await open("000-dalnerechensk.xlsx");
    await waitFor(() => expect(counter("items")).toBe(String(want.report.summary.items)));
    fireEvent.click(screen.getByRole("button", { name: ru.addStatus }));
    const info = await screen.findByText(/«Отметка об исполнении» добавлен/);
    const letter = /Столбец ([A-Z]+)/.exec(info.textContent ?? "")![1];
    expect(fake.calls).toContain(
      `${want.tables[0].table.sheet}!${letter}${want.tables[0].table.headerRows[0]}.values = [["Отметка об исполнении"]]`,
    );
    await waitFor(() => expect(screen.queryByRole("button", { name: ru.addStatus })).toBeNull());
    noErrorShown();
  });

  it("offers to reset column roles whose saved form is damaged, then checks", async () => {
    const { settings, want } = await open("001-buinsk.xlsx", () => true, [
      { sheet: 1, field: "?" },
    ]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(ru.errors.badSettings);
    fireEvent.click(within(alert).getByRole("button", { name: ru.resetRoles }));
    await waitFor(() => expect(counter("items")).toBe(String(want.report.summary.items)));
    expect(settings.get(OVERRIDES_KEY)).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says so, in plain words, on an Excel too old to check", async () => {
    await open("001-buinsk.xlsx", () => false);
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(ru.errors.apiNotSupported)).toBeTruthy();
  });

  it("still checks on Excel 2019, telling what it cannot do there", async () => {
    const excel2019 = (v: string) => Number(v.split(".")[1]) <= 8;
    const { fake, want } = await open("001-buinsk.xlsx", excel2019);
    await screen.findByText(ru.notices.mergesUnsupported);
    expect(fake.calls.some((c) => c.includes("getMergedAreas"))).toBe(false);
    expect(ours(fake, "План").length).toBeGreaterThan(0);
    expect(counter("items")).not.toBe("");
    expect(want.report.summary.tables).toBe(1);
    noErrorShown();
  });

  it("waits while the user is typing in a cell, then checks", async () => {
    const { fake, want } = await open("001-buinsk.xlsx", () => true, null, { cellEditMode: true });
    expect(fake.syncs).toBe(0);
    expect(counter("items")).toBe("");
    await act(async () => fake.finishCellEdit());
    await waitFor(() => expect(counter("items")).toBe(String(want.report.summary.items)));
    noErrorShown();
  });

  it("asks to finish editing the cell where this Excel cannot wait for it", async () => {
    await open("001-buinsk.xlsx", () => true, null, {
      cellEditMode: true,
      delaysForCellEdit: false,
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(ru.errors.cellEditMode);
    expect(alert.textContent).not.toContain("Непредвиденная");
  });

  it("checks a printed form with 513 merged areas as any other", async () => {
    // 513 merged pairs of cells right of the table: more than Excel gives in one answer.
    const manyMerges = (sheets: FakeSheetSpec[]) =>
      sheets.map((sheet) => ({
        ...sheet,
        merges: [
          ...(sheet.merges ?? []),
          ...Array.from({ length: 513 }, (_, i) => `AA${i + 1}:AB${i + 1}`),
        ],
      }));
    const { want, fake } = await open("001-buinsk.xlsx", () => true, null, {}, manyMerges);
    await waitFor(() => expect(counter("items")).toBe(String(want.report.summary.items)));
    expect(screen.getByText(ru.verdictIssues(countIssues(want.report)))).toBeTruthy();
    expect(ours(fake, "План")).not.toHaveLength(0);
    expect(screen.queryByText(ru.notices.mergesUnread("План"))).toBeNull();
    noErrorShown();
  });

  it("says which sheet it checked without merged cells, and still checks it", async () => {
    const { want } = await open("001-buinsk.xlsx", () => true, null, { mergedAreasLimit: 0 });
    await screen.findByText(ru.notices.mergesUnread("План"));
    expect(counter("tables")).toBe(String(want.report.summary.tables));
    noErrorShown();
  });

  it("leaves hidden sheets out and says so", async () => {
    const withHidden = (sheets: FakeSheetSpec[]) => [
      ...sheets,
      { ...sheets[0], name: "Старая версия", visibility: "Hidden" as const },
    ];
    const { want, fake } = await open("001-buinsk.xlsx", () => true, null, {}, withHidden);
    await screen.findByText(ru.notices.hiddenSheets(["Старая версия"]));
    expect(counter("tables")).toBe(String(want.report.summary.tables));
    expect(fake.formatsOn("Старая версия")).toEqual([]);
    noErrorShown();
  });

  it("keeps a co-author's column role when the user corrects another", async () => {
    const { settings, want } = await open("001-buinsk.xlsx");
    await waitFor(() => expect(counter("items")).toBe(String(want.report.summary.items)));
    const table = want.tables[0].table;
    const theirs = {
      sheet: table.sheet,
      headerRow: table.headerRows[0],
      column: "Z",
      field: "other",
    };
    settings.coAuthorSaves(OVERRIDES_KEY, [theirs]);
    const responsible = table.columns.find((c) => c.field === "responsible")!;
    fireEvent.change(screen.getByLabelText(ru.roleLabel(responsible.column, responsible.header)), {
      target: { value: "other" },
    });
    await waitFor(() =>
      expect(settings.document.get(OVERRIDES_KEY)).toEqual([
        theirs,
        {
          sheet: table.sheet,
          headerRow: table.headerRows[0],
          column: responsible.column,
          field: "other",
        },
      ]),
    );
    noErrorShown();
  });
});
