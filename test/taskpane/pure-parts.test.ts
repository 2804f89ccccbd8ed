import { ExcelHostError } from "../../src/hosts/excel/errors";
import { FileReadError } from "../../src/hosts/file/file-error";
import { describeError } from "../../src/taskpane/describe-error";
import { collectFindings, countIssues, filterFindings } from "../../src/taskpane/check/findings";
import { localToday } from "../../src/core/validate/clock";
import { runCheck } from "../../src/taskpane/check/run-check";
import { MESSAGES, pickLang } from "../../src/taskpane/i18n";
import { AS_OF, seedGrids } from "./helpers";

/** Every key path of a texts object, functions as leaves. */
function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("texts", () => {
  it("has the same keys in Russian and English, none empty", () => {
    expect(keys(MESSAGES.en)).toEqual(keys(MESSAGES.ru));
    for (const lang of ["ru", "en"] as const) {
      for (const [k, v] of Object.entries(MESSAGES[lang])) {
        if (typeof v === "string") expect(`${k}: ${v.trim()}`).not.toBe(`${k}: `);
      }
    }
  });

  it("uses Russian plural forms", () => {
    const rules = (n: number) => MESSAGES.ru.notices.unreadableFormats("План", n).split(" ")[4];
    expect([1, 2, 5, 11, 21, 22, 25].map(rules)).toEqual([
      "правило",
      "правила",
      "правил",
      "правил",
      "правило",
      "правила",
      "правил",
    ]);
    expect(MESSAGES.ru.cleared(0)).toBe("Выделения не было.");
    expect(MESSAGES.ru.cleared(3)).toBe("Выделение снято.");
  });

  it("is English only for an English display language, or when asked", () => {
    expect(pickLang("en-US")).toBe("en");
    expect(pickLang("EN-gb")).toBe("en");
    expect(pickLang("ru-RU")).toBe("ru");
    expect(pickLang("tt-RU")).toBe("ru");
    expect(pickLang(undefined)).toBe("ru");
    expect(pickLang("ru-RU", "en")).toBe("en");
    expect(pickLang("en-US", "ru")).toBe("ru");
    expect(pickLang("en-US", "de")).toBe("en");
  });
});

describe("errors in plain words", () => {
  const ru = MESSAGES.ru;
  it("names the sheet, the column or the file problem", () => {
    expect(describeError(new ExcelHostError("sheet-too-large", "x", { sheet: "Данные" }), ru)).toBe(
      ru.errors.sheetTooLarge("Данные"),
    );
    expect(
      describeError(
        new ExcelHostError("status-column-occupied", "x", { sheet: "План", column: "H" }),
        ru,
      ),
    ).toBe(ru.errors.statusColumnOccupied("План", "H"));
    expect(describeError(new FileReadError("encrypted"), MESSAGES.en)).toBe(
      MESSAGES.en.errors.file.encrypted,
    );
    expect(describeError(new Error("сбой сети"), ru)).toBe(ru.errors.unexpected("сбой сети"));
    expect(describeError("строка", ru)).toBe(ru.errors.unexpected("строка"));
  });
});

describe("findings for the list", () => {
  it("groups the report per table, keeps every finding and counts the blocking ones", async () => {
    const outcome = runCheck(await seedGrids("006-stacked.xlsx"), {
      asOf: AS_OF,
      lang: "ru",
      overrides: [],
      file: "006-stacked.xlsx",
    });
    const groups = collectFindings(outcome.report);
    const reportTables = outcome.report.files[0].tables;
    expect(groups.map((g) => g.sheet)).toEqual(reportTables.map((t) => t.sheet));
    groups.forEach((g, i) => {
      const t = reportTables[i];
      expect(g.items).toHaveLength(
        t.findings.length + t.rows.reduce((n, r) => n + r.findings.length, 0),
      );
      for (const item of g.items) expect(item.cell).toMatch(/^[A-Z]+\d+$/);
    });
    const all = groups.flatMap((g) => g.items);
    expect(countIssues(outcome.report)).toBe(all.filter((f) => f.severity !== "info").length);
    const errors = filterFindings(groups, { severity: "error", text: "" }).flatMap((g) => g.items);
    expect(errors).toEqual(all.filter((f) => f.severity === "error"));
    // ё and е are one letter to a search, as to a reader.
    const withYo = filterFindings(groups, { severity: "all", text: "ПРОШЁЛ" }).flatMap(
      (g) => g.items,
    );
    const withYe = filterFindings(groups, { severity: "all", text: "прошел" }).flatMap(
      (g) => g.items,
    );
    expect(withYo.length).toBeGreaterThan(0);
    expect(withYo).toEqual(withYe);
  });
});

describe("today", () => {
  it("is the local calendar day", () => {
    expect(localToday(new Date(2022, 0, 5, 0, 30))).toBe("2022-01-05");
    expect(localToday(new Date(2021, 11, 31, 23, 59))).toBe("2021-12-31");
  });
});
