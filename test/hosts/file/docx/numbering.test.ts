import {
  formatCounter,
  ListCounter,
  parseNumbering,
} from "../../../../src/hosts/file/docx/numbering";
import { decimalList, wrapPart } from "../../../support/word";

const numbering = (inner: string) => parseNumbering(wrapPart("numbering", inner));

describe("Word list numbering", () => {
  it("counts a decimal list in order: 1. 2. 3.", () => {
    const lists = new ListCounter(numbering(decimalList("0", ["%1."], ["1"])));
    expect([lists.label("1", 0), lists.label("1", 0), lists.label("1", 0)]).toEqual([
      "1. ",
      "2. ",
      "3. ",
    ]);
  });

  it("counts levels: 1. 1.1. 1.2. 2. 2.1. — a deeper level restarts under a new higher one", () => {
    const lists = new ListCounter(numbering(decimalList("0", ["%1.", "%1.%2."], ["1"])));
    const labels = [0, 1, 1, 0, 1].map((lvl) => lists.label("1", lvl).trim());
    expect(labels).toEqual(["1.", "1.1.", "1.2.", "2.", "2.1."]);
  });

  it("lets list instances of one abstract list share its count, unless one restarts", () => {
    const inner =
      decimalList("0", ["%1."], ["1", "2"]) +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const lists = new ListCounter(numbering(inner));
    expect([
      lists.label("1", 0),
      lists.label("2", 0),
      lists.label("3", 0),
      lists.label("3", 0),
    ]).toEqual(["1. ", "2. ", "1. ", "2. "]);
  });

  it("starts where the level says and uses the level's own format", () => {
    const inner =
      `<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1)"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>`;
    const lists = new ListCounter(numbering(inner));
    expect([lists.label("9", 0), lists.label("9", 0)]).toEqual(["III)", "IV)"]);
  });

  it("draws no label for a bullet or an unknown list", () => {
    const inner =
      `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>`;
    const lists = new ListCounter(numbering(inner));
    expect(lists.label("4", 0)).toBe("");
    expect(lists.label("99", 0)).toBe("");
    expect(lists.label("4", 5)).toBe("");
  });

  it("formats counters as Word does", () => {
    expect(
      [
        "decimal",
        "decimalZero",
        "lowerLetter",
        "upperLetter",
        "lowerRoman",
        "russianLower",
        "russianUpper",
      ].map((f) => formatCounter(4, f)),
    ).toEqual(["4", "04", "d", "D", "iv", "г", "Г"]);
    expect(formatCounter(27, "lowerLetter")).toBe("aa");
    expect(formatCounter(1994, "upperRoman")).toBe("MCMXCIV");
  });
});
