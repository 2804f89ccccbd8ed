/**
 * Reader speed (issue 8): the 60 bench workbooks × 300 activities read into Grids by ExcelJS,
 * by our SpreadsheetML reader, and the unzip-and-scan floor (floor.ts: every part inflated,
 * decoded and visited character by character; no values built). In one process, files already
 * in memory, best of several runs.
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { nodeInflateRaw } from "../src/hosts/file/inflate-node";
import { readWorkbookGrids } from "../src/hosts/file/read";
import { scanPackage } from "./floor";
import { municipalWorkbook } from "./municipal-workbooks";

const FILES = 60;
const ACTIVITIES = 300;
const RUNS = 5;

export interface ReadBench {
  files: number;
  exceljsMs: number;
  oursMs: number;
  floorMs: number;
}

async function best(run: () => Promise<void>): Promise<number> {
  let ms = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
}

export async function benchRead(): Promise<ReadBench> {
  const inputs: Uint8Array[] = [];
  for (let i = 0; i < FILES; i++) {
    inputs.push(await municipalWorkbook({ index: i, activities: ACTIVITIES }));
  }
  const exceljsMs = await best(async () => {
    for (const b of inputs) await new ExcelJS.Workbook().xlsx.load(b as unknown as ArrayBuffer);
  });
  const oursMs = await best(async () => {
    for (const b of inputs) await readWorkbookGrids(b, { inflate: nodeInflateRaw });
  });
  const floorMs = await best(async () => {
    for (const b of inputs) await scanPackage(b);
  });
  return { files: FILES, exceljsMs, oursMs, floorMs };
}

if (require.main === module) {
  benchRead().then((r) =>
    console.log(
      `read ${r.files} workbooks × ${ACTIVITIES} activities: ExcelJS ${r.exceljsMs.toFixed(1)} ms, ours ${r.oursMs.toFixed(1)} ms (${(r.oursMs / r.exceljsMs).toFixed(2)} × ExcelJS, ${(r.oursMs / r.floorMs).toFixed(2)} × floor), floor ${r.floorMs.toFixed(1)} ms`,
    ),
  );
}
