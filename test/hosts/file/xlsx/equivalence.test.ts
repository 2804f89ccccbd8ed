/**
 * Our reader against the reference it replaced: on every seed workbook, on the generated bench
 * workbooks, and on the same files saved by LibreOffice (another writer: its own styles, shared
 * strings and number format codes), the Grids are exactly those ExcelJS gives — values, merges,
 * dates. (ExcelJS's rows run on over merged areas; both are compared without trailing empty
 * rows, see test/support/exceljs-grids.ts.)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LAYOUTS, municipalWorkbook } from "../../../../bench/municipal-workbooks";
import { canonicalGrid, exceljsGrids } from "../../../support/exceljs-grids";
import { read } from "./package";

const SEEDS = join(__dirname, "../../../../seeds");
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith(".xlsx"));

async function expectSameGrids(bytes: Uint8Array, withDates = false): Promise<void> {
  const ours = (await read(bytes)).map(canonicalGrid);
  const reference = (await exceljsGrids(bytes)).map(canonicalGrid);
  expect(ours).toEqual(reference);
  expect(ours.some((g) => g.cells.length > 0)).toBe(true);
  // The bench workbooks hold real Excel dates: both readers must see them as dates.
  const dates = ours.flatMap((g) => g.cells.flat()).filter((v) => v instanceof Date);
  if (withDates) expect(dates.length).toBeGreaterThan(0);
}

/** LibreOffice's soffice: CI installs libreoffice-calc-nogui; without it this test must fail. */
function soffice(): string {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
    return "soffice";
  } catch {
    throw new Error(
      "LibreOffice (soffice) is not installed: the equivalence test converts workbooks with it. " +
        "Install it (apt-get install libreoffice-calc-nogui) — .ci/run does.",
    );
  }
}

describe("the reader gives the Grids ExcelJS gives", () => {
  it.each(seedFiles)("seed %s", async (file) => {
    await expectSameGrids(new Uint8Array(readFileSync(join(SEEDS, file))));
  });

  // The consolidation bench's 60 workbooks × 300 activities, in all four layouts.
  const bench = Array.from({ length: 60 }, (_, index) => index);
  it.each(bench)("bench workbook %i", async (index) => {
    await expectSameGrids(await municipalWorkbook({ index, activities: 300 }), true);
  });

  describe("saved by LibreOffice", () => {
    let dir = "";
    const inputs: string[] = [];
    beforeAll(async () => {
      const bin = soffice();
      dir = mkdtempSync(join(tmpdir(), "reader-lo-"));
      const src = join(dir, "in");
      mkdirSync(src);
      for (const file of seedFiles) {
        writeFileSync(join(src, file), readFileSync(join(SEEDS, file)));
        inputs.push(file);
      }
      for (let index = 0; index < LAYOUTS.length; index++) {
        const name = `bench-${index}.xlsx`;
        writeFileSync(join(src, name), await municipalWorkbook({ index, activities: 60 }));
        inputs.push(name);
      }
      execFileSync(
        bin,
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "xlsx:Calc MS Excel 2007 XML",
          "--outdir",
          join(dir, "out"),
          ...inputs.map((f) => join(src, f)),
        ],
        { stdio: "pipe", timeout: 240_000 },
      );
    }, 300_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("converted every input", () => {
      expect(readdirSync(join(dir, "out")).sort()).toEqual([...inputs].sort());
    });

    it.each([...seedFiles, ...LAYOUTS.map((_, i) => `bench-${i}.xlsx`)])("%s", async (file) => {
      const bytes = new Uint8Array(readFileSync(join(dir, "out", file)));
      // LibreOffice writes its own package: a different writer, the same Grids.
      expect(bytes).not.toEqual(new Uint8Array(readFileSync(join(dir, "in", file))));
      await expectSameGrids(bytes, file.startsWith("bench-"));
    });
  });
});
