/**
 * Errors of the Excel host. Each carries a stable `code` the task pane turns into plain words
 * in the user's language, and a Russian `message` for logs and for callers without a catalogue.
 */
export type ExcelHostErrorCode =
  | "api-not-supported"
  | "sheet-too-large"
  | "sheet-not-found"
  | "status-column-occupied"
  | "table-without-rows"
  | "bad-settings"
  | "settings-not-saved"
  | "cell-edit-mode"
  | "paint-failed"
  | "workbook-protected"
  | "regional-sheet-foreign"
  | "regional-not-written"
  | "regional-too-many-rows"
  | "regional-swap-failed";

export class ExcelHostError extends Error {
  readonly code: ExcelHostErrorCode;
  readonly params: Record<string, string | number>;

  constructor(
    code: ExcelHostErrorCode,
    message: string,
    params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "ExcelHostError";
    this.code = code;
    this.params = params;
  }
}
