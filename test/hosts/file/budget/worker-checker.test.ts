import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile } from "../../../../src/hosts/file/check-files";
import { WorkerChecker } from "../../../../src/hosts/file/budget/worker-checker";
import { parseSettings } from "../../../../src/core/validate/settings";
import { docxBytes, row, tbl } from "../../../support/word";

jest.setTimeout(60_000);

const seed = (name: string) => join(__dirname, "../../../../seeds", name);
const settings = parseSettings({ asOf: "2022-01-15" });
const withTsx = [...process.execArgv, "--require", require.resolve("tsx/cjs")];

describe("WorkerChecker", () => {
  it("checks files on its thread exactly as in process", async () => {
    const checker = new WorkerChecker();
    try {
      const files = ["001-buinsk.xlsx", "005-two-sheets.xlsx", "nope.xlsx"].map(seed);
      const threaded = await Promise.all(files.map((f) => checker.check(f, settings)));
      const direct = await Promise.all(files.map((f) => checkFile(f, settings)));
      expect(threaded).toEqual(direct);
      expect(threaded[0].tables).toHaveLength(1);
      expect(threaded[2].error?.code).toBe("not-found");
    } finally {
      await checker.close();
    }
  });

  it("reads and checks Word documents on its thread too, exactly as in process", async () => {
    const checker = new WorkerChecker();
    try {
      const files = ["002-kislovodsk.docx", "003-kansk.docx", "001-buinsk.xlsx"].map(seed);
      const threaded = await Promise.all(files.map((f) => checker.check(f, settings)));
      const direct = await Promise.all(files.map((f) => checkFile(f, settings)));
      expect(threaded).toEqual(direct);
      expect(threaded.map((f) => f.format)).toEqual(["docx", "docx", "xlsx"]);
    } finally {
      await checker.close();
    }
  });

  it("stops a hostile Word document at its memory budget, and the next file goes on", async () => {
    // 20,000 rows of 2,000 letters each: about 80 MB of document XML in a zip of a few hundred
    // KB, under every limit of the reader, and far more than the thread's 48 MB heap.
    const dir = mkdtempSync(join(tmpdir(), "hostile-docx-"));
    const hostile = join(dir, "hostile.docx");
    const cell = "д".repeat(2_000);
    const rows = Array.from({ length: 20_000 }, (_, i) => row(String(i + 1), cell));
    writeFileSync(hostile, docxBytes(tbl([row("№", "Мероприятие"), ...rows], [500, 4000])));
    const checker = new WorkerChecker({ budget: { timeMs: 50_000, heapMb: 48 }, threads: 1 });
    try {
      const [bad, next] = await Promise.all([
        checker.check(hostile, settings),
        checker.check(seed("004-primorsky.docx"), settings),
      ]);
      expect(bad.error).toMatchObject({
        code: "too-complex",
        message: expect.stringContaining("не хватило 48 МБ памяти"),
      });
      expect(next.error).toBeNull();
      expect(next.format).toBe("docx");
      expect(next.tables.length).toBeGreaterThan(0);
    } finally {
      await checker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const trouble = (budget: { timeMs: number; heapMb: number }) =>
    new WorkerChecker({
      budget,
      script: join(__dirname, "trouble-worker.ts"),
      execArgv: withTsx,
    });

  it("stops a file past its time and goes on with the next on a fresh thread", async () => {
    const checker = trouble({ timeMs: 3_000, heapMb: 256 });
    try {
      const hang = await checker.check("/tmp/hang.xlsx", settings);
      expect(hang).toEqual({
        file: "/tmp/hang.xlsx",
        tables: [],
        error: {
          code: "too-complex",
          message: expect.stringContaining("не удалось прочитать за 3 с"),
          detail: "stopped after 3000 ms",
        },
      });
      const next = await checker.check(seed("001-buinsk.xlsx"), settings);
      expect(next.error).toBeNull();
      expect(next.tables).toHaveLength(1);
    } finally {
      await checker.close();
    }
  });

  it("lets the other files go on on the other thread while one hangs, answers in order", async () => {
    const checker = new WorkerChecker({
      budget: { timeMs: 20_000, heapMb: 256 },
      script: join(__dirname, "trouble-worker.ts"),
      execArgv: withTsx,
      threads: 2,
    });
    try {
      const done: string[] = [];
      const files = ["/tmp/hang-2.xlsx", seed("001-buinsk.xlsx"), seed("007-schools.xlsx")];
      const all = Promise.all(
        files.map((f) => checker.check(f, settings).then((r) => (done.push(f), r))),
      );
      const results = await all;
      // Both seeds were checked while the hanging file still ran: it finished last.
      expect(done).toEqual([files[1], files[2], files[0]]);
      expect(results.map((r) => r.file)).toEqual(files);
      expect(results.map((r) => r.error?.code ?? null)).toEqual(["too-complex", null, null]);
    } finally {
      await checker.close();
    }
  });

  it("reports a file that runs out of its heap, in the report's language", async () => {
    const checker = trouble({ timeMs: 50_000, heapMb: 48 });
    try {
      const hog = await checker.check("/tmp/hog.xlsx", parseSettings({ lang: "en" }));
      expect(hog.error).toMatchObject({
        code: "too-complex",
        message: expect.stringContaining("more than 48 MB of memory"),
      });
      expect((await checker.check(seed("007-schools.xlsx"), settings)).error).toBeNull();
    } finally {
      await checker.close();
    }
  });

  it("lets a bug of ours surface instead of blaming the file", async () => {
    const checker = trouble({ timeMs: 10_000, heapMb: 256 });
    try {
      await expect(checker.check("/tmp/bug.xlsx", settings)).rejects.toThrow(/a bug/);
      expect((await checker.check(seed("007-schools.xlsx"), settings)).error).toBeNull();
    } finally {
      await checker.close();
    }
  });
});
