/**
 * The worker thread that reads and checks files for the CLI, one request at a time, so that a
 * file past its time or memory budget can be stopped (the thread ended) while the process and
 * the other files go on. It stays alive between files: a thread start costs more than reading
 * a municipal workbook.
 */
import { parentPort } from "node:worker_threads";
import { checkFile } from "../check-files";
import type { CheckRequest, CheckResponse } from "./messages";

if (parentPort !== null) {
  const port = parentPort;
  port.on("message", (req: CheckRequest) => {
    checkFile(req.file, req.settings, req.overrides, req.options).then(
      (result) =>
        port.postMessage({
          id: req.id,
          ok: true,
          result,
          probe: new Date(0),
        } satisfies CheckResponse),
      (err: unknown) =>
        port.postMessage({
          id: req.id,
          ok: false,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        } satisfies CheckResponse),
    );
  });
}
