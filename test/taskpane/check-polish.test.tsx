/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The Check view as a new user meets it (issue 13): a changed «Дата проверки» never leaves the
// old figures on screen nor in the download, the verdict stands apart from its hint, the
// legend says where the colours are, and a file that fails is named.
import "./jsdom-globals";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import { createFileHost } from "../../src/taskpane/file-host";
import { runCheck } from "../../src/taskpane/check/run-check";
import { collectFindings, countIssues } from "../../src/taskpane/check/findings";
import { MESSAGES } from "../../src/taskpane/i18n";
import { AS_OF, seedBytes, seedGrids } from "./helpers";

const ru = MESSAGES.ru;
jest.setTimeout(30_000);

function choose(name: string, bytes: Uint8Array = seedBytes(name)): void {
  const input = screen.getByLabelText(ru.chooseFileLabel) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([new Uint8Array(bytes)], name)] } });
}

function counter(key: string): string {
  return document.querySelector(`[data-counter="${key}"] dd`)?.textContent ?? "";
}

function setup() {
  const downloads: { bytes: Uint8Array; name: string }[] = [];
  const host = createFileHost((bytes, name) => downloads.push({ bytes, name }));
  render(<App host={host} lang="ru" today={() => AS_OF} />);
  return { downloads };
}

async function outcomeOn(asOf: string) {
  return runCheck(await seedGrids("001-buinsk.xlsx"), {
    asOf,
    lang: "ru",
    overrides: [],
    file: "001-buinsk.xlsx",
  });
}

describe("a changed «Дата проверки» (item 1)", () => {
  it("marks the results out of date at once, checks again, and downloads the new day's findings", async () => {
    const { downloads } = setup();
    choose("001-buinsk.xlsx");
    await screen.findByText(ru.fileChosen("001-buinsk.xlsx"), {}, { timeout: 10_000 });
    const before = await outcomeOn(AS_OF);
    const after = await outcomeOn("2022-06-01");
    expect(after.report.summary.overdue).not.toBe(before.report.summary.overdue);
    expect(counter("overdue")).toBe(String(before.report.summary.overdue));

    fireEvent.change(screen.getByLabelText(ru.asOf), { target: { value: "2022-06-01" } });
    // At once: the old figures are said to be old, and no copy can be taken from them.
    expect(screen.getByText(ru.staleResults(AS_OF))).toBeTruthy();
    const download = screen.getByRole("button", { name: ru.download });
    expect(download).toHaveProperty("disabled", true);

    // Then, by itself: the new day's figures, and the copy offered again.
    await waitFor(() => expect(counter("overdue")).toBe(String(after.report.summary.overdue)), {
      timeout: 10_000,
    });
    expect(screen.queryByText(ru.staleResults(AS_OF))).toBeNull();
    expect(screen.getByText(ru.verdictIssues(countIssues(after.report)))).toBeTruthy();
    await waitFor(() => expect(download).toHaveProperty("disabled", false));
    fireEvent.click(download);
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloads[0].bytes as unknown as ArrayBuffer);
    const findings = wb.getWorksheet("Замечания")!;
    const want = collectFindings(after.report).flatMap((g) => g.items);
    expect(findings.rowCount - 1).toBe(want.length);
    const cells: string[] = [];
    findings.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
    const overdue = (o: typeof after) =>
      collectFindings(o.report)
        .flatMap((g) => g.items)
        .find((f) => f.code === "overdue")!.message;
    expect(overdue(after)).not.toBe(overdue(before));
    expect(cells).toContain(overdue(after));
    expect(cells).not.toContain(overdue(before));
  });
});

describe("the check's view (item 4)", () => {
  it("shows the verdict and its hint as two blocks, not one run-on line", async () => {
    setup();
    choose("001-buinsk.xlsx");
    await screen.findByText(ru.fileChosen("001-buinsk.xlsx"), {}, { timeout: 10_000 });
    const want = await outcomeOn(AS_OF);
    const title = screen.getByText(ru.verdictIssues(countIssues(want.report)));
    expect(title.textContent).toBe(ru.verdictIssues(countIssues(want.report)));
    const hint = screen.getByText(ru.verdictHint);
    expect(hint.tagName).toBe("DIV");
    expect(title.contains(hint)).toBe(false);
    expect(hint.contains(title)).toBe(false);
  });

  it("says in file mode that the colours are in the checked copy, not on a sheet", async () => {
    setup();
    choose("001-buinsk.xlsx");
    await screen.findByText(ru.fileChosen("001-buinsk.xlsx"), {}, { timeout: 10_000 });
    expect(screen.getByRole("heading", { name: ru.legendTitleCopy })).toBeTruthy();
    expect(screen.queryByText(ru.legendTitle)).toBeNull();
  });

  it("names the file that failed, and no longer shows the previous file's results", async () => {
    setup();
    choose("001-buinsk.xlsx");
    await screen.findByText(ru.fileChosen("001-buinsk.xlsx"), {}, { timeout: 10_000 });
    choose("заметки.xlsx", new TextEncoder().encode("это не книга Excel"));
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert.textContent).toContain(ru.fileFailed("заметки.xlsx"));
    expect(alert.textContent).toContain(ru.errors.file["not-xlsx"]);
    expect(screen.queryByText(ru.fileChosen("001-buinsk.xlsx"))).toBeNull();
    expect(document.querySelector("[data-counter]")).toBeNull();
    expect(screen.getByRole("button", { name: ru.download })).toHaveProperty("disabled", true);
  });
});
