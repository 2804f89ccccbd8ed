/**
 * What the pane says about painting after a check. The findings are already on screen; these
 * notes only tell what could not be highlighted on the sheets, and why, in plain words.
 */
import { ExcelHostError } from "../../hosts/excel/errors";
import { describeError } from "../describe-error";
import type { ExcelTaskpaneHost } from "../host";
import type { Messages } from "../i18n";
import type { CheckOutcome } from "./run-check";

export async function paintNotices(
  host: ExcelTaskpaneHost,
  outcome: CheckOutcome,
  text: Messages,
): Promise<string[]> {
  try {
    const painted = await host.paint(outcome.plan);
    return [
      ...painted.skipped.map((s) =>
        s.reason === "protected"
          ? text.notices.sheetProtected(s.sheet)
          : text.notices.sheetGone(s.sheet),
      ),
      ...painted.unreadable.map((u) => text.notices.unreadableFormats(u.sheet, u.count)),
    ];
  } catch (err) {
    return [paintFailure(err, text)];
  }
}

function paintFailure(err: unknown, text: Messages): string {
  if (err instanceof ExcelHostError && err.code === "paint-failed") {
    const cleaned = err.params.cleaned === "yes";
    if (err.params.code === "AccessDenied") return text.notices.paintDenied(cleaned);
    // Excel's own message is English and technical: its code says enough to support.
    return text.notices.paintFailed(String(err.params.code || err.params.detail), cleaned);
  }
  if (err instanceof ExcelHostError && err.code === "cell-edit-mode") {
    return text.notices.paintCellEdit;
  }
  return text.notices.paintFailed(describeError(err, text), true);
}
