/** `npm run bench`: the speed figures the issues name. A benchmark, never a test. */
import { benchConsolidate } from "./consolidate";
import { benchDeadlines } from "./deadline";
import { benchDocx, docxBenchLine } from "./docx";
import { benchRead } from "./read";
import { benchRecognize } from "./recognize";

function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

async function main(): Promise<void> {
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
  console.log(
    `consolidation of ${c.files} workbooks × ${c.activities / c.files} activities: ExcelJS read ${fmt(c.readMs)}, ours end to end ${fmt(c.oursMs)}, ratio ${c.ratio.toFixed(2)}  [target ≤ 1.3]`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
