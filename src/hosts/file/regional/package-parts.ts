/**
 * The package around the regional sheets: content types, relationships, workbook, styles.
 * Small parts, written as strings.
 */
import { columnLetter } from "../../../core/grid";
import { NUMBER_FORMAT, type ColumnKind, type RegionalSheet } from "../../../core/consolidate";
import { escapeXml } from "./xml-text";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indices in cellXfs: one per (kind, wrap, bold), after the default (0) and header (1). */
const KINDS: ColumnKind[] = ["text", "date", "integer", "percent"];
const BUILTIN_FORMAT_ID: Record<string, number> = { "@": 49, "0": 1, "0%": 9 };
const DATE_FORMAT_ID = 164;
export const HEADER_STYLE = 1;

export function styleIndex(kind: ColumnKind, wrap: boolean, bold: boolean): number {
  return 2 + (bold ? 8 : 0) + KINDS.indexOf(kind) * 2 + (wrap && kind === "text" ? 1 : 0);
}

function formatId(kind: ColumnKind): number {
  return kind === "date" ? DATE_FORMAT_ID : BUILTIN_FORMAT_ID[NUMBER_FORMAT[kind]];
}

export function contentTypes(sheets: number): string {
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const overrides = Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`,
  ).join("");
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `${overrides}</Types>`
  );
}

export function packageRels(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `</Relationships>`
  );
}

export function coreProps(asOf: string): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:title>Свод дорожных карт</dc:title><dc:subject>На ${asOf}</dc:subject>` +
    `<dc:creator>Roadmap Inspector</dc:creator></cp:coreProperties>`
  );
}

export function workbook(sheets: RegionalSheet[]): string {
  const list = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  // Excel keeps a filter's range in this hidden name; without it, it repairs nothing but
  // some readers ignore the filter.
  const names = sheets
    .map(
      (s, i) =>
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
        `${escapeXml(`'${s.name}'!${tableRef(s, true)}`)}</definedName>`,
    )
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${list}</sheets><definedNames>${names}</definedNames></workbook>`
  );
}

export function workbookRels(sheets: number): string {
  const rels = Array.from(
    { length: sheets },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("");
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels}` +
    `<Relationship Id="rId${sheets + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheets + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
    `</Relationships>`
  );
}

export function styles(): string {
  const xf = (numFmt: number, font: number, fill: number, wrap: boolean) =>
    `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0" ` +
    `applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1">` +
    `<alignment vertical="top"${wrap ? ' wrapText="1"' : ""}/></xf>`;
  const xfs = [
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
    xf(49, 1, 2, true),
  ];
  for (const bold of [false, true]) {
    for (const kind of KINDS) {
      xfs.push(
        xf(formatId(kind), bold ? 1 : 0, 0, false),
        xf(formatId(kind), bold ? 1 : 0, 0, true),
      );
    }
  }
  const font = (bold: boolean) =>
    `<font>${bold ? "<b/>" : ""}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  return (
    `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="${NUMBER_FORMAT.date}"/></numFmts>` +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    `<fills count="3"><fill><patternFill patternType="none"/></fill>` +
    `<fill><patternFill patternType="gray125"/></fill>` +
    `<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

/** A1:Xn of the header and data rows (the totals row stays outside the filter). */
export function tableRef(sheet: RegionalSheet, absolute = false): string {
  const last = columnLetter(Math.max(1, sheet.columns.length));
  const rows = sheet.rows.length + 1;
  return absolute ? `$A$1:$${last}$${rows}` : `A1:${last}${rows}`;
}
