/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// ExcelJS (the real file host reads and writes here) needs Node's builds of its dependencies.
import "../jsdom-globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import { HEADER_ROW, type RegionalModel } from "../../../src/core/consolidate";
import type { ReadResult } from "../../../src/hosts/file/dispatch";
import { checkGrids } from "../../../src/core/check";
import { readWorkbookGrids } from "../../../src/hosts/file/read";
import { LangContext } from "../../../src/taskpane/i18n";
import { ConsolidateView } from "../../../src/taskpane/consolidate/ConsolidateView";
import {
  fileConsolidateHost,
  type ConsolidateHost,
} from "../../../src/taskpane/consolidate/consolidate-host";
import { CONSOLIDATE_TEXT } from "../../../src/taskpane/consolidate/i18n";

jest.setTimeout(60_000);

// Fluent's MessageBar measures itself with ResizeObserver, which every browser the pane runs
// in has and jsdom lacks; nothing here depends on the measurement.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as Record<string, unknown>).ResizeObserver ??= NoResizeObserver;

const AS_OF = "2022-01-15";
const ru = CONSOLIDATE_TEXT.ru;

function seed(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "seeds", name)));
}

const LEGACY_XLS = (() => {
  const b = new Uint8Array(2048);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return b;
})();

function show(host: ConsolidateHost, lang: "ru" | "en" = "ru") {
  render(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={lang}>
        <ConsolidateView host={host} today={() => AS_OF} />
      </LangContext.Provider>
    </FluentProvider>,
  );
}

function choose(files: [string, Uint8Array][], label = ru.chooseFiles): void {
  const input = screen.getByLabelText(label, { selector: "input" });
  fireEvent.change(input, {
    target: { files: files.map(([name, bytes]) => new File([new Uint8Array(bytes)], name)) },
  });
}

function rowOf(name: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`[data-file="${name}"]`);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

async function allRead(names: string[]): Promise<void> {
  for (const name of names) {
    await waitFor(() => expect(within(rowOf(name)).queryByText(ru.readingFile)).toBeNull(), {
      timeout: 20_000,
    });
    await waitFor(() => expect(within(rowOf(name)).queryByText(ru.waiting)).toBeNull());
  }
}

describe("ConsolidateView in file mode", () => {
  it("reads the chosen files, lets the municipality be corrected, and downloads the regional workbook", async () => {
    const downloads: { bytes: Uint8Array; name: string }[] = [];
    show(fileConsolidateHost((bytes, name) => downloads.push({ bytes, name })));
    choose([
      ["001-buinsk.xlsx", seed("001-buinsk.xlsx")],
      ["004-primorsky.xlsx", seed("004-primorsky.xlsx")],
      ["lesozavodsk.xls", LEGACY_XLS],
    ]);
    await allRead(["001-buinsk.xlsx", "004-primorsky.xlsx", "lesozavodsk.xls"]);

    const buinsk = within(rowOf("001-buinsk.xlsx"));
    expect(buinsk.getByText(ru.ok)).toBeTruthy();
    const detected = buinsk.getByLabelText(
      ru.municipalityLabel("001-buinsk.xlsx"),
    ) as HTMLInputElement;
    expect(detected.value).not.toBe("");
    expect(within(rowOf("lesozavodsk.xls")).getByRole("status").textContent).toContain(".xls");
    // An unreadable file is no municipality: it gets no municipality field.
    expect(
      within(rowOf("lesozavodsk.xls")).queryByLabelText(ru.municipalityLabel("lesozavodsk.xls")),
    ).toBeNull();

    fireEvent.change(detected, { target: { value: "Буинский район (исправлено)" } });
    fireEvent.click(screen.getByRole("button", { name: ru.build }));
    await screen.findByText(
      new RegExp(ru.builtFile(ru.fileName(AS_OF)).replace(/[.()]/g, "\\$&")),
      {},
      { timeout: 20_000 },
    );

    expect(downloads.map((d) => d.name)).toEqual([ru.fileName(AS_OF)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloads[0].bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Свод", "Сводка", "Замечания"]);
    const municipalities: string[] = [];
    wb.getWorksheet("Сводка")!.eachRow((row, n) => {
      if (n > HEADER_ROW) municipalities.push(String(row.getCell(1).value));
    });
    expect(municipalities).toContain("Буинский район (исправлено)");
    expect(municipalities.join()).not.toContain("lesozavodsk");
    expect(municipalities[municipalities.length - 1]).toBe("Итого");
    expect(document.querySelector("[data-skipped]")?.textContent).toBe(
      ru.skipped(["lesozavodsk.xls"]),
    );

    const chart = screen.getByRole("img", { name: ru.chartTitle });
    const bars = chart.querySelectorAll("[data-municipality]");
    expect(bars).toHaveLength(municipalities.length - 1);
  });

  it("reads Word documents next to workbooks, and names a legacy .doc in its own words", async () => {
    const downloads: { bytes: Uint8Array; name: string }[] = [];
    show(fileConsolidateHost((bytes, name) => downloads.push({ bytes, name })));
    const legacyDoc = new Uint8Array(LEGACY_XLS);
    legacyDoc.set(new Uint8Array(Buffer.from("WordDocument", "utf16le")), 1024);
    choose([
      ["001-buinsk.docx", seed("001-buinsk.docx")],
      ["002-kislovodsk.xlsx", seed("002-kislovodsk.xlsx")],
      ["spassk.doc", legacyDoc],
    ]);
    await allRead(["001-buinsk.docx", "002-kislovodsk.xlsx", "spassk.doc"]);
    expect(within(rowOf("001-buinsk.docx")).getByText(ru.ok)).toBeTruthy();
    expect(rowOf("001-buinsk.docx").textContent).toContain(ru.fileCounts(1, 40));
    expect(within(rowOf("spassk.doc")).getByRole("status").textContent).toContain(
      "Word 97–2003 (.doc)",
    );
    fireEvent.click(screen.getByRole("button", { name: ru.build }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloads[0].bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Свод")!.rowCount).toBe(HEADER_ROW + 40 + 20);
    // Where each activity came from: a Word table as «таблица N», a sheet as «лист «…»».
    const svod = wb.getWorksheet("Свод")!;
    const sourceCol = (svod.getRow(HEADER_ROW).values as unknown[]).indexOf("Источник");
    const sources: string[] = [];
    svod.eachRow((row, n) => {
      if (n > HEADER_ROW) sources.push(String(row.getCell(sourceCol).value));
    });
    expect(sources.filter((x) => /^001-buinsk\.docx, таблица 1, строка \d+$/.test(x))).toHaveLength(
      40,
    );
    expect(
      sources.filter((x) => /^002-kislovodsk\.xlsx, лист «[^»]+», строк[аи] [\d–, ]+$/.test(x)),
    ).toHaveLength(20);
  });

  it("shows a workbook with the tables of two municipalities as both", async () => {
    show(fileConsolidateHost(() => undefined));
    choose([["005-two-sheets.xlsx", seed("005-two-sheets.xlsx")]]);
    await allRead(["005-two-sheets.xlsx"]);
    const row = within(rowOf("005-two-sheets.xlsx"));
    const field = row.getByLabelText(
      ru.municipalityLabel("005-two-sheets.xlsx"),
    ) as HTMLInputElement;
    expect(field.value).not.toBe("");
    const other = row.getByText(/^и таблицы: /).textContent ?? "";
    expect(other).not.toContain(field.value);
    expect(other.replace("и таблицы: ", "").split(", ")).toHaveLength(1);
  });

  it("flags two files from one municipality", async () => {
    show(fileConsolidateHost(() => undefined));
    choose([
      ["001-buinsk.xlsx", seed("001-buinsk.xlsx")],
      ["001-buinsk-copy.xlsx", seed("001-buinsk.xlsx")],
    ]);
    await allRead(["001-buinsk.xlsx", "001-buinsk-copy.xlsx"]);
    expect(within(rowOf("001-buinsk.xlsx")).getByText(ru.duplicate)).toBeTruthy();
    expect(within(rowOf("001-buinsk-copy.xlsx")).getByText(ru.duplicate)).toBeTruthy();
  });

  it("says so when no file can be read, and keeps the build button off", async () => {
    show(fileConsolidateHost(() => undefined));
    choose([["old.xls", LEGACY_XLS]]);
    await screen.findByText(ru.nothingReadable, {}, { timeout: 10_000 });
    expect((screen.getByRole("button", { name: ru.build }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});

describe("ConsolidateView inside Excel", () => {
  it("shows a progress bar while reading and writes into the workbook without a download", async () => {
    const grids = await readWorkbookGrids(seed("001-buinsk.xlsx"));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const written: RegionalModel[] = [];
    const downloads: string[] = [];
    const host: ConsolidateHost = {
      mode: "excel",
      read: async (): Promise<ReadResult> => {
        await gate;
        return { format: "xlsx", grids };
      },
      write: async (model) => {
        written.push(model);
        return null;
      },
      download: (_bytes, name) => downloads.push(name),
      previous: async () => null,
    };
    show(host, "en");
    const en = CONSOLIDATE_TEXT.en;
    choose(
      [
        ["a.xlsx", new Uint8Array(1)],
        ["b.xlsx", new Uint8Array(1)],
      ],
      en.chooseFiles,
    );
    expect(await screen.findByText(en.reading(0, 2))).toBeTruthy();
    const bar = () =>
      screen.queryAllByRole("progressbar").find((e) => e.getAttribute("aria-valuemax") === "2");
    expect(bar()?.getAttribute("aria-valuenow")).toBe("0");
    await act(async () => release());
    await allRead(["a.xlsx", "b.xlsx"]);
    expect(bar()).toBeUndefined();

    fireEvent.click(screen.getByRole("button", { name: en.build }));
    await screen.findByText(new RegExp(en.builtExcel.replace(/[.()]/g, "\\$&")));
    expect(written).toHaveLength(1);
    expect(written[0].files.map((f) => f.file)).toEqual(["a.xlsx", "b.xlsx"]);
    const perFile = checkGrids(grids, { settings: { asOf: AS_OF } })
      .flatMap((t) => t.rows)
      .filter((r) => r.row.kind === "item").length;
    expect(perFile).toBeGreaterThan(10);
    expect(written[0].totals.activities).toBe(2 * perFile);
    // Two files naming one municipality: one summary row, both files flagged there.
    expect(written[0].municipalities.map((m) => m.files)).toEqual([["a.xlsx", "b.xlsx"]]);
    expect(downloads).toEqual([]);
    expect(screen.queryByRole("img", { name: en.chartTitle })).toBeNull();
  });

  it("shows a failure to write in plain words", async () => {
    const grids = await readWorkbookGrids(seed("001-buinsk.xlsx"));
    const host: ConsolidateHost = {
      mode: "excel",
      read: async () => ({ format: "xlsx", grids }),
      write: async () => {
        throw new Error("Лист защищён");
      },
      download: () => undefined,
      previous: async () => null,
    };
    show(host);
    choose([["a.xlsx", new Uint8Array(1)]]);
    await allRead(["a.xlsx"]);
    fireEvent.click(screen.getByRole("button", { name: ru.build }));
    expect(await screen.findByText(ru.failed("Лист защищён"))).toBeTruthy();
  });
});

describe("ConsolidateView and last month", () => {
  /** Last month's regional workbook as the program writes it, from seed files. */
  async function lastMonth(names: string[]): Promise<Uint8Array> {
    const { consolidate } = await import("../../../src/core/consolidate");
    const { writeRegionalWorkbook } = await import("../../../src/hosts/file/write-regional");
    const sources = await Promise.all(
      names.map(async (name) => ({
        file: name,
        error: null,
        tables: checkGrids(await readWorkbookGrids(seed(name)), {
          settings: { asOf: AS_OF, lang: "ru" },
        }),
      })),
    );
    return writeRegionalWorkbook(consolidate(sources, { asOf: AS_OF }));
  }

  it("skips a regional workbook among the files and compares with the one chosen as last month's", async () => {
    const region = await lastMonth(["001-buinsk.xlsx", "002-kislovodsk.xlsx"]);
    const downloads: Uint8Array[] = [];
    show(fileConsolidateHost((bytes) => downloads.push(bytes)));
    choose([["свод-май.xlsx", region]], ru.choosePrevious);
    await screen.findByText(ru.previousChosen("свод-май.xlsx"), {}, { timeout: 10_000 });
    choose([
      ["001-buinsk.xlsx", seed("001-buinsk.xlsx")],
      ["свод-май-копия.xlsx", region],
    ]);
    await allRead(["001-buinsk.xlsx", "свод-май-копия.xlsx"]);
    const own = within(rowOf("свод-май-копия.xlsx"));
    expect(own.getByText(ru.ownSkipped)).toBeTruthy();
    expect(own.queryByLabelText(ru.municipalityLabel("свод-май-копия.xlsx"))).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: ru.build }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
    // Кисловодск sent nothing this month; nothing else changed.
    await waitFor(() =>
      expect(document.querySelector("[data-changes]")?.textContent).toBe(
        ru.changes("нет данных за месяц: 1"),
      ),
    );
    expect(document.querySelector("[data-skipped]")?.textContent).toBe(
      ru.skipped(["свод-май-копия.xlsx"]),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloads[0] as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      "Свод",
      "Сводка",
      "Замечания",
      "Изменения",
    ]);
  });

  it("says so when the file chosen as last month's is no regional workbook", async () => {
    show(fileConsolidateHost(() => undefined));
    choose([["003-kansk.xlsx", seed("003-kansk.xlsx")]], ru.choosePrevious);
    await screen.findByText(ru.previousNotOurs("003-kansk.xlsx"), {}, { timeout: 10_000 });
  });

  it("in Excel, compares with the «Свод» already in the workbook before replacing it", async () => {
    const grids = await readWorkbookGrids(seed("001-buinsk.xlsx"));
    const written: RegionalModel[] = [];
    const host: ConsolidateHost = {
      mode: "excel",
      read: async () => ({ format: "xlsx", grids }),
      write: async (model) => {
        written.push(model);
        return null;
      },
      download: () => undefined,
      previous: async () => [],
    };
    show(host);
    choose([["001-buinsk.xlsx", seed("001-buinsk.xlsx")]]);
    await allRead(["001-buinsk.xlsx"]);
    fireEvent.click(screen.getByRole("button", { name: ru.build }));
    await waitFor(() => expect(written).toHaveLength(1), { timeout: 20_000 });
    expect(written[0].changes?.counts.added).toBe(40);
    expect(written[0].sheets.map((s) => s.name)).toContain("Изменения");
    await waitFor(() =>
      expect(document.querySelector("[data-changes]")?.textContent).toBe(
        ru.changes("добавлено мероприятие: 40"),
      ),
    );
  });
});
