/**
 * `npm run demo`: the main jobs on the seeds — check every workbook and Word document (as
 * `roadmap check` would), then consolidate the workbooks into out/region.xlsx (the documents
 * hold the same roadmaps as workbooks 000–004: consolidated together, each would count twice),
 * and convert one Word document into its checked copy, out/001-buinsk.xlsx.
 * Findings are the point of the demo, so they do not make it fail; a crash does.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main";

const SEEDS = join(__dirname, "..", "seeds");
const AS_OF = "2022-01-15";

async function demo(): Promise<void> {
  const seeds = readdirSync(SEEDS).sort();
  const files = seeds.filter((f) => f.endsWith(".xlsx")).map((f) => join("seeds", f));
  const documents = seeds.filter((f) => f.endsWith(".docx")).map((f) => join("seeds", f));
  const io = {
    stdout: (s: string) => process.stdout.write(s),
    stderr: (s: string) => process.stderr.write(s),
  };
  const checked = [...files, ...documents];
  console.log(`=== roadmap check ${checked.join(" ")} --as-of ${AS_OF}\n`);
  const code = await main(["check", ...checked, "--as-of", AS_OF], io);
  if (code > 1) throw new Error(`check failed with exit code ${code}`);
  // Not "seeds/": a folder gives its documents too, and each would count twice.
  console.log(`\n=== roadmap consolidate seeds/*.xlsx -o out/region.xlsx --as-of ${AS_OF}\n`);
  const c = await main(
    ["consolidate", ...files, "-o", join("out", "region.xlsx"), "--as-of", AS_OF],
    io,
  );
  if (c > 1) throw new Error(`consolidate failed with exit code ${c}`);
  const copy = join("out", "001-buinsk.xlsx");
  console.log(`\n=== roadmap convert seeds/001-buinsk.docx -o ${copy} --as-of ${AS_OF}\n`);
  const v = await main(
    ["convert", join("seeds", "001-buinsk.docx"), "-o", copy, "--as-of", AS_OF],
    io,
  );
  if (v !== 0) throw new Error(`convert failed with exit code ${v}`);
}

demo().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
