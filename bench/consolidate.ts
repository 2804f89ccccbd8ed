/**
 * Consolidation speed (issue 5): 60 municipal workbooks × 300 activities in varied layouts.
 * Compares the time ExcelJS takes just to read them with our whole `roadmap consolidate`
 * (read, recognise, check, consolidate, write the regional workbook). Target: ours ≤ 1.3 × read.
 */
import ExcelJS from "exceljs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runConsolidate } from "../src/cli/consolidate";
import { municipalWorkbook } from "./municipal-workbooks";

const FILES = 60;
const ACTIVITIES = 300;
/** Each side runs this many times and keeps its best: the first run pays for warming up. */
const RUNS = 2;

export interface ConsolidateBench {
  files: number;
  activities: number;
  readMs: number;
  oursMs: number;
  ratio: number;
}

export async function benchConsolidate(): Promise<ConsolidateBench> {
  const dir = await mkdtemp(join(tmpdir(), "roadmap-bench-"));
  try {
    const inputs = join(dir, "in");
    const paths: string[] = [];
    await mkdir(inputs);
    for (let i = 0; i < FILES; i++) {
      const path = join(inputs, `${String(i + 1).padStart(2, "0")}-municipality.xlsx`);
      await writeFile(path, await municipalWorkbook({ index: i, activities: ACTIVITIES }));
      paths.push(path);
    }
    let readMs = Infinity;
    let oursMs = Infinity;
    for (let run = 0; run < RUNS; run++) {
      readMs = Math.min(readMs, await timeBareRead(paths));
      oursMs = Math.min(oursMs, await timeOurs(inputs, join(dir, `region-${run}.xlsx`)));
    }
    return { files: FILES, activities: FILES * ACTIVITIES, readMs, oursMs, ratio: oursMs / readMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function timeBareRead(paths: string[]): Promise<number> {
  const start = performance.now();
  for (const path of paths) await new ExcelJS.Workbook().xlsx.readFile(path);
  return performance.now() - start;
}

async function timeOurs(inputs: string, output: string): Promise<number> {
  const errors: string[] = [];
  const io = { stdout: () => undefined, stderr: (s: string) => void errors.push(s) };
  const start = performance.now();
  const code = await runConsolidate([inputs, "-o", output, "--as-of", "2022-01-15"], io);
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`consolidate failed (${code}): ${errors.join("")}`);
  return ms;
}
