/** The building blocks of the seed script: text parsing, drafts, zip stamping, README. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SEED_DIR, readSeedTexts } from "../../scripts/build-seeds";
import { integerOrText } from "../../scripts/seeds/body";
import { SheetDraft, heightFor } from "../../scripts/seeds/draft";
import { renderReadme } from "../../scripts/seeds/readme";
import { workbookBytes } from "../../scripts/seeds/render";
import { breakNumbered } from "../../scripts/seeds/s003-kansk";
import { cellBlocks, cleanCell, paragraphs, readLines } from "../../scripts/seeds/source";
import { planWorkbooks } from "../../scripts/seeds/workbooks";
import { stampZipEntries } from "../../scripts/seeds/zip-dates";
import { zipEntry } from "./support";

describe("seed text parsing", () => {
  test("TAB lines: cells cleaned, trailing empty cells dropped, leading ones kept", () => {
    const [a, b, c] = readLines("1\t  Мероприятие \t\t\n\t\tфрагмент\t\n");
    expect(a.cells).toEqual(["1", "Мероприятие"]);
    expect(b.cells).toEqual(["", "", "фрагмент"]);
    expect(b.hasTab).toBe(true);
    expect(c.blank).toBe(true);
    expect(a.no).toBe(1);
  });

  test("cleanCell trims every line and drops bold markers, keeping inner spaces", () => {
    expect(cleanCell("**ПЛАН  («дорожная карта») \n  в 2021 году**")).toBe(
      "ПЛАН  («дорожная карта»)\nв 2021 году",
    );
  });

  test("paragraphs are runs of non-blank lines", () => {
    const runs = paragraphs(readLines("a\nb\n\n\nc\n"));
    expect(runs.map((p) => p.map((l) => l.raw))).toEqual([["a", "b"], ["c"]]);
  });

  test("cell blocks: a TAB opens a cell, a bare line continues it, a blank line ends the row", () => {
    const blocks = cellBlocks("Title\nmore\n\n\t1.\n\tДо 23 сентября\n2020\n\tИванов\n\n\n");
    expect(blocks).toEqual([
      { firstLine: 1, cells: [], loose: ["Title", "more"] },
      { firstLine: 4, cells: ["1.", "До 23 сентября\n2020", "Иванов"], loose: [] },
    ]);
  });

  test("all five seed texts are read by id", async () => {
    const { texts, files } = await readSeedTexts(SEED_DIR);
    expect(Object.keys(texts)).toEqual(["000", "001", "002", "003", "004"]);
    for (const [id, name] of Object.entries(files)) {
      expect(texts[id]).toBe(await readFile(path.join(SEED_DIR, name), "utf8"));
    }
  });
});

describe("cell values", () => {
  test("plain integers become numbers, anything else stays text", () => {
    expect(["1", "10", "1.", "1.2", "3.3.", "не менее 1", "1; 2"].map(integerOrText)).toEqual([
      1,
      10,
      "1.",
      "1.2",
      "3.3.",
      "не менее 1",
      "1; 2",
    ]);
  });

  test("numbered activities in one cell get a line break before each number", () => {
    expect(breakNumbered("1. Сбор данных 2. Оформление ОР 3. Анализ")).toBe(
      "1. Сбор данных\n2. Оформление ОР\n3. Анализ",
    );
    expect(breakNumbered("1.Заключены (да/нет) 2.Количество 8. Есть")).toBe(
      "1.Заключены (да/нет)\n2.Количество\n8. Есть",
    );
    expect(breakNumbered("учащихся 2-11 классов на 2021-2022 гг. в 9 и 11 классах")).toBe(
      "учащихся 2-11 классов на 2021-2022 гг. в 9 и 11 классах",
    );
  });
});

describe("SheetDraft", () => {
  test("rows are appended at the cursor; empty values leave no cell", () => {
    const d = new SheetDraft("S", [10, 20, 30], "word", true);
    d.skip(2);
    const r = d.add("body", ["a", null, ""], { startCol: 2 });
    expect(r).toBe(3);
    expect(d.valueAt(3, 2)).toBe("a");
    expect(d.valueAt(3, 3)).toBeNull();
    expect(d.next).toBe(4);
  });

  test("overlapping merges are refused with the ranges named", () => {
    const d = new SheetDraft("S", [10, 20, 30], "word", true);
    d.add("title", ["t"], { mergeTo: 3 });
    expect(() => d.merge({ top: 1, left: 2, bottom: 2, right: 2 })).toThrow(/B1:B2.*A1:C1/);
  });

  test("row height grows with wrapped lines", () => {
    expect(heightFor("short", 50)).toBe(16);
    expect(heightFor("a\nb", 50)).toBe(32);
    expect(heightFor("x".repeat(100), 50)).toBe(48);
  });
});

describe("zip stamping and layouts", () => {
  test("every entry of a workbook gets the fixed time; the parts stay readable", async () => {
    const { texts } = await readSeedTexts(SEED_DIR);
    const [plan] = planWorkbooks(texts);
    const zip = await workbookBytes(plan);
    const stamped = stampZipEntries(Buffer.from(zip), new Date(Date.UTC(2000, 0, 2, 3, 4, 6)));
    const end = stamped.length - 22;
    let p = stamped.readUInt32LE(end + 16);
    const count = stamped.readUInt16LE(end + 10);
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      expect(stamped.readUInt16LE(p + 14)).toBe(((2000 - 1980) << 9) | (1 << 5) | 2);
      expect(stamped.readUInt16LE(p + 12)).toBe((3 << 11) | (4 << 5) | 3);
      p += 46 + stamped.readUInt16LE(p + 28) + stamped.readUInt16LE(p + 30) + stamped.readUInt16LE(p + 32);
    }
    expect(zipEntry(stamped, "xl/workbook.xml")).toContain('name="Дорожная карта"');
    expect(() => stampZipEntries(Buffer.from("not a zip at all, clearly not"), new Date())).toThrow(
      /end-of-central-directory/,
    );
  });

  test("a missing or malformed seed text is refused with a clear message", () => {
    expect(() => planWorkbooks({})).toThrow("Seed text 000_*.txt is missing.");
    expect(() => planWorkbooks({ "000": "\tno title" })).toThrow(
      "Seed 000: the text must open with the title lines.",
    );
  });

  test("the README renders decoy sheets and tables from the layout data", async () => {
    const { texts } = await readSeedTexts(SEED_DIR);
    const plans = planWorkbooks(texts);
    const readme = renderReadme(
      plans.map((p) => ({ file: p.file, sources: p.sources, sheets: p.sheets.map((s) => s.layout) })),
    );
    expect(readme).toContain("### Sheet «Школы» — not a roadmap (decoy)");
    const continuations = plans.flatMap((p) =>
      p.sheets.flatMap((s) => s.layout.tables.flatMap((t) => t.continuations)),
    );
    expect(continuations.length).toBeGreaterThan(0);
    for (const c of continuations) {
      expect(readme).toContain(`| ${c.row} | ${c.continues} | ${c.columns.join(", ")} |`);
    }
    expect(readme.endsWith("\n")).toBe(true);
    expect(readme).not.toMatch(/\n{3}/);
  });
});
