/**
 * Entry of the task pane. Inside Excel it checks the open workbook (Office.js); opened in an
 * ordinary browser — or where office.js cannot load — it works on a chosen .xlsx file.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createExcelHost } from "./excel-host";
import { createFileHost } from "./file-host";
import type { TaskpaneHost } from "./host";
import { pickLang } from "./i18n";

async function runsInExcel(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("The task pane page has no #root element");
  const override = new URLSearchParams(window.location.search).get("lang");
  const inExcel = await runsInExcel();
  let host: TaskpaneHost;
  let language: string;
  if (inExcel) {
    host = createExcelHost({
      run: (batch) => Excel.run(batch),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      settings: Office.context.document.settings,
    });
    language = Office.context.displayLanguage;
  } else {
    host = createFileHost();
    language = navigator.language;
  }
  createRoot(container).render(<App host={host} lang={pickLang(language, override)} />);
}

// Whatever fails before React is up is still shown, in both languages: the pane is never blank.
start().catch((err: unknown) => {
  const detail = err instanceof Error ? err.message : String(err);
  document.body.textContent = `Не удалось запустить надстройку / The add-in could not start: ${detail}`;
});
