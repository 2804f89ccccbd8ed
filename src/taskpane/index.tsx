/**
 * Entry of the task pane. Inside Excel it checks the open workbook (Office.js); opened in an
 * ordinary browser — or where office.js cannot load — it works on a chosen .xlsx file.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { excelRunner } from "../hosts/excel/run";
import { createExcelHost } from "./excel-host";
import { createFileHost } from "./file-host";
import type { TaskpaneHost } from "./host";
import { pickLang } from "./i18n";
import { waitForOffice, type BootWindow } from "./office-boot";

interface PageFlags {
  /** Set by taskpane.html's ES5 check: false where this engine cannot run the pane. */
  roadmapInspectorWebview?: { supported: boolean };
}

async function start(): Promise<void> {
  // An old webview already shows taskpane.html's message; React has nothing to add there.
  if ((window as PageFlags).roadmapInspectorWebview?.supported === false) return;
  const container = document.getElementById("root");
  if (!container) throw new Error("The task pane page has no #root element");
  const override = new URLSearchParams(window.location.search).get("lang");
  const office = await waitForOffice(window as unknown as BootWindow);
  let host: TaskpaneHost;
  let language: string;
  if (office.kind === "office" && office.host === String(Office.HostType.Excel)) {
    host = createExcelHost({
      run: excelRunner((options, batch) => Excel.run(options, batch)),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      settings: Office.context.document.settings,
      documentMode: () => String(Office.context.document.mode),
    });
    language = Office.context.displayLanguage;
  } else {
    host = createFileHost();
    language = navigator.language;
  }
  // Opened by Office but without office.js: file mode, and one line on why.
  const officeMissing = office.kind === "missing" && office.insideOffice;
  createRoot(container).render(
    <App host={host} lang={pickLang(language, override)} officeMissing={officeMissing} />,
  );
}

// Whatever fails before React is up is still shown, in both languages: the pane is never blank.
start().catch((err: unknown) => {
  const detail = err instanceof Error ? err.message : String(err);
  document.body.textContent = `Не удалось запустить надстройку / The add-in could not start: ${detail}`;
});
