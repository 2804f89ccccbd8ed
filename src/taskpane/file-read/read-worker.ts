/**
 * The task pane's file reader on a Web Worker: a file that takes too long can be stopped (the
 * worker ended) without freezing the pane, and the pane stays responsive while it reads. A
 * workbook and a Word document alike: the one dispatch by content tells them apart.
 */
import { readGrids } from "../../hosts/file/dispatch";
import { FileReadError } from "../../hosts/file/file-error";
import type { ReadRequest, ReadResponse } from "./protocol";

/** The worker's global scope, typed here: the DOM library types `self` as a window. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadResponse): void;
};

scope.onmessage = (event) => {
  const { id, data, fileName } = event.data;
  readGrids(data, { fileName }).then(
    ({ format, grids }) => scope.postMessage({ id, ok: true, format, grids }),
    (err: unknown) => {
      if (err instanceof FileReadError) {
        const { code, reason, limit, detail } = err;
        scope.postMessage({ id, ok: false, file: { code, reason, limit, detail } });
      } else {
        scope.postMessage({
          id,
          ok: false,
          bug: err instanceof Error ? String(err.stack) : String(err),
        });
      }
    },
  );
};
