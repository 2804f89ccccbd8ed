import type { Grid } from "../../../../../src/core/grid";
import { withFittedRows } from "../../../../../src/hosts/file/xlsx/write/fit-rows";
import { StyleSheet } from "../../../../../src/hosts/file/xlsx/write/styles";

// Style 0 plain, 1 wrapping, 2 wrapping in bold 14 pt.
const STYLES = StyleSheet.parse(
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
    '<font><b/><sz val="14"/><name val="Calibri"/></font></fonts>' +
    '<fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1"><alignment wrapText="1"/></xf>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyAlignment="1"><alignment wrapText="1"/></xf>' +
    "</cellXfs></styleSheet>",
);

const LONG =
  "Организация и проведение методических семинаров для руководителей и заместителей " +
  "руководителей общеобразовательных организаций по вопросам повышения качества образования";

function sheet(
  rows: string,
  cols = '<col min="1" max="1" width="6"/><col min="2" max="2" width="30"/>',
) {
  return (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows}</sheetData>` +
    "</worksheet>"
  );
}

function grid(cells: Grid["cells"], merges: Grid["merges"] = []): Grid {
  return { sheet: "План", origin: { row: 1, col: 1 }, cells, merges };
}

const heightOf = (xml: string, r: number) =>
  Number(new RegExp(`<row r="${r}"[^>]*\\sht="([\\d.]+)"`).exec(xml)?.[1] ?? NaN);

describe("withFittedRows: heights for the user's own rows in a checked copy", () => {
  it("gives a row of long wrapped text the lines it needs, and leaves short rows alone", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>1</t></is></c>' +
        '<c r="B1" s="1" t="inlineStr"><is><t>x</t></is></c></row>' +
        '<row r="2"><c r="A2" s="1"/><c r="B2" s="1" t="inlineStr"><is><t>long</t></is></c></row>',
    );
    const out = withFittedRows(
      xml,
      grid([
        ["1", "x"],
        [null, LONG],
      ]),
      STYLES,
    );
    expect(out).toContain('<row r="1">');
    // 160 characters in a 30-character column: six lines or so, never fewer than four.
    expect(heightOf(out, 2)).toBeGreaterThanOrEqual(4 * 15);
    expect(out).toMatch(/<row r="2" ht="[\d.]+" customHeight="1">/);
    // Nothing but the row's start tag changed.
    expect(out.replace(/ ht="[\d.]+" customHeight="1"/, "")).toBe(xml);
  });

  it("keeps a height the user set, a hidden row, and text that does not wrap", () => {
    const xml = sheet(
      '<row r="1" ht="20" customHeight="1"><c r="B1" s="1"/></row>' +
        '<row r="2" hidden="1"><c r="B2" s="1"/></row>' +
        '<row r="3"><c r="B3" s="0"/></row>',
    );
    expect(
      withFittedRows(
        xml,
        grid([
          [null, LONG],
          [null, LONG],
          [null, LONG],
        ]),
        STYLES,
      ),
    ).toBe(xml);
  });

  it("replaces a stored height that is too small, and counts rows and cells without references", () => {
    const xml = sheet(
      '<row r="1" ht="15"><c s="1"/><c s="1"/></row>' + '<row><c s="1"/><c s="2"/></row>',
    );
    const out = withFittedRows(
      xml,
      grid([
        [null, LONG],
        [null, "Итоги года"],
      ]),
      STYLES,
    );
    expect(heightOf(out, 1)).toBeGreaterThan(15);
    expect(out).not.toMatch(/<row r="1" ht="15"/);
    // Row 2 (no r=) holds a short bold 14-pt title: one taller line.
    expect(out).toMatch(/<row ht="(\d+(\.\d+)?)" customHeight="1">/);
  });

  it("measures a merged cell across its columns, and sizes no row for a merge down several rows", () => {
    const across = sheet(
      '<row r="1"><c r="A1" s="1"/><c r="B1" s="1"/></row>',
      '<col min="1" max="2" width="60"/>',
    );
    const wide = withFittedRows(
      across,
      grid(
        [["Краткий текст мероприятия на две колонки шириной", null]],
        [{ top: 0, left: 0, bottom: 0, right: 1 }],
      ),
      STYLES,
    );
    expect(wide).toBe(across);
    const down = sheet('<row r="1"><c r="A1" s="1"/></row><row r="2"><c r="A2" s="1"/></row>');
    expect(
      withFittedRows(
        down,
        grid([[LONG], [null]], [{ top: 0, left: 0, bottom: 1, right: 0 }]),
        STYLES,
      ),
    ).toBe(down);
  });
});
