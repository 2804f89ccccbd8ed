/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// «Построить свод» inside Excel when the workbook already has a «Свод» this program did not
// make: the pane asks first, replaces only on «Заменить», and changes nothing on «Отмена».
import "../jsdom-globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HEADER_ROW } from "../../../src/core/consolidate";
import { REGIONAL_MARK } from "../../../src/hosts/excel/regional-targets";
import { LangContext } from "../../../src/taskpane/i18n";
import { ConsolidateView } from "../../../src/taskpane/consolidate/ConsolidateView";
import { excelConsolidateHost } from "../../../src/taskpane/consolidate/consolidate-host";
import { CONSOLIDATE_TEXT } from "../../../src/taskpane/consolidate/i18n";
import { bookSheet, FakeRegionalBook } from "../../hosts/excel/fake-regional-book";

jest.setTimeout(60_000);

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as Record<string, unknown>).ResizeObserver ??= NoResizeObserver;

const ru = CONSOLIDATE_TEXT.ru;
const seed = readFileSync(join(__dirname, "..", "..", "..", "seeds", "001-buinsk.xlsx"));

async function open(print = false) {
  const book = new FakeRegionalBook([bookSheet("Свод", { values: [["свод, набранный вручную"]] })]);
  // An Excel without the page layout fails any batch that touches it: only `print` may.
  book.pageLayoutApi = print;
  render(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value="ru">
        <ConsolidateView
          host={excelConsolidateHost((batch) => batch(book.context), undefined, print)}
          today={() => "2022-01-15"}
        />
      </LangContext.Provider>
    </FluentProvider>,
  );
  const input = screen.getByLabelText(ru.chooseFiles, { selector: "input" });
  fireEvent.change(input, {
    target: { files: [new File([new Uint8Array(seed)], "001-buinsk.xlsx")] },
  });
  const row = () => document.querySelector<HTMLElement>('[data-file="001-buinsk.xlsx"]')!;
  await waitFor(() => expect(within(row()).getByText(ru.ok)).toBeTruthy(), { timeout: 20_000 });
  fireEvent.click(screen.getByRole("button", { name: ru.build }));
  const question = await screen.findByRole("alert");
  return { book, question };
}

describe("rebuilding the regional sheets inside Excel", () => {
  it("asks before replacing a «Свод» it did not make, and replaces it on «Заменить»", async () => {
    const { book, question } = await open();
    expect(question.textContent).toContain(ru.foreignSheets(["Свод"]));
    expect(book.valuesOf("Свод")).toEqual([["свод, набранный вручную"]]);

    fireEvent.click(within(question).getByRole("button", { name: ru.replace }));
    await screen.findByText(new RegExp(ru.builtExcel.replace(/[.()«»]/g, "\\$&")));
    expect(book.names()).toEqual(["Свод", "Сводка", "Замечания"]);
    expect(book.sheet("Свод")!.names.has(REGIONAL_MARK)).toBe(true);
    expect(book.valuesOf("Свод")[HEADER_ROW - 1]).toContain("Мероприятие");
  });

  it("changes nothing on «Отмена»", async () => {
    const { book, question } = await open();
    fireEvent.click(within(question).getByRole("button", { name: ru.cancel }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(book.names()).toEqual(["Свод"]);
    expect(book.valuesOf("Свод")).toEqual([["свод, набранный вручную"]]);
  });

  it("sets the sheets up for print where Excel has the page layout (ExcelApi 1.9)", async () => {
    const { book, question } = await open(true);
    fireEvent.click(within(question).getByRole("button", { name: ru.replace }));
    await screen.findByText(new RegExp(ru.builtExcel.replace(/[.()«»]/g, "\\$&")));
    const landscape = book.assignments.filter(
      (a) => a.target.endsWith(".pageLayout") && a.prop === "orientation",
    );
    expect(landscape.map((a) => a.value)).toEqual(["Landscape", "Landscape", "Landscape"]);
  });
});
