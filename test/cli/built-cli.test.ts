/**
 * The CLI as users run it: built to JavaScript by esbuild (what `npm ci` does through
 * `prepare`) and started as a process, it answers exactly as the sources do in-process.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "../..");
const seed = (name: string) => join(ROOT, "seeds", name);

async function inProcess(argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await main(argv, { stdout: (s) => void (out += s), stderr: () => undefined });
  return { code, out };
}

describe("the built CLI (dist-cli/roadmap.js)", () => {
  beforeAll(() => {
    execFileSync("node", [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "pipe" });
  }, 120_000);

  it("checks files as the sources do, with the same exit code", async () => {
    const argv = [
      "check",
      seed("001-buinsk.xlsx"),
      seed("007-schools.xlsx"),
      "--json",
      "--as-of",
      "2022-01-15",
    ];
    const built = spawnSync(join(ROOT, "dist-cli/roadmap.js"), argv, { encoding: "utf8" });
    const expected = await inProcess(argv);
    expect(built.status).toBe(expected.code);
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(expected.out));
    expect(JSON.parse(built.stdout).files[0].tables).toHaveLength(1);
  });

  it("checks Word documents on its budget threads, named «таблица N, строка M»", async () => {
    const docs = ["000-dalnerechensk.docx", "002-kislovodsk.docx", "003-kansk.docx"].map(seed);
    const argv = ["check", ...docs, "--as-of", "2022-01-15"];
    const built = spawnSync(join(ROOT, "dist-cli/roadmap.js"), argv, { encoding: "utf8" });
    const expected = await inProcess(argv);
    expect(built.status).toBe(expected.code);
    expect(built.stdout).toBe(expected.out);
    expect(built.stdout).toMatch(/таблица 1, строка \d+, столбец \d+: /);
    const json = spawnSync(join(ROOT, "dist-cli/roadmap.js"), [...argv, "--json"], {
      encoding: "utf8",
    });
    expect(JSON.parse(json.stdout).files.map((f: { error: unknown }) => f.error)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("consolidates Word documents into the regional workbook", () => {
    const dir = mkdtempSync(join(tmpdir(), "built-cli-docx-"));
    try {
      const docs = ["000-dalnerechensk.docx", "001-buinsk.docx", "004-primorsky.docx"];
      const built = spawnSync(
        join(ROOT, "dist-cli/roadmap.js"),
        ["consolidate", ...docs.map(seed), "-o", join(dir, "region.xlsx"), "--as-of", "2022-01-15"],
        { encoding: "utf8" },
      );
      expect(built.status).toBe(0);
      expect(built.stdout).toContain("Файлов: 3\n");
      expect(built.stdout).toContain("Муниципалитетов: 3 · таблиц: 3 · мероприятий: 79");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints its usage in Russian and exits with 0 without a command", () => {
    const built = spawnSync("node", [join(ROOT, "dist-cli/roadmap.js")], { encoding: "utf8" });
    expect(built.status).toBe(0);
    expect(built.stdout).toContain("Использование:");
  });
});
