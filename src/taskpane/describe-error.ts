/** Any error of a check turned into plain words of the user's language. */
import { ExcelHostError } from "../hosts/excel/errors";
import type { FileErrorCode } from "../hosts/file/file-error";
import type { StatusColumnOccupiedError } from "../hosts/file/xlsx/write/status-column";
import type { Messages } from "./i18n";

function isFileError(err: unknown, text: Messages): err is { code: FileErrorCode } {
  const code = (err as { name?: unknown; code?: unknown } | null)?.code;
  return (
    (err as { name?: unknown }).name === "FileReadError" &&
    typeof code === "string" &&
    code in text.errors.file
  );
}

/** By name: the file writer is a chunk loaded on download, not part of the pane's first load. */
function isStatusColumnOccupied(err: unknown): err is StatusColumnOccupiedError {
  return (err as { name?: unknown } | null)?.name === "StatusColumnOccupiedError";
}

export function describeError(err: unknown, text: Messages): string {
  if (err instanceof ExcelHostError) {
    const p = err.params;
    switch (err.code) {
      case "api-not-supported":
        return text.errors.apiNotSupported;
      case "sheet-too-large":
        return text.errors.sheetTooLarge(String(p.sheet));
      case "sheet-not-found":
        return text.errors.sheetNotFound(String(p.sheet));
      case "status-column-occupied":
        return text.errors.statusColumnOccupied(String(p.sheet), String(p.column));
      case "table-without-rows":
        return text.errors.tableWithoutRows;
      case "bad-settings":
        return text.errors.badSettings;
      case "settings-not-saved":
        return text.errors.settingsNotSaved(err.message);
      case "cell-edit-mode":
        return text.errors.cellEditMode;
    }
  }
  if (isStatusColumnOccupied(err)) {
    return text.errors.statusColumnOccupied(err.sheet, err.column);
  }
  if (err !== null && typeof err === "object" && isFileError(err, text)) {
    return text.errors.file[err.code];
  }
  const detail = err instanceof Error ? err.message : String(err);
  return text.errors.unexpected(detail);
}
