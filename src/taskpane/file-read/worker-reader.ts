/**
 * Reads chosen files on one reusable worker, each within a time budget: past it, the worker is
 * ended, the file reported as too complex (FileReadError "too-complex") and the next file gets
 * a fresh worker. A worker that dies (out of memory) is reported the same way.
 */
import type { Grid } from "../../core/grid";
import type { ReadResult } from "../../hosts/file/dispatch";
import { FileReadError } from "../../hosts/file/file-error";
import type { ReadRequest, ReadResponse } from "./protocol";

/** What the reader needs of a Worker (a test gives a fake one). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<ReadResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ReadRequest): void;
  terminate(): void;
}

/** A browser has no memory limit to set for a worker; its time is what we bound. */
export const BROWSER_READ_BUDGET_MS = 15_000;

export class WorkerReader {
  private worker: WorkerLike | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly budgetMs = BROWSER_READ_BUDGET_MS,
  ) {}

  /**
   * What a file is and its Grids (the bytes are copied to the worker: the pane keeps them for
   * the checked copy); `fileName` only where the content cannot tell (dispatch.ts).
   */
  readFile(data: ArrayBuffer, fileName?: string, skipOwn?: boolean): Promise<ReadResult> {
    const run = this.queue.then(() => this.run(data, fileName, skipOwn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The Grids of a file's bytes. */
  async read(data: ArrayBuffer, fileName?: string): Promise<Grid[]> {
    return (await this.readFile(data, fileName)).grids;
  }

  private run(
    data: ArrayBuffer,
    fileName: string | undefined,
    skipOwn: boolean | undefined,
  ): Promise<ReadResult> {
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise<ReadResult>((resolve, reject) => {
      const end = (err: Error) => {
        clearTimeout(timer);
        worker.terminate();
        if (this.worker === worker) this.worker = null;
        reject(err);
      };
      const timer = setTimeout(
        () =>
          end(
            new FileReadError("too-complex", {
              reason: "time",
              limit: this.budgetMs / 1000,
              detail: `stopped after ${this.budgetMs} ms`,
            }),
          ),
        this.budgetMs,
      );
      worker.onerror = (event) => {
        event.preventDefault?.();
        end(new FileReadError("too-complex", { detail: `worker died: ${event.message}` }));
      };
      worker.onmessage = (event) => {
        const res = event.data;
        if (res.id !== id) return;
        clearTimeout(timer);
        if (res.ok) resolve(res.read);
        else if ("file" in res) reject(new FileReadError(res.file.code, res.file));
        else reject(new Error(`Read worker: ${res.bug}`));
      };
      worker.postMessage(skipOwn ? { id, data, fileName, skipOwn } : { id, data, fileName });
    });
  }
}
