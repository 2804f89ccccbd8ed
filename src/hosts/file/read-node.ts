/** Node side of the file host: bytes from disk, then the browser-safe reader. */
import { readFile, stat } from "node:fs/promises";
import type { Grid } from "../../core/grid";
import { FileReadError } from "./file-error";
import { nodeInflateRaw } from "./inflate-node";
import { type ReadOptions, readWorkbookGrids } from "./read";

export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new FileReadError("not-readable", { detail: path });
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileReadError(code === "ENOENT" ? "not-found" : "not-readable", {
      detail: `${path}: ${code ?? String(err)}`,
    });
  }
}

/**
 * Grids of a workbook on disk. Municipal limits by default; our own regional workbook (last
 * month's «Свод», up to Excel's 1,048,576 rows a sheet) is read with `{ limits: REGIONAL_LIMITS }`.
 */
export async function readXlsxFile(
  path: string,
  options: Pick<ReadOptions, "limits"> = {},
): Promise<Grid[]> {
  return readWorkbookGrids(await readFileBytes(path), { ...options, inflate: nodeInflateRaw });
}
