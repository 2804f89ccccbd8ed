/**
 * The task pane "inside Excel" for tests: the real Excel host, through the same runner as in
 * Excel (delayForCellEdit), on a fake workbook holding a seed roadmap.
 */
import { act, render } from "@testing-library/react";
import { excelRunner } from "../../src/hosts/excel/run";
import { OVERRIDES_KEY } from "../../src/hosts/excel/overrides-store";
import { App } from "../../src/taskpane/App";
import { createExcelHost } from "../../src/taskpane/excel-host";
import { runCheck } from "../../src/taskpane/check/run-check";
import { FakeExcel, type FakeOptions, type FakeSheetSpec } from "../hosts/excel/fake-excel";
import { MemorySettings } from "../hosts/excel/memory-settings";
import { AS_OF, seedGrids, sheetsOf } from "./helpers";

export interface PaneOptions {
  /** ExcelApi versions this Excel supports; all by default. */
  supported?: (version: string) => boolean;
  /** Column roles already saved in the workbook. */
  stored?: unknown;
  excel?: FakeOptions;
  /** Changes to the seed's sheets before the workbook opens. */
  change?: (sheets: FakeSheetSpec[]) => FakeSheetSpec[];
  /** Office.context.document.mode. */
  documentMode?: "readOnly" | "readWrite";
  settings?: MemorySettings;
}

export async function openExcelPane(seed: string, options: PaneOptions = {}) {
  const grids = await seedGrids(seed);
  const change = options.change ?? ((sheets) => sheets);
  const fake = new FakeExcel(change(sheetsOf(grids)), options.excel ?? {});
  const settings = options.settings ?? new MemorySettings();
  if (options.stored !== undefined && options.stored !== null) {
    settings.preload(OVERRIDES_KEY, options.stored);
  }
  const supported = options.supported ?? (() => true);
  const host = createExcelHost({
    // Excel.run's options-first form, as inside Excel: every batch waits out cell-edit mode.
    run: excelRunner(fake.run),
    isSetSupported: (name, version) => name === "ExcelApi" && supported(version),
    settings,
    documentMode: () => options.documentMode ?? "readWrite",
  });
  // The pane starts checking as it opens: let that first check settle inside act().
  await act(async () => {
    render(<App host={host} lang="ru" today={() => AS_OF} />);
  });
  const want = runCheck(grids, { asOf: AS_OF, lang: "ru", overrides: [], file: seed });
  return { fake, settings, want, grids, host };
}

export function counter(key: string): string {
  return document.querySelector(`[data-counter="${key}"] dd`)?.textContent ?? "";
}
