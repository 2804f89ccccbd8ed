/**
 * Issue 8, item 5: the CLI as a user starts it. `node dist-cli/roadmap.js consolidate <60
 * files> -o region.xlsx` timed from outside as a whole process (start, its two checking
 * threads, read, check, consolidate, write, exit) against a whole `node` process that only
 * reads the same files with ExcelJS (bench/exceljs-read.js). Target ≤ 2.5 ×. The CLI is built
 * from the current sources first (scripts/build-cli.mjs), so the figure is never a stale one.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = join(__dirname, "..");
/** Whole processes are noisier than loops in one: the median of this many. */
const RUNS = 5;

export interface ProcessBench {
  oursMs: number;
  exceljsMs: number;
}

export async function buildCli(): Promise<void> {
  await run(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT });
}

async function timed(args: string[]): Promise<number> {
  const start = performance.now();
  await run(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 26 });
  return performance.now() - start;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** `paths`: the workbooks; `output`: where the CLI writes (removed between runs by the caller). */
export async function benchProcess(
  paths: string[],
  output: (run: number) => string,
  asOf: string,
): Promise<ProcessBench> {
  const ours: number[] = [];
  const exceljs: number[] = [];
  const cli = join(ROOT, "dist-cli", "roadmap.js");
  for (let i = 0; i < RUNS; i++) {
    exceljs.push(await timed([join(__dirname, "exceljs-read.js"), ...paths]));
    ours.push(await timed([cli, "consolidate", ...paths, "-o", output(i), "--as-of", asOf]));
  }
  return { oursMs: median(ours), exceljsMs: median(exceljs) };
}
