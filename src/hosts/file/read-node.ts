/** Node side of the file host: bytes from disk, then the browser-safe reader. */
import { readFile, stat } from "node:fs/promises";
import type { Grid } from "../../core/grid";
import { FileReadError } from "./file-error";
import { nodeInflateRaw } from "./inflate-node";
import { readWorkbookGrids } from "./read";

export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new FileReadError("not-readable", `(${path})`);
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileReadError(code === "ENOENT" ? "not-found" : "not-readable", `(${path})`);
  }
}

export async function readXlsxFile(path: string): Promise<Grid[]> {
  return readWorkbookGrids(await readFileBytes(path), { inflate: nodeInflateRaw });
}
