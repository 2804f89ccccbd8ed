/**
 * The `roadmap` command as a new user meets it at a terminal (issue 13): the real command,
 * built by esbuild as `npm ci` builds it (into a private folder, so that parallel test files do
 * not race on dist-cli/) and started as a process; its exit codes, stdout and stderr as seen.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "../..");
const seed = (name: string) => join(ROOT, "seeds", name);
const work = mkdtempSync(join(tmpdir(), "roadmap-new-user-"));
const bin = join(work, "cli", "roadmap.js");

beforeAll(async () => {
  await build({
    entryPoints: {
      roadmap: join(ROOT, "src/cli/main.ts"),
      "check-worker": join(ROOT, "src/hosts/file/budget/check-worker.ts"),
    },
    outdir: join(work, "cli"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["tsx"],
    logLevel: "silent",
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function roadmap(...args: string[]): Run {
  const r = spawnSync("node", [bin, ...args], { encoding: "utf8", cwd: work });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("--help (item 8)", () => {
  it.each([[[]], [["--help"]], [["-h"]], [["help"]]])(
    "roadmap %j prints the whole usage on stdout and exits 0",
    (args) => {
      const r = roadmap(...args);
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
      expect(r.out).toContain("roadmap check ФАЙЛ|ПАПКА…");
      expect(r.out).toContain("roadmap consolidate ФАЙЛ|ПАПКА… -o свод.xlsx");
      expect(r.out).toContain("Коды завершения:");
    },
  );

  it.each([["check"], ["consolidate"]])("roadmap %s --help and -h: its usage, exit 0", (cmd) => {
    for (const flag of ["--help", "-h"]) {
      const r = roadmap(cmd, flag);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`roadmap ${cmd} ФАЙЛ|ПАПКА…`);
      expect(r.out).toContain("-h, --help");
    }
  });

  it("speaks English when asked", () => {
    const r = roadmap("--help", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage:");
  });
});

describe("--as-of as Russians write it (item 9)", () => {
  it("15.01.2022 gives the same report as 2022-01-15", () => {
    const dotted = roadmap("check", seed("001-buinsk.xlsx"), "--as-of", "15.01.2022", "--json");
    const iso = roadmap("check", seed("001-buinsk.xlsx"), "--as-of", "2022-01-15", "--json");
    expect(dotted.code).toBe(1);
    expect(JSON.parse(dotted.out)).toEqual(JSON.parse(iso.out));
    expect(JSON.parse(dotted.out).asOf).toBe("2022-01-15");
  });

  it("consolidate takes it too", () => {
    const r = roadmap("consolidate", seed("001-buinsk.xlsx"), "--as-of", "5.1.2022", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).asOf).toBe("2022-01-05");
  });

  it.each(["31.02.2022", "2022-13-01", "15/01/2022", "вчера"])(
    "a day that is none (%s) is named as typed, in Russian",
    (day) => {
      const r = roadmap("check", seed("001-buinsk.xlsx"), "--as-of", day);
      expect(r.code).toBe(3);
      expect(r.err).toContain(`--as-of ${day}: ожидается дата ДД.ММ.ГГГГ или ГГГГ-ММ-ДД`);
      expect(r.err).not.toMatch(/asOf/);
    },
  );
});

describe("exit codes agree between commands and with the README (item 10)", () => {
  const badArgs: [string, string[], string][] = [
    ["an unknown option", ["--bogus"], "неизвестный параметр --bogus"],
    ["a bad date", ["--as-of", "32.01.2022"], "--as-of 32.01.2022"],
    ["a bad language", ["--lang", "de"], "--lang de: ожидается ru или en"],
    ["a missing value", ["--as-of"], "после --as-of нужно указать значение"],
  ];
  it.each(badArgs)("%s: exit 3 in check and in consolidate, in Russian", (_what, args, said) => {
    const check = roadmap("check", seed("001-buinsk.xlsx"), ...args);
    const out = join(work, "never.xlsx");
    const consolidate = roadmap("consolidate", seed("001-buinsk.xlsx"), "-o", out, ...args);
    for (const r of [check, consolidate]) {
      expect(r.code).toBe(3);
      expect(r.err).toContain(`Ошибка в параметрах: ${said}`);
      expect(r.err).not.toMatch(/Unknown option|argument missing|To specify/);
      expect(r.out).toBe("");
    }
    expect(existsSync(out)).toBe(false);
  });

  it("no files, or an unknown command: exit 3", () => {
    expect(roadmap("check").code).toBe(3);
    expect(roadmap("consolidate", "-o", join(work, "x.xlsx")).code).toBe(3);
    const r = roadmap("chek", "a.xlsx");
    expect(r.code).toBe(3);
    expect(r.err).toContain("неизвестная команда «chek»");
  });

  it.each([
    ["a read-only file system", "/sys/region.xlsx"],
    ["a path through a file", join(ROOT, "seeds", "001-buinsk.xlsx", "region.xlsx")],
  ])("an unwritable -o (%s): one Russian line, exit 4, before any summary", (_what, output) => {
    const r = roadmap(
      "consolidate",
      seed("001-buinsk.xlsx"),
      "-o",
      output,
      "--as-of",
      "15.01.2022",
    );
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toEqual([
      `Свод не записан: в ${output} нельзя записать — файл открыт в другой программе (например, в Excel) или папка недоступна для записи. Закройте файл или укажите другой путь.`,
    ]);
    expect(r.err).not.toMatch(/\bat \w|Error:/);
  });
});

describe("check of folders and of unreadable files (item 2)", () => {
  it("reads a folder as consolidate does, file by file", () => {
    const folder = join(work, "folder");
    mkdirSync(folder);
    copyFileSync(seed("001-buinsk.xlsx"), join(folder, "01.xlsx"));
    copyFileSync(seed("003-kansk.docx"), join(folder, "02.docx"));
    const r = roadmap("check", folder, "--as-of", "15.01.2022");
    expect(r.code).toBe(1);
    expect(r.out).toContain(join(folder, "01.xlsx"));
    expect(r.out).toContain(join(folder, "02.docx"));
    expect(r.out).toContain("Итого: таблиц 2");
    expect(r.out).not.toContain("Не удалось прочитать");
  });

  it("only unreadable files: no verdict of readiness, exit 2", () => {
    const r = roadmap("check", join(work, "nope.xlsx"), join(work, "nope2.docx"));
    expect(r.code).toBe(2);
    expect(r.out).not.toContain("Готово к отправке");
    expect(r.out).toContain("Ни один файл не удалось прочитать (2): проверять нечего");
  });

  it("some unreadable: the verdict is about the files read only", () => {
    const r = roadmap("check", join(work, "nope.xlsx"), seed("005-two-sheets.xlsx"));
    expect(r.code).toBe(2);
    expect(r.out).not.toMatch(/^Готово к отправке\.$/m);
    expect(r.out).toMatch(/в прочитанных файлах: 1 из 2|Прочитанные файлы \(1 из 2\)/);
  });

  it("an empty folder: says that nothing was found, exit 2", () => {
    const empty = join(work, "empty");
    mkdirSync(empty);
    const r = roadmap("check", empty);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Не найдено ни одной таблицы или документа Word");
    expect(r.out).not.toContain("Готово к отправке");
  });
});

describe("Russian throughout and plain wording (items 7, 11)", () => {
  const check = () => roadmap("check", seed("002-kislovodsk.xlsx"), "--as-of", "15.01.2022");

  it("names columns by their Russian roles, year columns together", () => {
    const r = check();
    expect(r.out).toContain(
      "Графы: A — номер; B — мероприятие; C — ожидаемый результат; D — показатели; E, F, G — срок; H — ответственные",
    );
    expect(r.out).not.toMatch(/=(number|activity|deadline|responsible|expectedResult)\b/);
  });

  it("«заголовок в строке 4» for a one-row header, «в строках 10–12» for several", () => {
    expect(check().out).toContain("заголовок в строках 10–12");
    const one = roadmap("check", seed("001-buinsk.xlsx"), "--as-of", "15.01.2022");
    expect(one.out).toContain("Лист «План», заголовок в строке 11");
    expect(one.out).not.toMatch(/в строках (\d+)–\1\b/);
  });

  it("a title already in quotation marks is not quoted again", () => {
    const r = check();
    expect(r.out).toContain("  Название: «Дорожная карта» разработки");
    expect(r.out).not.toContain("««");
  });

  it("a duplicate number is quoted: «Номер «3.» уже встречается»", () => {
    const r = roadmap(
      "check",
      seed("000-dalnerechensk.xlsx"),
      seed("005-two-sheets.xlsx"),
      "--json",
    );
    const messages: string[] = JSON.parse(r.out).files.flatMap(
      (f: { tables: { rows: { findings: { code: string; message: string }[] }[] }[] }) =>
        f.tables.flatMap((t) =>
          t.rows.flatMap((row) =>
            row.findings.filter((x) => x.code === "duplicate-number").map((x) => x.message),
          ),
        ),
    );
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/^Номер «[^»]+» уже встречается в строке \d+$/);
  });

  it("the consolidation's share column says what it counts", () => {
    const r = roadmap(
      "consolidate",
      seed("001-buinsk.xlsx"),
      seed("007-schools.xlsx"),
      "--as-of",
      "15.01.2022",
      "-o",
      join(work, "r.xlsx"),
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("Выполнено из наступивших");
    expect(r.out).toContain(
      "«Выполнено из наступивших» — доля выполненных среди мероприятий, срок которых уже наступил",
    );
    expect(r.out).not.toMatch(/ В срок\b/);
  });
});
