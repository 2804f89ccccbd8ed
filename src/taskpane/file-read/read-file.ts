/**
 * Grids of a file chosen in the task pane: on a worker within a time budget where the browser
 * has workers (every browser the pane runs in), in the pane's own thread otherwise (jsdom).
 */
import type { Grid } from "../../core/grid";
import type { WorkerReader } from "./worker-reader";

let reader: Promise<WorkerReader> | null = null;

async function workerReader(): Promise<WorkerReader> {
  const [{ WorkerReader }, { spawnReadWorker }] = await Promise.all([
    import(/* webpackChunkName: "file-read" */ "./worker-reader"),
    import(/* webpackChunkName: "file-read" */ "./spawn-read-worker"),
  ]);
  return new WorkerReader(spawnReadWorker);
}

export async function readFileGrids(data: ArrayBuffer): Promise<Grid[]> {
  if (typeof Worker === "undefined") {
    const { readWorkbookGrids } = await import(
      /* webpackChunkName: "file-read" */ "../../hosts/file/read"
    );
    return readWorkbookGrids(data);
  }
  return (await (reader ??= workerReader())).read(data);
}
