/**
 * Consolidation speed (issues 5 and 8): 60 municipal workbooks × 300 activities in varied
 * layouts. Our whole `roadmap consolidate` (read, recognise, check, consolidate, write), run in
 * this process, against the time ExcelJS takes just to read the files (target ≤ 2.5 ×) and
 * against the unzip-and-scan floor (floor.ts: every part inflated, decoded and visited; target
 * ≤ 4 ×) — on one thread, as the figures of the issue were taken, and with the CLI's two
 * checking threads; the regional writer alone, ours against ExcelJS's, on the same model; and
 * the CLI as a whole process against a whole-process ExcelJS read (process.ts, item 5).
 */
import ExcelJS from "exceljs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { consolidateFiles, runConsolidate } from "../src/cli/consolidate";
import type { CliIo } from "../src/cli/io";
import { parseSettings } from "../src/core/validate/settings";
import { WorkerChecker } from "../src/hosts/file/budget/worker-checker";
import { writeRegionalWorkbook } from "../src/hosts/file/write-regional";
import { nodeCompression } from "../src/hosts/file/xlsx/write/deflate-node";
import { writeWithExcelJS } from "./exceljs-writer";
import { unzipAndScan } from "./floor";
import { municipalWorkbook } from "./municipal-workbooks";
import { benchProcess } from "./process";

const FILES = 60;
const ACTIVITIES = 300;
/** Each side runs this many times and keeps its best: the first run pays for warming up. */
const RUNS = 3;
const AS_OF = "2022-01-15";

export interface ConsolidateBench {
  files: number;
  activities: number;
  readMs: number;
  floorMs: number;
  /** In process, files read and checked on this thread one after another. */
  oursMs: number;
  /**
   * As `oursMs`, against a previous month (`--previous`: last month's regional workbook read
   * back, matched activity by activity, «Изменения» written) — issue 9's figure.
   */
  oursPreviousMs: number;
  /** In process, files read and checked on the CLI's worker threads (two on two cores). */
  oursThreadsMs: number;
  /** Whole processes: the built CLI, and a node process reading the files with ExcelJS. */
  processOursMs: number;
  processExcelJsMs: number;
  writeOursMs: number;
  writeExcelJsMs: number;
  bytesOurs: number;
  bytesExcelJs: number;
}

/** Writes `count` generated municipal workbooks into `dir`, the first 60 distinct. */
export async function generateInputs(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const distinct: Uint8Array[] = [];
  for (let i = 0; i < Math.min(count, FILES); i++) {
    distinct.push(await municipalWorkbook({ index: i, activities: ACTIVITIES }));
  }
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `${String(i + 1).padStart(4, "0")}-municipality.xlsx`);
    await writeFile(path, distinct[i % distinct.length]);
    paths.push(path);
  }
  return paths;
}

export async function benchConsolidate(): Promise<ConsolidateBench> {
  const dir = await mkdtemp(join(tmpdir(), "roadmap-bench-"));
  try {
    const inputs = join(dir, "in");
    const paths = await generateInputs(inputs, FILES);
    let readMs = Infinity;
    let floorMs = Infinity;
    let oursMs = Infinity;
    let oursThreadsMs = Infinity;
    let oursPreviousMs = Infinity;
    const checker = new WorkerChecker({
      script: join(__dirname, "..", "dist-cli", "check-worker.js"),
    });
    try {
      for (let run = 0; run < RUNS; run++) {
        readMs = Math.min(readMs, await time(() => bareRead(paths)));
        floorMs = Math.min(floorMs, await time(() => unzipAndScan(paths)));
        oursMs = Math.min(oursMs, await time(() => ours(inputs, join(dir, `region-${run}.xlsx`))));
        // Last month: the first run's region (the same municipalities; every activity matched).
        const previous = ["--previous", join(dir, "region-0.xlsx")];
        const output = join(dir, `region-previous-${run}.xlsx`);
        oursPreviousMs = Math.min(
          oursPreviousMs,
          await time(() => ours(inputs, output, undefined, previous)),
        );
        oursThreadsMs = Math.min(
          oursThreadsMs,
          await time(() => ours(inputs, join(dir, `region-threads-${run}.xlsx`), checker)),
        );
      }
    } finally {
      await checker.close();
    }
    const whole = await benchProcess(
      paths,
      (run) => join(dir, `region-process-${run}.xlsx`),
      AS_OF,
    );
    const model = await consolidateFiles(paths, { settings: parseSettings({ asOf: AS_OF }) });
    let writeOursMs = Infinity;
    let writeExcelJsMs = Infinity;
    let bytesOurs = 0;
    let bytesExcelJs = 0;
    for (let run = 0; run < RUNS; run++) {
      writeOursMs = Math.min(
        writeOursMs,
        await time(async () => {
          bytesOurs = (await writeRegionalWorkbook(model, { compression: nodeCompression })).length;
        }),
      );
      writeExcelJsMs = Math.min(
        writeExcelJsMs,
        await time(async () => {
          bytesExcelJs = (await writeWithExcelJS(model)).length;
        }),
      );
    }
    return {
      files: FILES,
      activities: FILES * ACTIVITIES,
      readMs,
      floorMs,
      oursMs,
      oursThreadsMs,
      oursPreviousMs,
      processOursMs: whole.oursMs,
      processExcelJsMs: whole.exceljsMs,
      writeOursMs,
      writeExcelJsMs,
      bytesOurs,
      bytesExcelJs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function time(f: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await f();
  return performance.now() - start;
}

async function bareRead(paths: string[]): Promise<void> {
  for (const path of paths) await new ExcelJS.Workbook().xlsx.readFile(path);
}

/** `roadmap consolidate` in this process; the checker as the CLI's, or this thread's. */
export async function ours(
  inputs: string,
  output: string,
  checker?: CliIo["checker"],
  extra: string[] = [],
): Promise<void> {
  const errors: string[] = [];
  const io: CliIo = { stdout: () => undefined, stderr: (s) => void errors.push(s), checker };
  const code = await runConsolidate([inputs, "-o", output, "--as-of", AS_OF, ...extra], io);
  if (code !== 0) throw new Error(`consolidate failed (${code}): ${errors.join("")}`);
}
