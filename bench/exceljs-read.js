// The whole-process reference of issue 8, item 5: a bare ExcelJS read of the given workbooks
// in a fresh `node` process (no tsx, nothing but ExcelJS loaded), one file after another, as
// any script would do it. bench/process.ts times it against `node dist-cli/roadmap.js
// consolidate` on the same files.
"use strict";
const ExcelJS = require("exceljs");

async function main() {
  for (const file of process.argv.slice(2)) await new ExcelJS.Workbook().xlsx.readFile(file);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
