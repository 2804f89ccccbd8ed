/**
 * Ribbon commands without a task pane: "Снять выделение" removes the add-in's highlights
 * (and only them) straight from the Home tab.
 */
import { REQUIRED_EXCEL_API } from "../hosts/excel/capabilities";
import { clearHighlights } from "../hosts/excel/highlight";

async function clearFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // On an Excel without conditional formats the add-in never painted anything to remove.
    if (Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API.highlight)) {
      await Excel.run((context) => clearHighlights(context));
    }
  } finally {
    // Excel waits for this call whatever happened; a failure still reaches Office as a rejection.
    event.completed();
  }
}

// Older Office builds look the function up by name on the page; newer ones by association.
(globalThis as unknown as Record<string, unknown>).clearHighlights = clearFromRibbon;
Office.onReady(() => {
  Office.actions.associate("clearHighlights", clearFromRibbon);
});
