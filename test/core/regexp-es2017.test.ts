/**
 * Every regular expression the core builds at run time is one EdgeHTML 18 can build (ES2017:
 * no lookbehind, named groups, \p{…} or s flag). The deadline grammar joins its patterns from
 * strings (`new RegExp(`${A}…`)`), which no linter sees; test/support/regexp-guard.js, set up for
 * every unit test, refuses such a pattern from src/ wherever it is built. Here the seed pipeline
 * and the real deadline phrases run, and what was built is read back and validated again.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkGrids } from "../../src/core/check";
import { parseDeadline } from "../../src/core/deadline";
import { parseStatus } from "../../src/core/status";
import { readWorkbookGrids } from "../../src/hosts/file/read";
import { es2017RegExpError } from "../support/regexp-es2017";
import { REAL_PHRASES } from "./deadline/real-phrases.data";
import { seedDeadlines } from "./deadline/seed-cells";

interface Built {
  source: string;
  flags: string;
  from: string;
  error: string | null;
}

const built = () => [
  ...(globalThis as unknown as { __es2017RegExps: Map<string, Built> }).__es2017RegExps.values(),
];

const SEEDS = ["000-dalnerechensk", "001-buinsk", "002-kislovodsk", "003-kansk", "004-primorsky"];

describe("regular expressions the core builds at run time", () => {
  beforeAll(async () => {
    const ctx = { period: { start: "2020-09-01", end: "2021-08-31" }, asOf: "2021-03-15" };
    for (const p of REAL_PHRASES) parseDeadline(p.text, ctx);
    for (const seed of ["000", "001", "003", "004"]) {
      for (const text of seedDeadlines(seed)) {
        parseDeadline(text, ctx);
        parseStatus(text);
      }
    }
    for (const name of [...SEEDS, "005-two-sheets", "006-stacked", "007-schools"]) {
      const grids = await readWorkbookGrids(
        readFileSync(join(__dirname, "../../seeds", `${name}.xlsx`)),
      );
      checkGrids(grids, { settings: { asOf: "2022-01-15" } });
    }
  });

  it("are recorded from the grammar's own modules", () => {
    const from = new Set(built().map((b) => b.from.split(":")[0]));
    for (const file of [
      "src/core/deadline/not-after.ts",
      "src/core/deadline/months.ts",
      "src/core/deadline/vague.ts",
      "src/core/recognize/municipality.ts",
      "src/core/recognize/normalize.ts",
    ]) {
      expect([file, from.has(file)]).toEqual([file, true]);
    }
    expect(built().length).toBeGreaterThan(15);
  });

  it("are all valid ES2017 regular expressions", () => {
    const invalid = built()
      .map((b) => ({ ...b, error: es2017RegExpError(b.source, b.flags) }))
      .filter((b) => b.error !== null)
      .map((b) => `${b.from}: /${b.source}/${b.flags} — ${b.error}`);
    expect(invalid).toEqual([]);
  });

  it("are refused where src/ would build one ES2017 cannot", () => {
    // A pattern joined at run time, as the grammar's are, from a lookbehind piece.
    const piece = "(?<![а-я])";
    const { NotAfter } = jest.requireActual("../../src/core/deadline/not-after") as {
      NotAfter: new (source: string, refused: RegExp) => unknown;
    };
    expect(() => new NotAfter(`${piece}год`, /x/y)).toThrow(
      /src\/core\/deadline\/not-after\.ts:\d+ builds \/\(\?<!\[а-я\]\)год\/g, which EdgeHTML 18/,
    );
    // The same pattern built by a test is only recorded, not refused.
    expect(new RegExp(`${piece}год`).test("год")).toBe(true);
  });
});
