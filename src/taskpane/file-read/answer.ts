/**
 * The reading worker's answer to one request: what the file is and its Grids, the file's own
 * unreadability (to be raised again as a FileReadError in the pane), or a bug of ours. A
 * workbook and a Word document alike: the one dispatch by content tells them apart.
 */
import { readGrids } from "../../hosts/file/dispatch";
import { FileReadError } from "../../hosts/file/file-error";
import type { ReadRequest, ReadResponse } from "./protocol";

export async function answerRead(req: ReadRequest): Promise<ReadResponse> {
  const { id, data, fileName, skipOwn } = req;
  try {
    return { id, ok: true, read: await readGrids(data, { fileName, skipOwn }) };
  } catch (err) {
    if (err instanceof FileReadError) {
      const { code, reason, limit, detail } = err;
      return { id, ok: false, file: { code, reason, limit, detail } };
    }
    return { id, ok: false, bug: err instanceof Error ? String(err.stack) : String(err) };
  }
}
