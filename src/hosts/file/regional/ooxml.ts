/**
 * The regional workbook written directly as SpreadsheetML. ExcelJS's writer spends over a
 * second on 18,000 activities — more than reading all the municipal files — while writing the
 * sheets' bytes directly takes a small fraction of that. Text is written as shared strings in
 * "@"-formatted cells: there is no formula element anywhere, so nothing a municipality typed
 * can become one.
 */
import { columnLetter } from "../../../core/grid";
import {
  excelSerial,
  type RegionalModel,
  type RegionalSheet,
  type RegionalValue,
} from "../../../core/consolidate";
import { ByteSink, ascii } from "./byte-sink";
import {
  HEADER_STYLE,
  MAIN_NS,
  REL_NS,
  XML_HEAD,
  contentTypes,
  coreProps,
  packageRels,
  styleIndex,
  styles,
  tableRef,
  workbook,
  workbookRels,
} from "./package-parts";
import type { ZipPart } from "./zip";
import { escapeXml } from "./xml-text";

/** Beyond this length a text is rarely repeated, and hashing it costs more than it saves. */
const DEDUPE_MAX_LENGTH = 64;

const SI_OPEN = ascii('<si><t xml:space="preserve">');
const SI_CLOSE = ascii("</t></si>");

/**
 * Texts live in xl/sharedStrings.xml and cells refer to them by index — the way Excel itself
 * stores them, and the way every reader decodes alike ("_x005F_" included).
 */
class SharedStrings {
  private readonly indices = new Map<string, number>();
  private readonly sink = new ByteSink(1 << 20);
  private unique = 0;
  count = 0;

  index(text: string): number {
    this.count += 1;
    const short = text.length <= DEDUPE_MAX_LENGTH;
    if (short) {
      const known = this.indices.get(text);
      if (known !== undefined) return known;
    }
    const i = this.unique++;
    if (short) this.indices.set(text, i);
    this.sink.raw(SI_OPEN);
    this.sink.text(escapeXml(text));
    this.sink.raw(SI_CLOSE);
    return i;
  }

  part(): ZipPart {
    const head = new TextEncoder().encode(
      `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.unique}">`,
    );
    const body = this.sink.bytes();
    const tail = ascii("</sst>");
    const data = new Uint8Array(head.length + body.length + tail.length);
    data.set(head);
    data.set(body, head.length);
    data.set(tail, head.length + body.length);
    return { name: "xl/sharedStrings.xml", data };
  }
}

export function regionalParts(model: RegionalModel): ZipPart[] {
  const enc = new TextEncoder();
  const part = (name: string, xml: string): ZipPart => ({ name, data: enc.encode(xml) });
  const sheets = model.sheets;
  const strings = new SharedStrings();
  const sheetParts = sheets.map((s, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    data: worksheet(s, i === 0, strings),
  }));
  return [
    part("[Content_Types].xml", contentTypes(sheets.length)),
    part("_rels/.rels", packageRels()),
    part("docProps/core.xml", coreProps(model.asOf)),
    part("xl/workbook.xml", workbook(sheets)),
    part("xl/_rels/workbook.xml.rels", workbookRels(sheets.length)),
    part("xl/styles.xml", styles()),
    strings.part(),
    ...sheetParts,
  ];
}

const ROW_CLOSE = ascii("</row>");
const CELL_R = ascii('<c r="');
const CELL_S_AFTER_R = ascii('" s="');
const CELL_S = ascii('<c s="');
const CELL_TEXT = ascii('" t="s"><v>');
const CELL_VALUE = ascii('"><v>');
const CELL_CLOSE = ascii("</v></c>");

function worksheet(sheet: RegionalSheet, selected: boolean, strings: SharedStrings): Uint8Array {
  const sink = new ByteSink(1 << 20);
  const letters = sheet.columns.map((_, i) => ascii(columnLetter(i + 1)));
  const lastRow = sheet.rows.length + 1 + (sheet.totals ? 1 : 0);
  const lastColumn = columnLetter(Math.max(1, sheet.columns.length));
  const cols = sheet.columns
    .map((c, i) => {
      const style = styleIndex(c.kind, c.wrap, false);
      return `<col min="${i + 1}" max="${i + 1}" width="${c.width}" style="${style}" customWidth="1"/>`;
    })
    .join("");
  sink.text(
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<dimension ref="A1:${lastColumn}${lastRow}"/>` +
      `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>` +
      `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`,
  );
  const header = sheet.columns.map((c) => c.header);
  const headerStyles = sheet.columns.map(() => HEADER_STYLE);
  writeRow(sink, header, 1, sheet, letters, headerStyles, strings, true);
  const bodyStyles = sheet.columns.map((c) => styleIndex(c.kind, c.wrap, false));
  const boldStyles = sheet.columns.map((c) => styleIndex(c.kind, false, true));
  for (let r = 0; r < sheet.rows.length; r++) {
    writeRow(sink, sheet.rows[r], r + 2, sheet, letters, bodyStyles, strings, false);
  }
  if (sheet.totals)
    writeRow(sink, sheet.totals, lastRow, sheet, letters, boldStyles, strings, false);
  sink.text(
    `</sheetData><autoFilter ref="${tableRef(sheet)}"/>` +
      `<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
      `</worksheet>`,
  );
  return sink.bytes();
}

const ROW_OPEN = ascii('<row r="');
const TAG_END = ascii('">');

/** Cells carry their reference only after a gap: Excel places the others next to the last. */
function writeRow(
  sink: ByteSink,
  row: RegionalValue[],
  r: number,
  sheet: RegionalSheet,
  letters: Uint8Array[],
  styleOf: number[],
  strings: SharedStrings,
  allText: boolean,
): void {
  sink.raw(ROW_OPEN);
  sink.int(r);
  sink.raw(TAG_END);
  let placed = false;
  for (let i = 0; i < sheet.columns.length; i++) {
    const v = row[i];
    if (v === null || v === undefined || v === "") {
      placed = false;
      continue;
    }
    if (placed) sink.raw(CELL_S);
    else {
      sink.raw(CELL_R);
      sink.raw(letters[i]);
      sink.int(r);
      sink.raw(CELL_S_AFTER_R);
    }
    placed = true;
    sink.int(styleOf[i]);
    const kind = allText ? "text" : sheet.columns[i].kind;
    if (kind === "date" && typeof v === "string") {
      sink.raw(CELL_VALUE);
      sink.int(serial(v));
    } else if (kind !== "text" && typeof v === "number" && Number.isFinite(v)) {
      sink.raw(CELL_VALUE);
      if (Number.isSafeInteger(v) && v >= 0) sink.int(v);
      else sink.text(String(v));
    } else {
      sink.raw(CELL_TEXT);
      sink.int(strings.index(String(v)));
    }
    sink.raw(CELL_CLOSE);
  }
  sink.raw(ROW_CLOSE);
}

const serials = new Map<string, number>();

/** Due dates repeat across thousands of rows; each is computed once. */
function serial(iso: string): number {
  let n = serials.get(iso);
  if (n === undefined) {
    n = excelSerial(iso);
    serials.set(iso, n);
  }
  return n;
}
