/**
 * Grids of a file chosen in the task pane, a workbook or a Word document: on a worker within a
 * time budget where the browser has workers (every browser the pane runs in), in the pane's own
 * thread otherwise (jsdom).
 */
import type { ReadResult } from "../../hosts/file/dispatch";
import type { WorkerReader } from "./worker-reader";

let reader: Promise<WorkerReader> | null = null;

async function workerReader(): Promise<WorkerReader> {
  const [{ WorkerReader }, { spawnReadWorker }] = await Promise.all([
    import(/* webpackChunkName: "file-read" */ "./worker-reader"),
    import(/* webpackChunkName: "file-read" */ "./spawn-read-worker"),
  ]);
  return new WorkerReader(spawnReadWorker);
}

/** `skipOwn`: a consolidation's input, where a regional workbook of ours is told, not read. */
export async function readChosenFileGrids(
  data: ArrayBuffer,
  fileName?: string,
  skipOwn?: boolean,
): Promise<ReadResult> {
  if (typeof Worker === "undefined") {
    const { readGrids } = await import(
      /* webpackChunkName: "file-read" */ "../../hosts/file/dispatch"
    );
    return readGrids(data, { fileName, skipOwn });
  }
  return (await (reader ??= workerReader())).readFile(data, fileName, skipOwn);
}
