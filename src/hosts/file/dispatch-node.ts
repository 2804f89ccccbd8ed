/** Node side of the format dispatch: bytes from disk, inflated with Node's zlib. */
import { type ReadResult, readGrids } from "./dispatch";
import { nodeInflateRaw } from "./inflate-node";
import { readFileBytes } from "./read-node";

export type { FileFormat, OwnWorkbook, ReadResult } from "./dispatch";

/**
 * A workbook or a Word document from disk, told apart by content (dispatch.ts); `skipOwn`: a
 * consolidation's input, where a regional workbook of ours is told and not read.
 */
export async function readGridsFromDisk(
  path: string,
  options: { skipOwn?: boolean } = {},
): Promise<ReadResult> {
  return readGrids(await readFileBytes(path), {
    fileName: path,
    inflate: nodeInflateRaw,
    skipOwn: options.skipOwn,
  });
}
