/**
 * Every batch of the add-in goes through one runner, so that none can forget what real Excel
 * needs: `delayForCellEdit` holds a batch back while the user is typing in a cell instead of
 * failing it (ExcelApi 1.11; an older Excel ignores the option), and the error an older Excel
 * still gives in that case becomes a sentence the pane can say.
 */
import { ExcelHostError } from "./errors";

/** A batch of Office.js work, run in its own request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run in its options-first form, as office.js has it (a test passes the fake's). */
export type ExcelRunWithOptions = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** The `code` of an Office.js error (OfficeExtension.Error), or null. */
export function officeErrorCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

export function isCellEditError(err: unknown): boolean {
  return officeErrorCode(err) === "InvalidOperationInCellEditMode";
}

function translated(err: unknown): unknown {
  if (!isCellEditError(err)) return err;
  return new ExcelHostError(
    "cell-edit-mode",
    "Excel в режиме редактирования ячейки: завершите редактирование ячейки и повторите",
  );
}

export function excelRunner(run: ExcelRunWithOptions): ExcelRun {
  return async (batch) => {
    try {
      return await run({ delayForCellEdit: true }, batch);
    } catch (err) {
      throw translated(err);
    }
  };
}
