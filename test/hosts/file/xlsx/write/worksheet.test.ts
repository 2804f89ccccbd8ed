import { SharedStrings } from "../../../../../src/hosts/file/xlsx/write/strings";
import { headerFooterText } from "../../../../../src/core/layout/print";
import {
  SECTION_ORDER,
  serialOf,
  worksheetXml,
} from "../../../../../src/hosts/file/xlsx/write/worksheet";

function xml(...args: Parameters<typeof worksheetXml>): string {
  return [...worksheetXml(...args)].join("");
}

describe("worksheetXml", () => {
  it("writes each kind of value as its kind of cell, never a formula", () => {
    const s = new SharedStrings();
    const out = xml(
      {
        columns: [{ width: 10, style: 1 }, { style: 2 }],
        rows: [
          {
            values: [
              "=1+1",
              5,
              true,
              new Date(Date.UTC(2021, 9, 1)),
              null,
              "",
              undefined,
              "@SUM(A1)",
            ],
          },
          { values: [] },
          { values: [null, -5.5], styles: [3, 4], height: 30 },
        ],
      },
      s,
    );
    expect(out).toContain(
      '<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"><v>5</v></c>' +
        '<c r="C1" t="b"><v>1</v></c><c r="D1"><v>44470</v></c><c r="H1" t="s"><v>1</v></c></row>',
    );
    // An empty cell the row formats apart from its column is written, value-less (a border).
    expect(out).toContain(
      '<row r="3" ht="30" customHeight="1"><c r="A3" s="3"/><c r="B3" s="4"><v>-5.5</v></c></row>',
    );
    expect(out).not.toContain('r="2"');
    expect(out).not.toContain("<f>");
    expect(out).toContain('<cols><col min="1" max="1" width="10" customWidth="1" style="1"/>');
  });

  it("writes print setup: fit to a page wide, landscape, header and footer escaped", () => {
    const out = xml(
      {
        columns: [],
        rows: [{ values: ["a"] }],
        print: {
          landscape: true,
          fitToWidth: 1,
          gridLines: true,
          header: `&L${headerFooterText("R&D <план>")}`,
          footer: "&CСтраница &P из &N",
        },
      },
      new SharedStrings(),
    );
    expect(out).toContain(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
    );
    expect(out).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>');
    expect(out).toContain(
      '<printOptions gridLines="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/>' +
        "<headerFooter><oddHeader>&amp;LR&amp;&amp;D &lt;план&gt;</oddHeader>" +
        "<oddFooter>&amp;CСтраница &amp;P из &amp;N</oddFooter></headerFooter></worksheet>",
    );
  });

  it("writes a data bar and a three-colour scale over their areas", () => {
    const area = { top: 5, left: 3, bottom: 9, right: 3 };
    const out = xml(
      {
        columns: [],
        rows: [],
        scales: [
          { area, kind: "dataBar", colors: ["#F8696B"], from: 0, to: null, priority: 1 },
          {
            area,
            kind: "colorScale",
            colors: ["F8696B", "FFEB84", "63BE7B"],
            from: 0,
            to: 1,
            priority: 2,
          },
        ],
      },
      new SharedStrings(),
    );
    expect(out).toContain(
      '<conditionalFormatting sqref="C5:C9"><cfRule type="dataBar" priority="1"><dataBar minLength="0" maxLength="100">' +
        '<cfvo type="num" val="0"/><cfvo type="max"/><color rgb="FFF8696B"/></dataBar></cfRule></conditionalFormatting>',
    );
    expect(out).toContain(
      '<cfRule type="colorScale" priority="2"><colorScale><cfvo type="num" val="0"/>' +
        '<cfvo type="percentile" val="50"/><cfvo type="num" val="1"/><color rgb="FFF8696B"/>' +
        '<color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale></cfRule>',
    );
  });

  it("puts every section where the schema puts it", () => {
    const out = xml(
      {
        columns: [{ width: 8 }],
        rows: [{ values: ["a"] }, { values: ["b"] }],
        size: { rows: 2, cols: 1 },
        freeze: { rows: 1 },
        selected: true,
        autoFilter: { top: 1, left: 1, bottom: 2, right: 1 },
        merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
        conditionalFormats: [
          {
            areas: [{ top: 2, left: 1, bottom: 2, right: 1 }],
            formula: "TRUE",
            dxfId: 0,
            priority: 1,
          },
        ],
        links: [{ row: 2, col: 1, location: "'Лист'!A1", display: "A1" }],
      },
      new SharedStrings(),
    );
    const order = [...out.matchAll(/<(\w+)[\s>/]/g)]
      .map((m) => m[1])
      .filter((n) => (SECTION_ORDER as readonly string[]).includes(n));
    const positions = order.map((n) => SECTION_ORDER.indexOf(n as (typeof SECTION_ORDER)[number]));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(order).toEqual([
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "autoFilter",
      "mergeCells",
      "conditionalFormatting",
      "hyperlinks",
      "pageMargins",
    ]);
    expect(out).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(out).toContain('<sheetView tabSelected="1" workbookViewId="0">');
    expect(out).toContain('<hyperlink ref="A2" location="\'Лист\'!A1" display="A1"/>');
  });

  it("streams a long sheet in pieces", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ values: [i, `текст ${i}`] }));
    const pieces = [...worksheetXml({ columns: [], rows }, new SharedStrings())];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
  });

  it("counts dates as Excel does, time of day as the fraction", () => {
    expect(serialOf(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(serialOf(new Date(Date.UTC(2022, 0, 15, 12)))).toBe(44576.5);
  });
});
