/**
 * Issue 11: the regional workbook of the seed region and a checked copy, printed by LibreOffice
 * as a person would print them — every page landscape, «Свод» one page wide with its header on
 * every page, page numbers in the footer, no text cut off by a row too short — and the first
 * page of each sheet saved as PNG under test-results/print/ for a person to look at.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { consolidate, HEADER_ROW, type RegionalModel } from "../../../../../src/core/consolidate";
import { buildHighlightPlan } from "../../../../../src/core/plan";
import { buildReport } from "../../../../../src/core/report-builder";
import { parseSettings } from "../../../../../src/core/validate/settings";
import { checkFile } from "../../../../../src/hosts/file/check-files";
import { writeCheckedCopy } from "../../../../../src/hosts/file/write-checked";
import { writeRegionalWorkbook } from "../../../../../src/hosts/file/write-regional";
import { nodeCompression } from "../../../../../src/hosts/file/xlsx/write/deflate-node";
import { nodeInflateRaw } from "../../../../../src/hosts/file/inflate-node";
import { convertWithSoffice } from "../../../../support/soffice";

jest.setTimeout(180_000);

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..", "..", "..", "..");
const SEEDS = join(ROOT, "seeds");
const RESULTS = join(ROOT, "test-results", "print");
const AS_OF = "2022-01-15";

interface Page {
  text: string;
  /** The page's text in drawing order with every space and line break taken out. */
  flat: string;
  width: number;
  height: number;
}

/** Each page's text (pdftotext) and size (pdfinfo). */
async function pages(
  pdf: Uint8Array,
  name: string,
  /** Name → the text only that page prints, or its 0-based index. */
  firstPages: Record<string, string | number>,
): Promise<Page[]> {
  const dir = await mkdtemp(join(tmpdir(), "roadmap-print-"));
  try {
    const file = join(dir, "in.pdf");
    await writeFile(file, pdf);
    const info = (await run("pdfinfo", ["-f", "1", "-l", "1000", file])).stdout;
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
    const out: Page[] = [];
    for (let i = 1; i <= sizes.length; i++) {
      const page = ["-f", String(i), "-l", String(i), file, "-"];
      const text = (await run("pdftotext", ["-layout", ...page])).stdout;
      const raw = (await run("pdftotext", ["-raw", ...page])).stdout;
      out.push({ text, flat: raw.replace(/\s+/g, ""), ...sizes[i - 1] });
    }
    await mkdir(RESULTS, { recursive: true });
    // The first page of each sheet, found by what only that page prints.
    for (const [label, marker] of Object.entries(firstPages)) {
      const i = typeof marker === "number" ? marker : out.findIndex((p) => p.text.includes(marker));
      if (i < 0) throw new Error(`no page of ${name} shows «${marker}»`);
      const png = join(RESULTS, `${name}-${label}`);
      await run("pdftoppm", [
        "-r",
        "70",
        "-png",
        "-singlefile",
        "-f",
        `${i + 1}`,
        "-l",
        `${i + 1}`,
        file,
        png,
      ]);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const flat = (s: string) => s.replace(/\s+/g, "");

describe("the seed region's workbook on paper", () => {
  let model: RegionalModel;
  let printed: Page[];
  const seeds = ["000-dalnerechensk", "001-buinsk", "002-kislovodsk", "003-kansk", "004-primorsky"];

  beforeAll(async () => {
    const settings = parseSettings({ asOf: AS_OF });
    const checked = await Promise.all(
      seeds.map((s) => checkFile(join(SEEDS, `${s}.xlsx`), settings)),
    );
    model = consolidate(
      checked.map((c) => ({
        file: `${c.file.split("/").pop()}`,
        error: c.error,
        tables: c.tables,
      })),
      { asOf: AS_OF },
    );
    const bytes = await writeRegionalWorkbook(model, { compression: nodeCompression });
    printed = await pages(await convertWithSoffice(bytes, "xlsx", "pdf"), "region", {
      svod: "Муниципалитетов:",
      summary: "Файлы",
      remarks: "Замечаний:",
    });
  });

  const svodPages = () =>
    printed.filter((p) => !/Сводка по муниципалитетам|Замечания к дорожным/.test(p.text));

  it("prints every page landscape, numbered «Страница N из M», within a bound for 5 roadmaps", () => {
    expect(printed.length).toBeGreaterThanOrEqual(3);
    // 179 activities: a little over a dozen rows a page; far from the 68 portrait pages of old.
    expect(printed.length).toBeLessThanOrEqual(30);
    printed.forEach((p, i) => {
      expect(p.width).toBeGreaterThan(p.height);
      expect(p.text).toContain(`Страница ${i + 1} из ${printed.length}`);
    });
  });

  it("prints «Свод» one page wide, with its title and its header on every page", () => {
    const svod = svodPages();
    expect(svod.length).toBeGreaterThan(1);
    const columns = model.sheets[0].columns;
    for (const p of svod) {
      // The first and the last column's headers on every page: no column went to a page of its own.
      expect(p.text).toContain(columns[0].header);
      expect(p.flat).toContain(flat(columns[columns.length - 1].header));
      expect(p.text).toContain("Мероприятие");
      expect(p.text).toContain(`Свод дорожных карт муниципалитетов на 15.01.2022`);
    }
    // The title rows are printed once, above the table; the legend with them.
    expect(svod[0].text).toContain("просрочено:");
    expect(svod[0].text).toContain(`Муниципалитетов: ${model.totals.municipalities}`);
    expect(HEADER_ROW).toBeLessThanOrEqual(10);
  });

  it("cuts no text: every activity, remark and source is printed whole", () => {
    const all = printed.map((p) => p.flat).join("");
    const svod = model.sheets[0];
    const keys = ["activity", "remarks", "source", "responsible", "expectedResult"];
    const cols = keys.map((k) => svod.columns.findIndex((c) => c.key === k));
    let checked = 0;
    for (const row of svod.rows) {
      for (const c of cols) {
        const v = row[c];
        if (typeof v !== "string" || v.trim() === "") continue;
        expect(all).toContain(flat(v));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("prints «Сводка» and «Замечания» with their titles and headers", () => {
    const summary = printed.filter((p) => p.text.includes("Сводка по муниципалитетам"));
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary[0].text).toContain("наступивших");
    const remarks = printed.filter((p) => p.text.includes("Замечания к дорожным картам"));
    expect(remarks.length).toBeGreaterThanOrEqual(1);
    for (const p of remarks) expect(p.text).toContain("Сообщение");
    // Findings by their Russian names.
    expect(remarks.map((p) => p.text).join("")).toContain("просрочено");
  });
});

describe("a checked copy on paper", () => {
  it("prints its «Замечания» landscape, one page wide, the header on every page, nothing cut", async () => {
    const file = join(SEEDS, "001-buinsk.xlsx");
    const checked = await checkFile(file, parseSettings({ asOf: AS_OF }));
    const report = buildReport({
      asOf: AS_OF,
      lang: "ru",
      files: [{ file: "001-buinsk.xlsx", error: null, tables: checked.tables }],
    });
    const copy = await writeCheckedCopy(
      await readFile(file),
      { plan: buildHighlightPlan(checked.tables), report, lang: "ru" },
      { compression: nodeCompression, inflate: nodeInflateRaw },
    );
    const printed = await pages(await convertWithSoffice(copy, "xlsx", "pdf"), "checked-copy", {
      sheet: 0,
      remarks: "Важность",
    });
    const remarks = printed.filter(
      (p) => p.text.includes("Замечание") && p.text.includes("Важность"),
    );
    expect(remarks.length).toBeGreaterThanOrEqual(1);
    for (const p of remarks) {
      expect(p.width).toBeGreaterThan(p.height);
      expect(p.text).toContain("Код");
      expect(p.text).toMatch(/Страница \d+ из \d+/);
    }
    const all = remarks.map((p) => p.flat).join("");
    const findings = report.files[0].tables.flatMap((t) => [
      ...t.findings,
      ...t.rows.flatMap((r) => r.findings),
    ]);
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) expect(all).toContain(flat(f.message));
  });
});
