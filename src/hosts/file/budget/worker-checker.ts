/**
 * Files read and checked on worker threads within a budget (limits.ts): a file that runs past
 * its time is stopped by ending its thread, one that runs out of its heap ends it by itself;
 * either is reported as «слишком сложный» and the next file gets a fresh thread. Otherwise
 * threads are reused, so a consolidation of 60 files pays for a thread start or two, not 60.
 * Two threads work at once where there are two cores: the main thread only waits meanwhile.
 *
 * A thread is referenced only while it works, so an idle one never keeps the process alive.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ColumnOverride } from "../../../core/recognize/overrides";
import type { Settings } from "../../../core/validate/settings";
import {
  type CheckedFile,
  type CheckFileOptions,
  fileErrorOf,
  type FileChecker,
} from "../check-files";
import { FileReadError } from "../file-error";
import { FILE_BUDGET, type FileBudget } from "./limits";
import { type CheckRequest, type CheckResponse, receiveChecked } from "./messages";

export interface WorkerCheckerOptions {
  budget?: FileBudget;
  /** The worker's script; the built check-worker.js, or the source through tsx. */
  script?: string;
  execArgv?: string[];
  /** Threads working at once; two where the machine has two cores or more. */
  threads?: number;
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

interface Job {
  req: CheckRequest;
  resolve: (file: CheckedFile) => void;
  reject: (err: Error) => void;
}

/** One reusable thread and the file it works on. */
class Slot {
  private worker: Worker | null = null;
  private job: Job | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: { budget: FileBudget; script: string; execArgv?: string[] },
    private readonly done: (slot: Slot) => void,
  ) {}

  get busy(): boolean {
    return this.job !== null;
  }

  run(job: Job): void {
    const worker = (this.worker ??= this.start());
    this.job = job;
    this.timer = setTimeout(() => this.overtime(worker), this.pool.budget.timeMs);
    worker.ref();
    worker.postMessage(job.req);
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.pool.script, {
      execArgv: this.pool.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.pool.budget.heapMb },
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

  private settle(): Job | null {
    const job = this.job;
    this.job = null;
    clearTimeout(this.timer);
    this.worker?.unref();
    return job;
  }

  private answer(res: CheckResponse): void {
    if (this.job?.req.id !== res.id) return;
    const job = this.settle()!;
    if (res.ok) job.resolve(receiveChecked(res));
    else job.reject(new Error(`Worker: ${res.error}`));
    this.done(this);
  }

  /** Past the time budget: the thread is ended and the file reported. */
  private overtime(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const job = this.settle();
    void worker.terminate();
    if (job) {
      const { timeMs } = this.pool.budget;
      job.resolve(tooComplex(job.req, "time", timeMs / 1000, `stopped after ${timeMs} ms`));
    }
    this.done(this);
  }

  /** The thread died on its own: out of memory is the file's; anything else is a bug. */
  private lost(worker: Worker, err: Error & { code?: string }): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const job = this.settle();
    if (!job) return;
    if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
      job.resolve(tooComplex(job.req, "memory", this.pool.budget.heapMb, err.message));
    } else job.reject(err);
    this.done(this);
  }
}

function tooComplex(
  req: CheckRequest,
  reason: "time" | "memory",
  limit: number,
  detail: string,
): CheckedFile {
  const err = new FileReadError("too-complex", { reason, limit, detail });
  return { file: req.file, error: fileErrorOf(err, req.settings), tables: [] };
}

export class WorkerChecker implements FileChecker {
  private readonly slots: Slot[];
  private readonly waiting: Job[] = [];
  private nextId = 1;

  constructor(options: WorkerCheckerOptions = {}) {
    const found = defaultScript();
    const pool = {
      budget: options.budget ?? FILE_BUDGET,
      script: options.script ?? found.script,
      execArgv: options.execArgv ?? (options.script ? undefined : found.execArgv),
    };
    const threads = options.threads ?? Math.min(2, availableParallelism());
    this.slots = Array.from(
      { length: Math.max(1, threads) },
      () => new Slot(pool, (slot) => this.feed(slot)),
    );
  }

  /** Checks one file; files are taken in the order asked, by whichever thread is free. */
  check(
    file: string,
    settings: Settings,
    overrides: ColumnOverride[] = [],
    options?: CheckFileOptions,
  ): Promise<CheckedFile> {
    return new Promise<CheckedFile>((resolve, reject) => {
      const req = { id: this.nextId++, file, settings, overrides, options };
      this.waiting.push({ req, resolve, reject });
      const free = this.slots.find((s) => !s.busy);
      if (free) this.feed(free);
    });
  }

  /** Ends the threads (the CLI does at the end of a run; idle threads would not hold it). */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.close()));
  }

  private feed(slot: Slot): void {
    const job = this.waiting.shift();
    if (job) slot.run(job);
  }
}
