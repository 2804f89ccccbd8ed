/**
 * A workbook holding what ExcelJS would drop and what a checked copy or a rebuild must keep
 * byte for byte: a chart and an image on a drawing, a pivot table with its cache, a VBA project
 * (.xlsm), data validation, a defined name, a shared-string table and a hidden sheet. Written
 * part by part by hand, so it does not depend on the writer under test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { zipParts, type ZipPart } from "./zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The roadmap on «План»: header in row 3, items in rows 4–6. */
export const PLAN_ROWS = [
  ["ПЛАН («дорожная карта»)"],
  [],
  ["№", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат"],
  ["1", "Совещание", "Сентябрь 2021", "", "Протокол"],
  ["2", "Приказ", "Октябрь 2021", "Иванов", "Приказ"],
  ["3", "Отчёт", "Май 2022", "Петров", "Отчёт"],
];

const DATA_ROWS: [string, number][] = [
  ["А", 1],
  ["Б", 2],
  ["В", 3],
];

function rels(list: [string, string, string][]): string {
  const items = list.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`,
  );
  return `${DECL}<Relationships xmlns="${PKG}">${items.join("")}</Relationships>`;
}

function text(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

export interface RichOptions {
  /** A macro-enabled workbook (.xlsm) with a VBA project. */
  macro?: boolean;
}

export function richWorkbook(options: RichOptions = {}): Uint8Array {
  const strings: string[] = [];
  const sst = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  const cell = (ref: string, v: string | number) =>
    typeof v === "number"
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" s="1" t="s"><v>${sst(v)}</v></c>`;
  const letters = "ABCDE";
  const planRows = PLAN_ROWS.map(
    (row, r) =>
      `<row r="${r + 1}">${row.map((v, c) => (v === "" ? "" : cell(`${letters[c]}${r + 1}`, v))).join("")}</row>`,
  ).join("");
  const plan =
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:E6"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/><cols><col min="2" max="2" width="40" customWidth="1"/></cols>' +
    `<sheetData>${planRows}</sheetData>` +
    '<mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>' +
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="D4:D6">' +
    '<formula1>"Иванов,Петров"</formula1></dataValidation></dataValidations>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape"/></worksheet>';
  const dataRows = [
    `<row r="1">${cell("A1", "Район")}${cell("B1", "Мероприятий")}</row>`,
    ...DATA_ROWS.map(
      ([k, n], i) => `<row r="${i + 2}">${cell(`A${i + 2}`, k)}${cell(`B${i + 2}`, n)}</row>`,
    ),
  ].join("");
  const data =
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetData>${dataRows}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<drawing r:id="rId1"/></worksheet>';
  const pivotRows = [
    `<row r="3">${cell("A3", "Район")}${cell("B3", "Сумма")}</row>`,
    ...DATA_ROWS.map(
      ([k, n], i) => `<row r="${i + 4}">${cell(`A${i + 4}`, k)}${cell(`B${i + 4}`, n)}</row>`,
    ),
    `<row r="7">${cell("A7", "Общий итог")}${cell("B7", 6)}</row>`,
  ].join("");
  const pivotSheet =
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetData>${pivotRows}</sheetData></worksheet>`;
  const hidden = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="1">${cell("A1", "скрытые заметки")}</row></sheetData></worksheet>`;

  const chart =
    `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
    '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>' +
    '<c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
    "<c:cat><c:strRef><c:f>'Данные'!$A$2:$A$4</c:f></c:strRef></c:cat>" +
    "<c:val><c:numRef><c:f>'Данные'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser>" +
    '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';
  const anchor = (c1: number, r1: number, c2: number, r2: number, body: string) =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r1}</xdr:row>` +
    `<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${c2}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${r2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  const drawing =
    `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" ` +
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    anchor(
      3,
      1,
      9,
      15,
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Диаграмма 1"/>' +
        '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>' +
        '</xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
        '<c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>',
    ) +
    anchor(
      0,
      6,
      1,
      9,
      '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Рисунок 1"/><xdr:cNvPicPr/></xdr:nvPicPr>' +
        '<xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
        '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>',
    ) +
    "</xdr:wsDr>";

  const cacheDefinition =
    `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" recordCount="3">` +
    '<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Данные"/></cacheSource>' +
    '<cacheFields count="2"><cacheField name="Район" numFmtId="0"><sharedItems count="3">' +
    '<s v="А"/><s v="Б"/><s v="В"/></sharedItems></cacheField>' +
    '<cacheField name="Мероприятий" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" ' +
    'containsNumber="1" containsInteger="1" minValue="1" maxValue="3"/></cacheField></cacheFields>' +
    "</pivotCacheDefinition>";
  const cacheRecords =
    `${DECL}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="3">` +
    DATA_ROWS.map(([, n], i) => `<r><x v="${i}"/><n v="${n}"/></r>`).join("") +
    "</pivotCacheRecords>";
  const pivotTable =
    `${DECL}<pivotTableDefinition xmlns="${MAIN}" name="Сводная1" cacheId="1" dataCaption="Значения" ` +
    'applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" ' +
    'applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" ' +
    'createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">' +
    '<location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>' +
    '<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/>' +
    '<item x="1"/><item x="2"/><item t="default"/></items></pivotField>' +
    '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>' +
    '<rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems>' +
    '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Сумма" fld="1" ' +
    'baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>';

  const workbook =
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView activeTab="0"/></bookViews>` +
    '<sheets><sheet name="План" sheetId="1" r:id="rId1"/><sheet name="Данные" sheetId="2" r:id="rId2"/>' +
    '<sheet name="Сводная" sheetId="3" r:id="rId3"/><sheet name="Заметки" sheetId="4" state="hidden" r:id="rId4"/></sheets>' +
    "<definedNames><definedName name=\"Районы\">'Данные'!$A$2:$A$4</definedName>" +
    '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'План\'!$3:$3</definedName></definedNames>' +
    '<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId7"/></pivotCaches></workbook>';
  const styles =
    `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Обычный" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
  const sharedStrings =
    `${DECL}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings
      .map((s) => `<si><t>${s.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></si>`)
      .join("") +
    "</sst>";

  const ct = "application/vnd.openxmlformats-officedocument";
  const main = options.macro
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : `${ct}.spreadsheetml.sheet.main+xml`;
  const types =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
    (options.macro
      ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
      : "") +
    `<Override PartName="/xl/workbook.xml" ContentType="${main}"/>` +
    [1, 2, 3, 4]
      .map(
        (i) =>
          `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/>`,
      )
      .join("") +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.spreadsheetml.sharedStrings+xml"/>` +
    `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${ct}.drawing+xml"/>` +
    `<Override PartName="/xl/charts/chart1.xml" ContentType="${ct}.drawingml.chart+xml"/>` +
    `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${ct}.spreadsheetml.pivotTable+xml"/>` +
    `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${ct}.spreadsheetml.pivotCacheDefinition+xml"/>` +
    `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${ct}.spreadsheetml.pivotCacheRecords+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    "</Types>";

  const parts: [string, string | Uint8Array][] = [
    ["[Content_Types].xml", types],
    [
      "_rels/.rels",
      rels([
        ["rId1", `${R}/officeDocument`, "xl/workbook.xml"],
        ["rId2", `${PKG}/metadata/core-properties`, "docProps/core.xml"],
      ]),
    ],
    [
      "docProps/core.xml",
      `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Муниципалитет</dc:creator></cp:coreProperties>',
    ],
    ["xl/workbook.xml", workbook],
    [
      "xl/_rels/workbook.xml.rels",
      rels([
        ["rId1", `${R}/worksheet`, "worksheets/sheet1.xml"],
        ["rId2", `${R}/worksheet`, "worksheets/sheet2.xml"],
        ["rId3", `${R}/worksheet`, "worksheets/sheet3.xml"],
        ["rId4", `${R}/worksheet`, "worksheets/sheet4.xml"],
        ["rId5", `${R}/styles`, "styles.xml"],
        ["rId6", `${R}/sharedStrings`, "sharedStrings.xml"],
        ["rId7", `${R}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml"],
        ...(options.macro
          ? [
              [
                "rId8",
                "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
                "vbaProject.bin",
              ] as [string, string, string],
            ]
          : []),
      ]),
    ],
    ["xl/worksheets/sheet1.xml", plan],
    ["xl/worksheets/sheet2.xml", data],
    [
      "xl/worksheets/_rels/sheet2.xml.rels",
      rels([["rId1", `${R}/drawing`, "../drawings/drawing1.xml"]]),
    ],
    ["xl/worksheets/sheet3.xml", pivotSheet],
    [
      "xl/worksheets/_rels/sheet3.xml.rels",
      rels([["rId1", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml"]]),
    ],
    ["xl/worksheets/sheet4.xml", hidden],
    ["xl/drawings/drawing1.xml", drawing],
    [
      "xl/drawings/_rels/drawing1.xml.rels",
      rels([
        ["rId1", `${R}/chart`, "../charts/chart1.xml"],
        ["rId2", `${R}/image`, "../media/image1.png"],
      ]),
    ],
    ["xl/charts/chart1.xml", chart],
    ["xl/media/image1.png", readFileSync(join(__dirname, "..", "..", "assets", "icon-32.png"))],
    ["xl/pivotTables/pivotTable1.xml", pivotTable],
    [
      "xl/pivotTables/_rels/pivotTable1.xml.rels",
      rels([["rId1", `${R}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"]]),
    ],
    ["xl/pivotCache/pivotCacheDefinition1.xml", cacheDefinition],
    [
      "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
      rels([["rId1", `${R}/pivotCacheRecords`, "pivotCacheRecords1.xml"]]),
    ],
    ["xl/pivotCache/pivotCacheRecords1.xml", cacheRecords],
    ["xl/styles.xml", styles],
    // After the sheets, so that every string they use is in it.
    ["xl/sharedStrings.xml", sharedStrings],
  ];
  if (options.macro) {
    // Not a real VBA project (those are OLE files Excel signs and checks); what matters here is
    // that its bytes come back untouched.
    parts.push([
      "xl/vbaProject.bin",
      new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
    ]);
  }
  const zipped: ZipPart[] = parts.map(([name, data]) => ({
    name,
    data: typeof data === "string" ? text(data) : data,
  }));
  return zipParts(zipped);
}
