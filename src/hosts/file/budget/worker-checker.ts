/**
 * Files read and checked on a worker thread within a budget (limits.ts): a file that runs past
 * its time is stopped by ending the thread, one that runs out of its heap ends it by itself;
 * either is reported as «слишком сложный» and the next file gets a fresh thread. One thread
 * serves every file otherwise, so a consolidation of 60 files pays for one thread start.
 *
 * The thread is referenced only while it works, so an idle one never keeps the process alive.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ColumnOverride } from "../../../core/recognize/overrides";
import type { Settings } from "../../../core/validate/settings";
import { type CheckedFile, fileErrorOf, type FileChecker } from "../check-files";
import { FileReadError } from "../file-error";
import { FILE_BUDGET, type FileBudget } from "./limits";
import { type CheckRequest, type CheckResponse, decodeChecked } from "./messages";

export interface WorkerCheckerOptions {
  budget?: FileBudget;
  /** The worker's script; the built check-worker.js, or the source through tsx. */
  script?: string;
  execArgv?: string[];
}

/** Where the worker script is: next to the built CLI, or the TypeScript source in development. */
function defaultScript(): { script: string; execArgv: string[] | undefined } {
  if (!__filename.endsWith(".ts")) {
    return { script: join(__dirname, "check-worker.js"), execArgv: undefined };
  }
  // Run from sources (jest, tsx): the thread loads TypeScript through tsx's require hook.
  // tsx's own --import hook, inherited, would send the .ts entry to Node's ES module loader
  // before the hook is in place; it is left out.
  return {
    script: join(__dirname, "check-worker.ts"),
    execArgv: [...withoutTsxHooks(process.execArgv), "--require", require.resolve("tsx/cjs")],
  };
}

function withoutTsxHooks(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const hook = a === "--import" || a === "--require" || a === "--loader" || a === "-r";
    if (hook && args[i + 1]?.includes("tsx")) i++;
    else if (!(a.startsWith("--") && a.includes("=") && a.includes("tsx"))) out.push(a);
  }
  return out;
}

interface Pending {
  req: CheckRequest;
  resolve: (file: CheckedFile) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class WorkerChecker implements FileChecker {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private readonly budget: FileBudget;
  private readonly script: string;
  private readonly execArgv: string[] | undefined;

  constructor(options: WorkerCheckerOptions = {}) {
    this.budget = options.budget ?? FILE_BUDGET;
    const found = defaultScript();
    this.script = options.script ?? found.script;
    this.execArgv = options.execArgv ?? (options.script ? undefined : found.execArgv);
  }

  /** Checks one file; calls are served one after another. */
  check(file: string, settings: Settings, overrides: ColumnOverride[] = []): Promise<CheckedFile> {
    const run = this.queue.then(() => this.run({ id: this.nextId++, file, settings, overrides }));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends the thread (the CLI does at the end of a run; an idle thread would not hold it). */
  async close(): Promise<void> {
    await this.queue;
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.script, {
      execArgv: this.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.budget.heapMb },
      stdout: false,
      stderr: false,
    });
    worker.on("message", (res: CheckResponse) => this.answer(res));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash: the file at hand pays for it.
    worker.on("error", (err: Error & { code?: string }) => this.lost(worker, err));
    worker.on("exit", (code) => this.lost(worker, new Error(`worker exited with code ${code}`)));
    worker.unref();
    return worker;
  }

  private run(req: CheckRequest): Promise<CheckedFile> {
    const worker = (this.worker ??= this.start());
    return new Promise<CheckedFile>((resolve, reject) => {
      const timer = setTimeout(() => this.overtime(worker), this.budget.timeMs);
      this.pending = { req, resolve, reject, timer };
      worker.ref();
      worker.postMessage(req);
    });
  }

  private settle(): Pending | null {
    const p = this.pending;
    this.pending = null;
    if (p) clearTimeout(p.timer);
    this.worker?.unref();
    return p;
  }

  private answer(res: CheckResponse): void {
    if (this.pending?.req.id !== res.id) return;
    const p = this.settle()!;
    if (res.ok) p.resolve(decodeChecked(res.result));
    else p.reject(new Error(`Worker: ${res.error}`));
  }

  /** Past the time budget: the thread is ended and the file reported. */
  private overtime(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const p = this.settle();
    void worker.terminate();
    if (p)
      p.resolve(
        this.tooComplex(
          p.req,
          "time",
          this.budget.timeMs / 1000,
          `stopped after ${this.budget.timeMs} ms`,
        ),
      );
  }

  /** The thread died on its own: out of memory is the file's; anything else is a bug. */
  private lost(worker: Worker, err: Error & { code?: string }): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const p = this.settle();
    if (!p) return;
    if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
      p.resolve(this.tooComplex(p.req, "memory", this.budget.heapMb, err.message));
    } else p.reject(err);
  }

  private tooComplex(
    req: CheckRequest,
    reason: "time" | "memory",
    limit: number,
    detail: string,
  ): CheckedFile {
    const err = new FileReadError("too-complex", { reason, limit, detail });
    return { file: req.file, error: fileErrorOf(err, req.settings), tables: [] };
  }
}
