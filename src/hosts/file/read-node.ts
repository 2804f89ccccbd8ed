/** Node side of the file host: bytes from disk, then the browser-safe reader. */
import { readFile, stat } from "node:fs/promises";
import type { Grid } from "../../core/grid";
import { FileReadError } from "./file-error";
import { nodeInflateRaw } from "./inflate-node";
import { readWorkbookGrids } from "./read";

async function readFileBytes(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) throw new FileReadError("not-found", `(${path})`);
  return new Uint8Array(await readFile(path));
}

export async function readXlsxFile(path: string): Promise<Grid[]> {
  return readWorkbookGrids(await readFileBytes(path), { inflate: nodeInflateRaw });
}
