/**
 * Ribbon commands without a task pane: "Снять выделение" removes the add-in's highlights
 * (and only them) straight from the Home tab, and says so when it could not.
 */
import { excelRunner } from "../hosts/excel/run";
import { MESSAGES, pickLang } from "../taskpane/i18n";
import { clearFromRibbon } from "./clear-from-ribbon";

/** notice.html in a small dialog; resolves when the user closes it (or it cannot open). */
function showNotice(message: string, close: string): Promise<void> {
  const page = new URL("notice.html", window.location.href);
  page.searchParams.set("text", message);
  page.searchParams.set("close", close);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      page.toString(),
      { height: 30, width: 30, displayInIframe: true },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = opened.value;
        const close = () => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}

async function clearCommand(event: Office.AddinCommands.Event): Promise<void> {
  const text = MESSAGES[pickLang(Office.context.displayLanguage)];
  try {
    await clearFromRibbon({
      run: excelRunner((options, batch) => Excel.run(options, batch)),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      text,
      notify: (message) => showNotice(message, text.noticeClose),
    });
  } finally {
    // Excel waits for this call whatever happened.
    event.completed();
  }
}

// Older Office builds look the function up by name on the page; newer ones by association.
(window as unknown as Record<string, unknown>).clearHighlights = clearCommand;
Office.onReady(() => {
  Office.actions.associate("clearHighlights", clearCommand);
});
