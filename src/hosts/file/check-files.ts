/**
 * Checks files on disk one by one: a file that cannot be read gets its own error and the
 * others are still checked. Used by the CLI and the demo.
 */
import { checkGrids } from "../../core/check";
import type { ColumnOverride } from "../../core/recognize/overrides";
import type { FileError } from "../../core/report";
import type { Settings } from "../../core/validate/settings";
import type { CheckedTable } from "../../core/validate/types";
import { FileReadError } from "./file-error";
import { type FileFormat, readGridsFromDisk } from "./dispatch-node";

export interface CheckedFile {
  file: string;
  error: FileError | null;
  tables: CheckedTable[];
  /** What the file turned out to be; null when it could not be read. */
  format: FileFormat | null;
}

export async function checkFile(
  file: string,
  settings: Settings,
  overrides: ColumnOverride[] = [],
): Promise<CheckedFile> {
  try {
    const { format, grids } = await readGridsFromDisk(file);
    return { file, error: null, tables: checkGrids(grids, { settings, overrides }), format };
  } catch (err) {
    // Only a file's own unreadability becomes a report entry; a bug in our code must surface.
    if (err instanceof FileReadError) {
      return { file, error: { code: err.code, message: err.message }, tables: [], format: null };
    }
    throw err;
  }
}

export async function checkFiles(files: string[], settings: Settings): Promise<CheckedFile[]> {
  const out: CheckedFile[] = [];
  for (const f of files) out.push(await checkFile(f, settings));
  return out;
}
