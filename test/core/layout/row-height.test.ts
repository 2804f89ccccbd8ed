import { charWidthEm } from "../../../src/core/layout/font-metrics";
import { MAX_ROW_HEIGHT, TextFit, WORKBOOK_FONT } from "../../../src/core/layout/row-height";

const ACTIVITY =
  "Организация и проведение мониторинга качества подготовки обучающихся общеобразовательных организаций в форме всероссийских проверочных работ";

describe("character widths", () => {
  it("are Arial's: Cyrillic wider than Latin, bold at least as wide, digits alike", () => {
    const w = (s: string, bold = false) => charWidthEm(s.charCodeAt(0), bold);
    expect(w("ш")).toBeGreaterThan(w("a"));
    expect(w("Ж")).toBeGreaterThan(w("ж"));
    expect(w("0")).toBeCloseTo(0.556, 3);
    expect(w("7")).toBe(w("0"));
    for (const ch of "абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
      expect(w(ch, true)).toBeGreaterThanOrEqual(w(ch));
    // Anything unknown counts as wide, never as narrow.
    expect(w("漢")).toBeGreaterThanOrEqual(w("Ш"));
  });
});

describe("TextFit.lines", () => {
  const fit = new TextFit(WORKBOOK_FONT);

  it("keeps a short text on one line", () => {
    expect(fit.lines("", 10)).toBe(1);
    expect(fit.lines("просрочено", 12)).toBe(1);
    expect(fit.lines("Сентябрь 2021", 16)).toBe(1);
  });

  it("wraps a long text into more lines the narrower the column", () => {
    const wide = fit.lines(ACTIVITY, 60);
    const mid = fit.lines(ACTIVITY, 30);
    const narrow = fit.lines(ACTIVITY, 15);
    expect(wide).toBeGreaterThanOrEqual(3);
    expect(mid).toBeGreaterThan(wide);
    expect(narrow).toBeGreaterThan(mid);
    // A line never holds more characters than fit in the column: at most ~1.3 × the width.
    expect(mid).toBeGreaterThanOrEqual(Math.ceil(ACTIVITY.length / (30 * 1.3)));
  });

  it("counts each line break, and an empty line too", () => {
    expect(fit.lines("а\nб\nв", 20)).toBe(3);
    expect(fit.lines("а\n\nв", 20)).toBe(3);
    expect(fit.lines("а\r\nб", 20)).toBe(2);
  });

  it("moves a word that does not fit to the next line instead of splitting it", () => {
    // Two words that each fill most of the line take two lines, not one and a bit.
    const word = "ж".repeat(8);
    expect(fit.lines(`${word} ${word}`, 12)).toBe(2);
  });

  it("breaks after a hyphen as spreadsheets do, and a word longer than the line anywhere", () => {
    expect(fit.lines("deadline-year-ambiguous", 12)).toBeGreaterThanOrEqual(2);
    expect(fit.lines("ж".repeat(100), 10)).toBeGreaterThanOrEqual(8);
  });

  it("measures bold and larger text as wider, and an unknown family more generously", () => {
    const text = "Ответственные исполнители мероприятий";
    expect(fit.lines(text, 14, { size: 10, bold: true })).toBeGreaterThanOrEqual(
      fit.lines(text, 14),
    );
    expect(fit.lines(ACTIVITY, 30, { size: 14 })).toBeGreaterThan(fit.lines(ACTIVITY, 30));
    const unknown = new TextFit({ size: 10, name: "Comic Sans MS" });
    expect(unknown.lines(ACTIVITY, 30)).toBeGreaterThanOrEqual(fit.lines(ACTIVITY, 30));
  });

  it("gives a larger default font wider columns (its digit is wider)", () => {
    const big = new TextFit({ size: 14, name: "Times New Roman" });
    expect(big.columnPoints(20)).toBeGreaterThan(fit.columnPoints(20));
  });
});

describe("TextFit heights", () => {
  const fit = new TextFit(WORKBOOK_FONT);

  it("grows with the lines, at least as tall as Excel fits Arial 10, never past 409 pt", () => {
    expect(fit.height(1)).toBeGreaterThanOrEqual(12.75);
    expect(fit.height(5)).toBeGreaterThanOrEqual(5 * 12.75);
    expect(fit.height(10)).toBeGreaterThan(fit.height(5));
    expect(fit.height(1000)).toBe(MAX_ROW_HEIGHT);
  });

  it("leaves a row of short cells at the default height and fits the tallest cell", () => {
    const columns = [
      { width: 20, wrap: true },
      { width: 30, wrap: true },
      { width: 10, wrap: false },
    ];
    expect(fit.rowHeight(["Канск", "Сентябрь 2021", 5], columns)).toBeNull();
    const h = fit.rowHeight(["Канск", ACTIVITY, ACTIVITY], columns)!;
    expect(h).toBe(fit.height(fit.lines(ACTIVITY, 30)));
    // A column that does not wrap keeps its text on one line.
    expect(fit.rowHeight(["Канск", "x", ACTIVITY], columns)).toBeNull();
  });

  it("fits a cell in a larger font (a title) even on one line", () => {
    const h = fit.rowHeight(["Свод"], [{ width: 20, wrap: false }], [{ size: 14, bold: true }]);
    expect(h).toBe(fit.height(1, { size: 14 }));
  });
});

describe("TextFit in a workbook of Calibri 11", () => {
  it("gives each line at least Excel's 15 points", () => {
    const fit = new TextFit({ size: 11, name: "Calibri" });
    for (const n of [1, 4, 10]) expect(fit.height(n)).toBeGreaterThanOrEqual(15 * n);
  });
});
