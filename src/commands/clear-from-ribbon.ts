/**
 * «Снять выделение» on the ribbon, without the task pane. Excel shows nothing of a function
 * command by itself, so when removing fails — or a protected sheet keeps its highlights — a
 * small dialog says so in plain words; the command ends once it is closed.
 */
import { REQUIRED_EXCEL_API, type IsSetSupported } from "../hosts/excel/capabilities";
import { clearHighlights } from "../hosts/excel/highlight";
import type { ExcelRun } from "../hosts/excel/run";
import { describeError } from "../taskpane/describe-error";
import type { Messages } from "../taskpane/i18n";

export interface RibbonDeps {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  text: Messages;
  /** Shows a message and resolves once the user has closed it. */
  notify(message: string): Promise<void>;
}

/** The message the ribbon shows after clearing, or null when all went well. */
export async function clearFromRibbon(deps: RibbonDeps): Promise<string | null> {
  // On an Excel without conditional formats the add-in never painted anything to remove.
  if (!deps.isSetSupported("ExcelApi", REQUIRED_EXCEL_API.highlight)) return null;
  let message: string | null;
  try {
    const result = await deps.run((context) => clearHighlights(context));
    const notes = [
      ...result.protectedSheets.map((sheet) => deps.text.notices.clearProtected(sheet)),
      ...result.unreadable.map((u) => deps.text.notices.unreadableFormats(u.sheet, u.count)),
    ];
    message = notes.length > 0 ? notes.join("\n") : null;
  } catch (err) {
    message = deps.text.ribbonClearFailed(describeError(err, deps.text));
  }
  if (message !== null) await deps.notify(message);
  return message;
}
