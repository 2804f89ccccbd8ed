/**
 * Every spreadsheet of the foreign corpus answered, as a new user would run `roadmap check` on
 * each, one at a time: within 10 s and 500 MB, with the right exit code, no table found (none
 * of them is a roadmap), no «повреждён» for the valid files issue 15 names, and messages in
 * plain Russian. Then one `consolidate` over the whole folder, which names every file it skips.
 * Prints a summary line: files, answered, slowest, peak memory, false tables.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import type { Report } from "../../src/core/report";

const ROOT = resolve(__dirname, "../..");
const CORPUS = process.env.ROADMAP_CORPUS ?? resolve(ROOT, "../shared/corpus/foreign-xlsx");
const CLI = join(ROOT, "dist-cli/roadmap.js");
const TIME_LIMIT_MS = 10_000;
const MEMORY_LIMIT = 500 * 1024 * 1024;

/** Valid files (LibreOffice opens each) that a reader once called corrupt. */
const VALID = [
  "ca_issue_261.xlsx",
  "ca_richtext-namespaced.xlsx",
  "cx_MultiplePartsHaveNonUniqueRelId-input.xlsx",
  "cx_NoReferencesOnRowsOrCells.xlsx",
  "cx_let_it_go_in_emoji-outputfile.xlsx",
  "poi_59021.xlsx",
  "poi_59746_NoRowNums.xlsx",
  "poi_ConditionalFormattingSamples.xlsx",
  "poi_craftonhills.edu_programreview_report.as_db0e23.xlsx",
  "poi_dataValidationTableRange.xlsx",
];
/** Files that hung a reader: whole-column validations, 50,000 merges. */
const HEAVY = ["ej_test-issue-1842.xlsx", "cx_DrawingSizeInPx.xlsx", "poi_57893-many-merges.xlsx"];
/** Words a Russian message may hold in Latin letters: names of formats and programs. */
const LATIN_ALLOWED = new Set([
  "Excel",
  "LibreOffice",
  "OpenDocument",
  "xlsx",
  "xls",
  "xlsb",
  "ods",
  "zip",
]);

if (!existsSync(CORPUS)) {
  throw new Error(
    `The corpus is not at ${CORPUS}: put it there (../shared/corpus/foreign-xlsx beside the repository) or set ROADMAP_CORPUS.`,
  );
}
const FILES = readdirSync(CORPUS)
  .filter((f) => f !== "SOURCES.md")
  .sort();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peak: number;
}

/** Peak resident memory of a process so far (Linux): VmHWM, which never goes down. */
function highWaterMark(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0; // the process has just ended
  }
}

/** Runs the built CLI; stopped (and failed) at `killAfterMs`, never left to hang the run. */
function cli(args: string[], killAfterMs: number): Promise<Run> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let peak = 0;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const poll = setInterval(() => (peak = Math.max(peak, highWaterMark(child.pid!))), 10);
    const kill = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("close", (code) => {
      clearInterval(poll);
      clearTimeout(kill);
      done({ code, stdout, stderr, ms: performance.now() - start, peak });
    });
  });
}

const results = new Map<string, Run & { tables: number; error: string | null }>();

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], {
    cwd: ROOT,
    stdio: "pipe",
  });
}, 120_000);

afterAll(() => {
  const runs = [...results.entries()];
  const answered = runs.filter(
    ([, r]) => r.code !== null && r.code <= 2 && r.stdout.startsWith("{"),
  );
  const slowest = runs.reduce((a, b) => (b[1].ms > a[1].ms ? b : a), runs[0]);
  const biggest = runs.reduce((a, b) => (b[1].peak > a[1].peak ? b : a), runs[0]);
  const falseTables = runs.filter(([, r]) => r.tables > 0).length;
  const codes = new Map<string, number>();
  for (const [, r] of runs) codes.set(r.error ?? "read", (codes.get(r.error ?? "read") ?? 0) + 1);
  const summary =
    `corpus: ${runs.length} files, ${answered.length} answered, ` +
    `slowest ${(slowest[1].ms / 1000).toFixed(2)} s (${slowest[0]}), ` +
    `peak memory ${Math.round(biggest[1].peak / 1048576)} MB (${biggest[0]}), ` +
    `false tables ${falseTables}; ` +
    [...codes.entries()].map(([c, n]) => `${c} ${n}`).join(", ");
  process.stdout.write(`\n${summary}\n\n`);
});

describe("roadmap check on every file of the foreign corpus", () => {
  it.each(FILES)(
    "%s",
    async (file) => {
      const run = await cli(["check", "--json", join(CORPUS, file)], TIME_LIMIT_MS * 3);
      const report = JSON.parse(run.stdout) as Report;
      const [entry] = report.files;
      results.set(file, { ...run, tables: entry.tables.length, error: entry.error?.code ?? null });

      expect(run.ms).toBeLessThan(TIME_LIMIT_MS);
      expect(run.peak).toBeLessThan(MEMORY_LIMIT);
      // None of them is a roadmap.
      expect(entry.tables).toEqual([]);
      expect(run.code).toBe(entry.error ? 2 : 0);
      if (VALID.includes(file) || HEAVY.includes(file)) expect(entry.error).toBeNull();
      if (entry.error) {
        const { message, detail } = entry.error;
        expect(message).toMatch(/[А-Яа-я]/);
        if (detail) expect(message).not.toContain(detail);
        const latin = message.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
        expect(latin.filter((w) => !LATIN_ALLOWED.has(w))).toEqual([]);
      }
    },
    TIME_LIMIT_MS * 4,
  );
});

describe("roadmap consolidate over the whole folder", () => {
  it("finishes within 2 minutes and names every file it skips", async () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-region-"));
    try {
      const run = await cli(["consolidate", CORPUS, "-o", join(dir, "region.xlsx")], 180_000);
      expect(run.ms).toBeLessThan(120_000);
      expect(run.code).toBe(0);
      const spreadsheets = FILES.filter((f) => extname(f) !== "" && !f.startsWith("~$"));
      const named = (f: string) =>
        run.stderr.includes(`${join(CORPUS, f)}:`) || run.stdout.includes(`${join(CORPUS, f)}:`);
      expect(spreadsheets.filter((f) => !named(f))).toEqual([]);
      expect(run.stdout).toContain(`Файлов: ${spreadsheets.length}`);
      process.stdout.write(
        `\ncorpus consolidate: ${spreadsheets.length} files in ${(run.ms / 1000).toFixed(1)} s, peak memory ${Math.round(run.peak / 1048576)} MB\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
