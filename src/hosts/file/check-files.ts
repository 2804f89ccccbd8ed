/**
 * Checks files on disk: a file that cannot be read gets its own error and the others are still
 * checked. In process one by one, or through a checker with a budget per file (budget/), as the
 * `roadmap` process does. Used by the CLI and the demo.
 */
import { checkGrids } from "../../core/check";
import type { ColumnOverride } from "../../core/recognize/overrides";
import type { FileError } from "../../core/report";
import type { Settings } from "../../core/validate/settings";
import type { CheckedTable } from "../../core/validate/types";
import { FileReadError } from "./file-error";
import { type FileFormat, type OwnWorkbook, readGridsFromDisk } from "./dispatch-node";

export interface CheckedFile {
  file: string;
  error: FileError | null;
  tables: CheckedTable[];
  /** What the file turned out to be; absent when it could not be read. */
  format?: FileFormat;
  /** Sheets hidden from the workbook's tabs: checked like the others, and the report says so. */
  hiddenSheets?: string[];
  /** One of our own regional workbooks (asked with `skipOwn`): not read, not checked. */
  own?: OwnWorkbook;
}

/** How a file is read: `skipOwn` for a consolidation's inputs (dispatch.ts). */
export interface CheckFileOptions {
  skipOwn?: boolean;
}

export async function checkFile(
  file: string,
  settings: Settings,
  overrides: ColumnOverride[] = [],
  options: CheckFileOptions = {},
): Promise<CheckedFile> {
  try {
    const { format, grids, own } = await readGridsFromDisk(file, options);
    if (own) return { file, error: null, tables: [], format, own };
    const checked: CheckedFile = {
      file,
      error: null,
      tables: checkGrids(grids, { settings, overrides }),
      format,
    };
    const hidden = grids.filter((g) => g.hidden).map((g) => g.sheet);
    if (hidden.length > 0) checked.hiddenSheets = hidden;
    return checked;
  } catch (err) {
    // Only a file's own unreadability becomes a report entry; a bug in our code must surface.
    if (err instanceof FileReadError) {
      return { file, error: fileErrorOf(err, settings), tables: [] };
    }
    throw err;
  }
}

/** The report's error of a file: its message in the report's language, the detail aside. */
export function fileErrorOf(err: FileReadError, settings: Settings): FileError {
  const error: FileError = { code: err.code, message: err.messageIn(settings.lang) };
  if (err.detail !== undefined) error.detail = err.detail;
  return error;
}

/** How files get read and checked: here, or on a thread within a budget (budget/). */
export interface FileChecker {
  check(
    file: string,
    settings: Settings,
    overrides?: ColumnOverride[],
    options?: CheckFileOptions,
  ): Promise<CheckedFile>;
}

let inProcess: Promise<unknown> = Promise.resolve();

/** Files read and checked here, one after another (one workbook in memory at a time). */
export const inProcessChecker: FileChecker = {
  check(file, settings, overrides, options) {
    const run = inProcess.then(() => checkFile(file, settings, overrides, options));
    inProcess = run.catch(() => undefined);
    return run;
  },
};

export async function checkFiles(
  files: string[],
  settings: Settings,
  checker: FileChecker = inProcessChecker,
): Promise<CheckedFile[]> {
  // All asked at once: a checker with several threads works on several files together.
  return Promise.all(files.map((f) => checker.check(f, settings)));
}
