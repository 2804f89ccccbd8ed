import type { Grid } from "../../../../../src/core/grid";
import { STATUS_CHOICES, STATUS_HEADER } from "../../../../../src/core/status-column";
import {
  StatusColumnOccupiedError,
  STATUS_COLUMN_WIDTH,
  withStatusColumn,
} from "../../../../../src/hosts/file/xlsx/write/status-column";
import { StyleSheet } from "../../../../../src/hosts/file/xlsx/write/styles";

const STYLESHEET =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1"><alignment wrapText="1"/></xf>' +
  "</cellXfs></styleSheet>";

const ALERT = { title: "Отметка об исполнении", message: "Можно вписать и своё: «дату» & <текст>" };

/** A table A..C: header on rows 2–3, items on 4–5; a note in E4 (beyond the new column D). */
const ROWS =
  '<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>План</t></is></c></row>' +
  '<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c></row>' +
  '<row r="3" spans="1:3"><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c><c r="C3"><v>3</v></c></row>' +
  '<row r="4" spans="1:5"><c r="A4"><v>1</v></c><c r="B4" t="s"><v>3</v></c><c r="C4" s="1"/><c r="E4" t="s"><v>4</v></c></row>' +
  '<row r="5"><c r="A5"><v>2</v></c><c r="B5" t="s"><v>5</v></c></row>';

function sheet(
  rows = ROWS,
  { before = "", after = "" }: { before?: string; after?: string } = {},
): string {
  return (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:E5"/>${before}<sheetData>${rows}</sheetData>${after}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}

function grid(extra: Grid["cells"] = [], merges: Grid["merges"] = []): Grid {
  const cells: Grid["cells"] = [
    ["План", null, null],
    ["№", "Мероприятие", "Срок"],
    [1, 2, 3],
    [1, "Совещание", null, null, "заметка"],
    [2, "Приказ", null],
    ...extra,
  ];
  return { sheet: "План", origin: { row: 1, col: 1 }, cells, merges };
}

const TARGET = {
  sheet: "План",
  headerRows: [2, 3] as [number, number],
  lastRow: 5,
  rightColumn: 3,
};

const apply = (xml: string, g = grid(), target = TARGET) =>
  withStatusColumn(xml, g, target, ALERT, StyleSheet.parse(STYLESHEET));

/** The XML with every fragment we add taken out again: what must equal the user's own. */
function without(xml: string, ...fragments: RegExp[]): string {
  return fragments.reduce((s, re) => s.replace(re, ""), xml);
}

describe("withStatusColumn: «Отметка об исполнении» in a user's sheet of the checked copy", () => {
  it("writes the header among the row's cells, styled cells below, a merge, the list and a width", () => {
    const { xml } = apply(sheet());
    // Header: an inline string (the shared-string table is untouched) right after C2.
    expect(xml).toMatch(
      new RegExp(
        `<c r="C2" t="s"><v>2</v></c><c r="D2" s="(\\d+)" t="inlineStr"><is><t>${STATUS_HEADER}</t></is></c></row>`,
      ),
    );
    // Between C4 and the user's note in E4: the column order is kept.
    expect(xml).toMatch(/<c r="C4" s="1"\/><c r="D4" s="\d+"\/><c r="E4" t="s"><v>4<\/v><\/c>/);
    expect(xml).toMatch(/<c r="B5" t="s"><v>5<\/v><\/c><c r="D5" s="\d+"\/><\/row>/);
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="D2:D3"/></mergeCells>');
    expect(xml).toContain(
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1"' +
        ' errorStyle="information" errorTitle="Отметка об исполнении"' +
        ' error="Можно вписать и своё: «дату» &amp; &lt;текст&gt;" sqref="D4:D5">' +
        `<formula1>"${STATUS_CHOICES.join(",")}"</formula1></dataValidation></dataValidations>`,
    );
    // Schema order: sheetData, mergeCells, dataValidations, pageMargins; cols before sheetData.
    const order = ["<cols>", "<sheetData>", "<mergeCells", "<dataValidations", "<pageMargins"];
    const at = order.map((tag) => xml.indexOf(tag));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(xml).toContain(
      `<cols><col min="4" max="4" width="${STATUS_COLUMN_WIDTH}" customWidth="1"/></cols>`,
    );
    expect(xml).toContain('<dimension ref="A1:E5"/>');
    // spans widened only where they did not cover column 4.
    expect(xml).toContain('<row r="2" spans="1:4">');
    expect(xml).toContain('<row r="4" spans="1:5">');

    // Take our additions out again: the user's sheet, byte for byte.
    const back = without(
      xml,
      /<c r="D\d" s="\d+"( t="inlineStr"><is><t>[^<]*<\/t><\/is><\/c>|\/>)/g,
      /<cols>.*<\/cols>/,
      /<mergeCells.*<\/mergeCells>/,
      /<dataValidations.*<\/dataValidations>/,
    ).replace(/spans="1:4"/g, 'spans="1:3"');
    expect(back).toBe(sheet());
  });

  it("appends to the sheet's own merges, validations and columns, and sets their counts", () => {
    const own = {
      before: '<cols><col min="1" max="2" width="10"/><col min="6" max="6" width="30"/></cols>',
      after:
        '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>' +
        '<conditionalFormatting sqref="A4"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation type="whole" sqref="A4:A5"><formula1>1</formula1></dataValidation></dataValidations>',
    };
    const merged = grid([], [{ top: 0, left: 0, bottom: 0, right: 2 }]);
    const { xml } = apply(sheet(ROWS, own), merged);
    expect(xml).toContain(
      '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="D2:D3"/></mergeCells>',
    );
    expect(xml).toMatch(
      /<dataValidations count="2"><dataValidation type="whole" sqref="A4:A5"><formula1>1<\/formula1><\/dataValidation><dataValidation type="list"[^>]*sqref="D4:D5">/,
    );
    // In column order among the user's <col>s, theirs untouched.
    expect(xml).toContain(
      '<cols><col min="1" max="2" width="10"/><col min="4" max="4" width="20" customWidth="1"/><col min="6" max="6" width="30"/></cols>',
    );
  });

  it("leaves the width to a <col> range of the user's that reaches the column", () => {
    const before = '<cols><col min="1" max="9" width="12" customWidth="1"/></cols>';
    const { xml } = apply(sheet(ROWS, { before }));
    expect(xml).toContain(before);
    expect(xml.match(/<col\b/g)).toHaveLength(1);
  });

  it("counts rows and cells that omit r=, and creates the rows the sheet lacks in row order", () => {
    const rows =
      '<row><c t="inlineStr"><is><t>План</t></is></c></row>' + // row 1
      "<row><c><v>1</v></c><c><v>2</v></c></row>" + // row 2: A2, B2
      '<row r="4"><c><v>1</v></c><c><v>2</v></c><c s="1"/><c><v>9</v></c></row>' + // C4 empty, D4
      '<row r="6"><c r="A6"><v>3</v></c></row>';
    const g: Grid = {
      sheet: "План",
      origin: { row: 1, col: 1 },
      cells: [["План"], [1, 2], [], [1, 2, null, 9], [], [3]],
      merges: [],
    };
    const target = {
      ...TARGET,
      headerRows: [2, 2] as [number, number],
      lastRow: 6,
      rightColumn: 2,
    };
    const { xml } = apply(sheet(rows), g, target);
    const s = (r: number) => new RegExp(`<c r="C${r}" s="\\d+"/>`).exec(xml)?.[0] ?? "(none)";
    expect(xml).toContain(
      "<row><c><v>1</v></c><c><v>2</v></c>" +
        `<c r="C2" s="${/<c r="C2" s="(\d+)"/.exec(xml)?.[1]}" t="inlineStr"><is><t>${STATUS_HEADER}</t></is></c></row>` +
        `<row r="3">${s(3)}</row>` +
        `<row r="4"><c><v>1</v></c><c><v>2</v></c>${s(4)}<c><v>9</v></c></row>` +
        `<row r="5">${s(5)}</row>` +
        `<row r="6"><c r="A6"><v>3</v></c>${s(6)}</row>`,
    );
    expect(xml).toContain('sqref="C3:C6"');
    expect(xml).not.toContain("<mergeCells");
  });

  it("refuses a column that holds a value, a formula, a merge or a validation of the user's", () => {
    const occupied = (xml: string, g: Grid) => {
      try {
        apply(xml, g);
      } catch (err) {
        return err;
      }
      return null;
    };
    // A value in the table's rows (the Grid read from the same bytes says so).
    const withValue = grid();
    withValue.cells[4] = [2, "Приказ", null, "выполнено"];
    const err = occupied(sheet(), withValue);
    expect(err).toBeInstanceOf(StatusColumnOccupiedError);
    expect(err).toMatchObject({ code: "status-column-occupied", sheet: "План", column: "D" });
    // A formula whose result is empty: nothing in the Grid, something in the cell.
    const formula = sheet(ROWS.replace('<c r="E4"', '<c r="D4"><f>""</f></c><c r="E4"'));
    expect(occupied(formula, grid())).toBeInstanceOf(StatusColumnOccupiedError);
    // A merge of the title reaching into column D.
    expect(occupied(sheet(), grid([], [{ top: 2, left: 1, bottom: 2, right: 3 }]))).toBeInstanceOf(
      StatusColumnOccupiedError,
    );
    // The user's own drop-down over the whole of column D.
    const validation = sheet(ROWS, {
      after:
        '<dataValidations count="1"><dataValidation type="list" sqref="A1 D:D"><formula1>"a"</formula1></dataValidation></dataValidations>',
    });
    expect(occupied(validation, grid())).toBeInstanceOf(StatusColumnOccupiedError);
    // … or Excel 2010's kind, a list from another sheet, kept in extLst.
    const x14 = sheet(ROWS, {
      after:
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
        '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
        '<x14:dataValidation type="list"><x14:formula1><xm:f>Списки!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D5</xm:sqref></x14:dataValidation>' +
        "</x14:dataValidations></ext></extLst>",
    });
    expect(occupied(x14, grid())).toBeInstanceOf(StatusColumnOccupiedError);
    expect(occupied(x14.replace("<xm:sqref>D5", "<xm:sqref>B5"), grid())).toBeNull();
    // Below the table, column D is not the table's: a value there does not matter.
    expect(occupied(sheet(), grid([[null, null, null, "итог"]]))).toBeNull();
  });

  it("writes in the sheet's own namespace prefix, and into an empty <sheetData/>", () => {
    const prefixed =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const g: Grid = { sheet: "План", origin: { row: 2, col: 1 }, cells: [[1], [2]], merges: [] };
    const target = {
      ...TARGET,
      headerRows: [2, 2] as [number, number],
      lastRow: 3,
      rightColumn: 1,
    };
    const { xml } = apply(prefixed, g, target);
    expect(xml).toMatch(/<x:c r="B2" s="\d+" t="inlineStr"><x:is><x:t>Отметка/);
    expect(xml).toMatch(/<x:row r="3"><x:c r="B3" s="\d+"\/><\/x:row><\/x:sheetData>/);
    expect(xml).toMatch(/<x:cols><x:col min="2"[^>]*\/><\/x:cols><x:sheetData>/);
    expect(xml).toMatch(/<x:dataValidations count="1"><x:dataValidation [^>]*><x:formula1>/);
    expect(xml).not.toMatch(/<(?!\/?x:)[a-z]/);

    const empty = apply(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
      { sheet: "План", origin: { row: 1, col: 1 }, cells: [], merges: [] },
      target,
    ).xml;
    expect(empty).toMatch(
      /<sheetData><row r="2"><c r="B2" s="\d+" t="inlineStr"><is><t>Отметка об исполнении<\/t><\/is><\/c><\/row><row r="3"><c r="B3" s="\d+"\/><\/row><\/sheetData><dataValidations/,
    );
  });

  it("gives back the Grid with the header, so that the row fitted afterwards makes room for it", () => {
    const { grid: g } = apply(sheet());
    expect(g.cells[1][3]).toBe(STATUS_HEADER);
    expect(g.merges).toContainEqual({ top: 1, left: 3, bottom: 2, right: 3 });
    // The Grid given is not changed.
    expect(grid().cells[1]).toHaveLength(3);
  });
});
