/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The pane's file mode: «Добавить графу «Отметка об исполнении»» beside the checked copy.
import "./jsdom-globals";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import { createFileHost } from "../../src/taskpane/file-host";
import { runCheck } from "../../src/taskpane/check/run-check";
import { MESSAGES } from "../../src/taskpane/i18n";
import { readGrids } from "../../src/hosts/file/dispatch";
import { STATUS_HEADER } from "../../src/core/status-column";
import { AS_OF, seedBytes } from "./helpers";

const ru = MESSAGES.ru;

jest.setTimeout(30_000);

function setup() {
  const downloads: { bytes: Uint8Array; name: string }[] = [];
  const host = createFileHost((bytes, name) => downloads.push({ bytes, name }));
  render(<App host={host} lang="ru" today={() => AS_OF} />);
  return { downloads };
}

function choose(name: string, bytes: Uint8Array = seedBytes(name)): void {
  const input = screen.getByLabelText(ru.chooseFileLabel) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([new Uint8Array(bytes)], name)] } });
}

async function checked(name: string): Promise<HTMLElement> {
  await screen.findByText(ru.fileChosen(name), {}, { timeout: 10_000 });
  const button = screen.getByRole("button", { name: ru.download });
  await waitFor(() => expect(button).toHaveProperty("disabled", false), { timeout: 10_000 });
  return button;
}

/** The status column of each table of a downloaded copy, as our reader and the core see it. */
async function statusColumns(
  bytes: Uint8Array,
): Promise<({ column: string; header: string } | null)[]> {
  const { grids } = await readGrids(bytes);
  const outcome = runCheck(grids, { asOf: AS_OF, lang: "ru", overrides: [], file: "copy" });
  return outcome.tables.map((t) => {
    const c = t.table.columns.find((x) => x.field === "status");
    return c ? { column: c.column, header: c.header } : null;
  });
}

const checkbox = () =>
  screen.queryByRole("checkbox", { name: new RegExp(ru.copyStatusColumn.replace(/[«»]/g, ".")) });

describe("the checked copy's status column in the pane's file mode", () => {
  it("is off until ticked, then adds the column to the table that has none", async () => {
    const { downloads } = setup();
    const name = "005-two-sheets.xlsx";
    choose(name);
    const download = await checked(name);
    const box = checkbox()!;
    expect(box).toHaveProperty("checked", false);

    fireEvent.click(download);
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    const before = await statusColumns(downloads[0].bytes);
    expect(before.map((c) => c?.column ?? null)).toEqual([null, "E"]);

    fireEvent.click(box);
    expect(box).toHaveProperty("checked", true);
    fireEvent.click(download);
    await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 10_000 });
    const after = await statusColumns(downloads[1].bytes);
    expect(after[0]).toEqual({ column: expect.stringMatching(/^[A-Z]+$/), header: STATUS_HEADER });
    // The table that had its column keeps it as it was.
    expect(after[1]).toEqual(before[1]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("is not offered when every table has its status column", async () => {
    setup();
    const name = "001-buinsk.docx";
    choose(name);
    await checked(name);
    expect(checkbox()).toBeNull();
  });

  it("adds it to a Word document's copy", async () => {
    const { downloads } = setup();
    const name = "003-kansk.docx";
    choose(name);
    const download = await checked(name);
    fireEvent.click(checkbox()!);
    fireEvent.click(download);
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(await statusColumns(downloads[0].bytes)).toEqual([
      { column: "G", header: STATUS_HEADER },
    ]);
  });

  it("says which column is in the way, and downloads nothing", async () => {
    const { downloads } = setup();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("План");
    ws.addRow(["№", "Мероприятие", "Срок", "Ответственные"]);
    ws.addRow([1, "Совещание", "Сентябрь 2021", "Иванов"]);
    ws.addRow([2, "Приказ", "Май 2022", "Петров", "моя заметка"]);
    const name = "занято.xlsx";
    choose(name, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const download = await checked(name);
    fireEvent.click(checkbox()!);
    fireEvent.click(download);
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert.textContent).toContain(ru.errors.statusColumnOccupied("План", "E"));
    expect(downloads).toHaveLength(0);
  });
});
