/**
 * `npm run bench` (add `-- --scale` for the 600 / 3,000-file runs): the speed figures the
 * issues name. A benchmark, never a test.
 */
import { benchConsolidate } from "./consolidate";
import { benchDeadlines } from "./deadline";
import { benchDocx, docxBenchLine } from "./docx";
import { buildCli } from "./process";
import { benchRead } from "./read";
import { benchRecognize } from "./recognize";
import { benchScale } from "./scale";

function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  // The process figures and the checking threads run the built CLI: built from these sources.
  await buildCli();
  if (process.argv.includes("--scale")) {
    const runs = await benchScale();
    for (const r of runs) {
      console.log(
        `consolidation of ${r.files} workbooks: ${fmt(r.ms)}, peak memory ${Math.round(r.maxRssMb)} MB  [target < 2,560 MB]`,
      );
    }
    const [small, large] = runs;
    console.log(
      `${small.files} → ${large.files} files: ${(large.ms / small.ms).toFixed(2)} × the time for ${large.files / small.files} × the files  [target ≤ 5.5 ×]`,
    );
    return;
  }
  const r = await benchRecognize(10_000);
  console.log(
    `recognise ${r.rows} rows (core, no xlsx parse): ${fmt(r.recognizeMs)}  [target ≤ 100 ms]`,
  );
  console.log(`recognise + check ${r.rows} rows (core):         ${fmt(r.checkMs)}`);
  console.log(`read the same sheet from .xlsx (our reader):  ${fmt(r.xlsxReadMs)}`);

  const d = benchDeadlines();
  console.log(
    `deadline cells parsed: ${d.cells} in ${fmt(d.ms)} = ${Math.round(d.perSecond).toLocaleString("en")} per second  [target ≥ 200,000/s]`,
  );
  const x = await benchRead();
  console.log(
    `read ${x.files} workbooks into Grids: ExcelJS ${fmt(x.exceljsMs)}, ours ${fmt(x.oursMs)} (${(x.oursMs / x.exceljsMs).toFixed(2)} × ExcelJS, ${(x.oursMs / x.floorMs).toFixed(2)} × the unzip-and-scan floor of ${fmt(x.floorMs)})`,
  );
  console.log(docxBenchLine(await benchDocx(1000)));
  const c = await benchConsolidate();
  const each = c.activities / c.files;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} ×`;
  console.log(
    `consolidation of ${c.files} workbooks × ${each} activities, in process, one thread: ours end to end ${fmt(c.oursMs)}, ExcelJS read ${fmt(c.readMs)}, unzip-and-scan floor ${fmt(c.floorMs)}`,
  );
  console.log(`  ours / ExcelJS read: ${ratio(c.oursMs, c.readMs)}  [target ≤ 2.5 ×]`);
  console.log(
    `  with a previous month (--previous, «Изменения»): ${fmt(c.oursPreviousMs)} against ${fmt(c.oursMs)} without = +${(((c.oursPreviousMs - c.oursMs) / c.oursMs) * 100).toFixed(1)} %  [target ≤ +10 %]`,
  );
  console.log(`  ours / floor:        ${ratio(c.oursMs, c.floorMs)}  [target ≤ 4 ×]`);
  console.log(
    `  the floor: every part of every file inflated (zlib), decoded (TextDecoder) and each character visited in a JavaScript loop`,
  );
  console.log(
    `  with the CLI's checking threads: ours ${fmt(c.oursThreadsMs)} = ${ratio(c.oursThreadsMs, c.readMs)} the ExcelJS read, ${ratio(c.oursThreadsMs, c.floorMs)} the floor`,
  );
  console.log(
    `  as whole processes (medians of five): node dist-cli/roadmap.js consolidate ${fmt(c.processOursMs)}, node bench/exceljs-read.js ${fmt(c.processExcelJsMs)}: ${ratio(c.processOursMs, c.processExcelJsMs)}  [target ≤ 2.5 ×]`,
  );
  console.log(
    `  regional workbook write: ours ${fmt(c.writeOursMs)} (${(c.bytesOurs / 1e6).toFixed(2)} MB), ExcelJS ${fmt(c.writeExcelJsMs)} (${(c.bytesExcelJs / 1e6).toFixed(2)} MB), same model`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
