/** Node side of the format dispatch: bytes from disk, inflated with Node's zlib. */
import { type ReadResult, readGrids } from "./dispatch";
import { nodeInflateRaw } from "./inflate-node";
import { readFileBytes } from "./read-node";

export type { FileFormat, ReadResult } from "./dispatch";

/** A workbook or a Word document from disk, told apart by content (dispatch.ts). */
export async function readGridsFromDisk(path: string): Promise<ReadResult> {
  return readGrids(await readFileBytes(path), { fileName: path, inflate: nodeInflateRaw });
}
