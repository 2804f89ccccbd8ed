/**
 * Builds the seed workbooks seeds/*.xlsx and the seed Word documents seeds/NNN-*.docx from the
 * seed texts seeds/NNN_*.txt, with seeds/layout.json (the layout facts) and seeds/README.md
 * (rendered from them).
 *
 *   npx tsx scripts/build-seeds.ts      (npm run seeds)
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { documentBytes } from "./seeds/document";
import { planDocuments } from "./seeds/documents";
import type { WorkbookLayout } from "./seeds/layout";
import { renderReadme } from "./seeds/readme";
import { workbookBytes } from "./seeds/render";
import { planWorkbooks, type SeedTexts } from "./seeds/workbooks";

export const SEED_DIR = path.resolve(__dirname, "..", "seeds");
const SEED_TEXT = /^(\d{3})_[^/]*\.txt$/;

export interface SeedSources {
  texts: SeedTexts;
  /** File name of each seed text by id. */
  files: Record<string, string>;
}

export async function readSeedTexts(dir: string): Promise<SeedSources> {
  const names = (await readdir(dir)).filter((n) => SEED_TEXT.test(n)).sort();
  const sources: SeedSources = { texts: {}, files: {} };
  for (const name of names) {
    const id = name.slice(0, 3);
    if (sources.files[id]) throw new Error(`Two seed texts share the id ${id} in ${dir}.`);
    sources.files[id] = name;
    sources.texts[id] = await readFile(path.join(dir, name), "utf8");
  }
  return sources;
}

/**
 * Writes every seed workbook and document, layout.json and README.md into `outDir`; the seed
 * texts are read from `sourceDir`. Resolves to the paths written: the workbooks in order, the
 * documents in order, then layout.json, then README.md.
 */
export async function buildSeeds(outDir: string, sourceDir: string = SEED_DIR): Promise<string[]> {
  const { texts, files } = await readSeedTexts(sourceDir);
  const plans = planWorkbooks(texts);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const plan of plans) {
    const file = path.join(outDir, plan.file);
    await writeFile(file, await workbookBytes(plan));
    written.push(file);
  }
  const documents = planDocuments(plans);
  for (const doc of documents) {
    const file = path.join(outDir, doc.file);
    await writeFile(file, await documentBytes(doc.plan));
    written.push(file);
  }
  const layouts: WorkbookLayout[] = plans.map((plan) => ({
    file: plan.file,
    sources: plan.sources.map((id) => files[id]),
    sheets: plan.sheets.map((sheet) => sheet.layout),
  }));
  const layoutFile = path.join(outDir, "layout.json");
  await writeFile(layoutFile, `${JSON.stringify(layouts, null, 2)}\n`);
  const readmeFile = path.join(outDir, "README.md");
  await writeFile(readmeFile, renderReadme(layouts, documents));
  written.push(layoutFile, readmeFile);
  return written;
}

if (require.main === module) {
  void buildSeeds(SEED_DIR).then((paths) => {
    for (const p of paths) console.log(path.relative(process.cwd(), p));
  });
}
