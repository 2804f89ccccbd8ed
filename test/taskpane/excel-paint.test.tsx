/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// What the user sees inside Excel when the highlighting cannot be done: a protected sheet, a
// read-only workbook, View mode on the web, a user's conditional format Excel cannot read.
// The findings are on screen every time; a note says what was not painted and why.
import "./jsdom-globals";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { isMarkerFormula, markerFormula } from "../../src/hosts/excel/highlight";
import { countIssues } from "../../src/taskpane/check/findings";
import { MESSAGES } from "../../src/taskpane/i18n";
import type { FakeExcel, FakeSheetSpec } from "../hosts/excel/fake-excel";
import { counter, openExcelPane } from "./excel-pane";

jest.setTimeout(30_000);

const ru = MESSAGES.ru;
const SEED = "001-buinsk.xlsx";

const ours = (fake: FakeExcel, sheet: string) =>
  fake.formatsOn(sheet).filter((f) => isMarkerFormula(f.mock.custom.rule.formula));

/** The findings are all there: counters, verdict, and the list. */
async function findingsShown(want: Awaited<ReturnType<typeof openExcelPane>>["want"]) {
  await waitFor(() => expect(counter("items")).toBe(String(want.report.summary.items)));
  expect(counter("overdue")).toBe(String(want.report.summary.overdue));
  expect(screen.getByText(ru.verdictIssues(countIssues(want.report)))).toBeTruthy();
  expect(screen.queryByRole("alert")).toBeNull();
}

const protect = (sheets: FakeSheetSpec[]) => sheets.map((s) => ({ ...s, protected: true }));

describe("highlighting inside Excel when it cannot be done", () => {
  it("shows the findings and says the protected sheet was not painted", async () => {
    const { fake, want } = await openExcelPane(SEED, { change: protect });
    await findingsShown(want);
    await screen.findByText(ru.notices.sheetProtected("План"));
    expect(ours(fake, "План")).toEqual([]);
  });

  it("does not try to paint a workbook Office opened read-only", async () => {
    const { fake, want } = await openExcelPane(SEED, { documentMode: "readOnly" });
    await findingsShown(want);
    await screen.findByText(ru.notices.readOnly);
    expect(fake.calls.some((c) => c.includes("conditionalFormats"))).toBe(false);
  });

  it("keeps the findings in View mode on the web, where Excel refuses every change", async () => {
    const { fake, want } = await openExcelPane(SEED, { excel: { writesRefused: "AccessDenied" } });
    await findingsShown(want);
    await screen.findByText(ru.notices.paintDenied(true));
    expect(ours(fake, "План")).toEqual([]);
  });

  it("paints past a user's conditional format Excel cannot read, and clears past it", async () => {
    const broken = (sheets: FakeSheetSpec[]) =>
      sheets.map((s) => ({
        ...s,
        conditionalFormats: [
          { address: "A1:A5", type: "Custom", formula: "=A1>0", broken: true },
          { address: "B2:B3", type: "Custom", formula: markerFormula("overdue") },
        ],
      }));
    const { fake, want } = await openExcelPane(SEED, { change: broken });
    await findingsShown(want);
    await screen.findByText(ru.notices.unreadableFormats("План", 1));
    expect(ours(fake, "План").map((f) => f.address)).not.toContain("B2:B3");
    expect(ours(fake, "План").length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole("button", { name: ru.clear }));
    await screen.findByText(ru.cleared(1));
    expect(ours(fake, "План")).toEqual([]);
    expect(fake.formatsOn("План").map((f) => f.address)).toEqual(["A1:A5"]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says where «Снять выделение» could not remove the highlights", async () => {
    const { fake, want } = await openExcelPane(SEED);
    await findingsShown(want);
    expect(ours(fake, "План").length).toBeGreaterThan(0);
    fake.setProtected("План", true);
    fireEvent.click(screen.getByRole("button", { name: ru.clear }));
    await screen.findByText(ru.notices.clearProtected("План"));
    expect(ours(fake, "План").length).toBeGreaterThan(0);
  });
});
