import { FileReadError } from "../../../../src/hosts/file/file-error";
import { MUNICIPAL_LIMITS } from "../../../../src/hosts/file/xlsx/limits";
import {
  dateOfSerial,
  readWorksheet,
  type SheetContext,
} from "../../../../src/hosts/file/xlsx/worksheet";
import { XmlScanner } from "../../../../src/hosts/file/xlsx/xml-scanner";
import { sheetXml } from "./package";

function ctx(over: Partial<SheetContext> = {}): SheetContext {
  return {
    sharedStrings: ["Мероприятие", "Срок", ""],
    dateStyles: [false, true],
    date1904: false,
    limits: MUNICIPAL_LIMITS,
    cellsSoFar: 0,
    ...over,
  };
}

const read = (xml: string, c = ctx()) => readWorksheet(new XmlScanner(xml), c);

describe("readWorksheet: values", () => {
  it("reads every cell type; a formula by its cached result", () => {
    const xml = sheetXml(
      `<row r="1">` +
        `<c r="A1" t="s"><v>0</v></c>` +
        `<c r="B1" t="inlineStr"><is><r><t>До </t></r><r><t>01.10</t></r></is></c>` +
        `<c r="C1" t="str"><f>A1&amp;"!"</f><v>Мероприятие!</v></c>` +
        `<c r="D1" t="b"><v>1</v></c>` +
        `<c r="E1" t="b"><f>FALSE()</f><v>0</v></c>` +
        `<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
        `<c r="G1"><v>42.5</v></c>` +
        `<c r="H1" t="n"><f>SUM(G1)</f><v>0</v></c>` +
        `<c r="I1" t="d"><v>2021-09-01</v></c>` +
        `<c r="J1" t="d"><v>2021-09-01T12:30:00</v></c>` +
        `<c r="K1" s="1"><v>44440</v></c>` +
        `<c r="L1" t="s"><v>2</v></c>` +
        `</row>`,
    );
    expect(read(xml).cells).toEqual([
      [
        "Мероприятие",
        "До 01.10",
        "Мероприятие!",
        true,
        false,
        "#DIV/0!",
        42.5,
        0,
        new Date(Date.UTC(2021, 8, 1)),
        new Date(Date.UTC(2021, 8, 1, 12, 30)),
        new Date(Date.UTC(2021, 8, 1)),
        "",
      ],
    ]);
  });

  it("leaves out cells with no value: empty, styled only, formulas never computed, bad indexes", () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1" s="1"/><c r="B1"><v></v></c><c r="C1"><f>A1</f></c>` +
        `<c r="D1" t="s"><v>99</v></c><c r="E1" t="inlineStr"><is><t></t></is></c><c r="F1"><v>x</v></c></row>` +
        `<row r="3"><c r="B3"><v>1</v></c></row>`,
    );
    expect(read(xml).cells).toEqual([[], [], [null, 1]]);
  });

  it("reads the 1904 date system", () => {
    expect(dateOfSerial(0, true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
    expect(dateOfSerial(44440, false)).toEqual(new Date(Date.UTC(2021, 8, 1)));
    const xml = sheetXml(`<row r="1"><c r="A1" s="1"><v>42978</v></c></row>`);
    expect(read(xml, ctx({ date1904: true })).cells[0][0]).toEqual(new Date(Date.UTC(2021, 8, 1)));
  });
});

describe("readWorksheet: layout", () => {
  it("places rows and cells without r= after the ones before, as the Open XML SDK writes them", () => {
    const xml =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>` +
      `<x:row><x:c><x:v>1</x:v></x:c><x:c r="D2"><x:v>4</x:v></x:c><x:c><x:v>5</x:v></x:c></x:row>` +
      `<x:row r="5"><x:c><x:v>7</x:v></x:c></x:row><x:row><x:c><x:v>8</x:v></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`;
    expect(read(xml).cells).toEqual([
      ["Мероприятие", "Срок"],
      [1, null, null, 4, 5],
      [],
      [],
      [7],
      [8],
    ]);
  });

  it("ignores elements it does not know, in and around the cells", () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1"><v>1</v><extLst><ext><v>99</v></ext></extLst></c><unknown><c r="B1"/></unknown></row>`,
      `<iconFilter/><dataValidations count="1"><dataValidation sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>` +
        `<extLst><ext uri="x"><x14:dataValidations xmlns:x14="urn:x14"><x14:dataValidation><xm:sqref xmlns:xm="urn:xm">A:XFD</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
    );
    expect(read(xml)).toEqual({ cells: [[1]], merges: [] });
  });
});

describe("readWorksheet: merges", () => {
  it("lists merged areas and drops values hidden under them, keeping the top-left one", () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>` +
        `<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c></row>`,
      `<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="C1:C2"/><mergeCell ref="A1:B1"/></mergeCells>`,
    );
    expect(read(xml)).toEqual({
      cells: [
        [1, null, 3],
        [4, 5],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 0, left: 2, bottom: 1, right: 2 },
      ],
    });
  });

  it("costs what the sheet holds, not a merge's area: A1:XFD1048576 and 50,000 merges", () => {
    const rows = Array.from(
      { length: 200 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>1</v></c></row>`,
    ).join("");
    const whole = read(sheetXml(rows, `<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`));
    expect(whole.cells).toEqual([[0]]);
    expect(whole.merges).toEqual([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);

    const many = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/>`);
    const sheet = read(sheetXml(rows, `<mergeCells>${many.join("")}</mergeCells>`));
    expect(sheet.merges).toHaveLength(50_000);
    expect(sheet.cells).toHaveLength(200);
  });
});

describe("readWorksheet: limits", () => {
  const limited = (over: object) => ctx({ limits: { ...MUNICIPAL_LIMITS, ...over } });
  const fail = (xml: string, c: SheetContext) => {
    try {
      read(xml, c);
      return null;
    } catch (err) {
      return err as FileReadError;
    }
  };

  it("counts the rows that hold values, not empty formatted ones", () => {
    const empty = Array.from({ length: 500 }, (_, r) => `<row r="${r + 1}" s="1"/>`).join("");
    expect(read(sheetXml(empty), limited({ maxRows: 10 })).cells).toEqual([]);
    const err = fail(
      sheetXml(`<row r="11"><c r="A11"><v>1</v></c></row>`),
      limited({ maxRows: 10 }),
    );
    expect(err).toMatchObject({ code: "too-large", reason: "rows", limit: 10 });
    expect(err?.message).toMatch(/больше 10 строк/);
  });

  it("counts cells over all sheets and bounds a sheet's area", () => {
    const xml = sheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>`);
    expect(fail(xml, limited({ maxCells: 3 }))).toBeNull();
    expect(fail(xml, { ...limited({ maxCells: 3 }), cellsSoFar: 2 })).toMatchObject({
      reason: "cells",
    });
    const far = sheetXml(`<row r="1"><c r="XFD1"><v>1</v></c></row>`);
    expect(fail(far, limited({ maxArea: 10_000 }))).toMatchObject({ reason: "area" });
  });
});
