/**
 * A worksheet part, written as a stream of text: the sheet data row by row, never one giant
 * string. Every element goes in the place the schema (CT_Worksheet) gives it; the sections a
 * later issue adds (print setup, header and footer, row heights already here) slot into
 * `SECTION_ORDER` without touching the rest.
 *
 * Text is only ever a string cell — shared or inline — and never a formula: we write no <f>.
 */
import type { PrintSetup } from "../../../../core/layout/print";
import { cleanText, columnName, escapeAttr, escapeText, rangeRef, XML_DECLARATION } from "./xml";
import type { StringCells } from "./strings";

export type CellInput = string | number | boolean | Date | null | undefined;

export interface SheetColumn {
  /** Width in characters, as Excel counts them. */
  width?: number;
  /** The cell format (cellXfs index) of the column and of its cells unless a row says otherwise. */
  style?: number;
  hidden?: boolean;
}

export interface SheetRow {
  /** Values from column A; null, undefined and "" make no cell. */
  values: readonly CellInput[];
  /** Per-column cell formats for this row (a header, a totals row); the columns' own otherwise. */
  styles?: readonly number[];
  /** Height in points; Excel's default otherwise. */
  height?: number;
  /**
   * Empty cells given a style of their own in `styles` are written, as styled blanks: the
   * borders of a ruled table's empty and merged-over cells.
   */
  blanks?: boolean;
}

/** 1-based, inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellLink {
  row: number;
  col: number;
  /** A place in this workbook: "'План'!D4". */
  location: string;
  display?: string;
}

/** A conditional format of one rule: an expression (TRUE paints always) and a dxf. */
export interface ConditionalFormat {
  areas: Area[];
  formula: string;
  dxfId: number;
  priority: number;
}

/** A4, and margins narrow enough for a wide table yet clear of any printer's edge. */
const A4 = 9;
const DEFAULT_MARGINS = {
  left: 0.7,
  right: 0.7,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/**
 * A rule that shades numbers by their size: a colour scale from `colors[0]` at `from` to the
 * last at `to` (a middle colour at the midpoint when three are given), or a data bar.
 * `from`/`to` are numbers, or null for the area's own minimum and maximum.
 */
export interface ScaleFormat {
  area: Area;
  kind: "colorScale" | "dataBar";
  /** RRGGBB. */
  colors: string[];
  from: number | null;
  to: number | null;
  priority: number;
}

export interface WorksheetSpec {
  columns: SheetColumn[];
  /** From row 1, produced lazily: a 200,000-row sheet is never held as rows of cells twice. */
  rows: Iterable<SheetRow>;
  /** Rows and columns shown, for the dimension element (optional; speeds Excel's open). */
  size?: { rows: number; cols: number };
  /** Rows (and columns) frozen at the top (left). */
  freeze?: { rows: number; cols?: number };
  /** The sheet shown when the workbook opens. */
  selected?: boolean;
  autoFilter?: Area;
  merges?: Area[];
  conditionalFormats?: ConditionalFormat[];
  scales?: ScaleFormat[];
  links?: CellLink[];
  print?: PrintSetup;
}

/**
 * CT_Worksheet's children in schema order: a part patched into a user's sheet goes before the
 * first of these that follows it (see checked.ts).
 */
export const SECTION_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Text gathered before it is handed on: big enough to be cheap, small enough to stream. */
const BATCH_CHARS = 1 << 16;

/** Excel's last row: a sheet cannot hold more. */
export const MAX_SHEET_ROWS = 1_048_576;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A Date as Excel's serial day number (1900 system), time of day as the fraction. */
export function serialOf(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

export function* worksheetXml(spec: WorksheetSpec, strings: StringCells): Generator<string> {
  yield `${XML_DECLARATION}<worksheet ${NS}>`;
  if (spec.print?.fitToWidth) yield '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  if (spec.size && spec.size.rows > 0 && spec.size.cols > 0) {
    yield `<dimension ref="${rangeRef(1, 1, spec.size.rows, spec.size.cols)}"/>`;
  }
  yield sheetViews(spec);
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  if (spec.columns.some((c) => c.width !== undefined || c.style || c.hidden)) {
    yield cols(spec.columns);
  }
  yield "<sheetData>";
  yield* sheetData(spec, strings);
  yield "</sheetData>";
  if (spec.autoFilter) yield `<autoFilter ref="${areaRef(spec.autoFilter)}"/>`;
  if (spec.merges && spec.merges.length > 0) {
    const cells = spec.merges.map((m) => `<mergeCell ref="${areaRef(m)}"/>`).join("");
    yield `<mergeCells count="${spec.merges.length}">${cells}</mergeCells>`;
  }
  for (const cf of spec.conditionalFormats ?? []) yield conditionalFormattingXml(cf);
  for (const scale of spec.scales ?? []) yield scaleXml(scale);
  if (spec.links && spec.links.length > 0) {
    const links = spec.links.map(
      (l) =>
        `<hyperlink ref="${columnName(l.col)}${l.row}" location="${escapeAttr(l.location)}"` +
        (l.display !== undefined ? ` display="${escapeAttr(l.display)}"/>` : "/>"),
    );
    yield `<hyperlinks>${links.join("")}</hyperlinks>`;
  }
  yield* printXml(spec.print);
  yield "</worksheet>";
}

/** printOptions, pageMargins, pageSetup and headerFooter, in the schema's order. */
function* printXml(print: PrintSetup | undefined): Generator<string> {
  if (print?.gridLines) yield '<printOptions gridLines="1"/>';
  const m = print?.margins ?? DEFAULT_MARGINS;
  yield (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}"` +
    ` header="${m.header}" footer="${m.footer}"/>`
  );
  if (!print) return;
  const orientation = print.landscape ? ' orientation="landscape"' : ' orientation="portrait"';
  const fit = print.fitToWidth ? ` fitToWidth="${print.fitToWidth}" fitToHeight="0"` : "";
  yield `<pageSetup paperSize="${A4}"${fit}${orientation}/>`;
  if (print.header || print.footer) {
    const header = print.header ? `<oddHeader>${escapeText(print.header)}</oddHeader>` : "";
    const footer = print.footer ? `<oddFooter>${escapeText(print.footer)}</oddFooter>` : "";
    yield `<headerFooter>${header}${footer}</headerFooter>`;
  }
}

export function areaRef(a: Area): string {
  return rangeRef(a.top, a.left, a.bottom, a.right);
}

/** One <conditionalFormatting> element: the areas share one rule. */
export function conditionalFormattingXml(cf: ConditionalFormat): string {
  return (
    `<conditionalFormatting sqref="${cf.areas.map(areaRef).join(" ")}">` +
    `<cfRule type="expression" dxfId="${cf.dxfId}" priority="${cf.priority}">` +
    `<formula>${escapeText(cf.formula)}</formula></cfRule></conditionalFormatting>`
  );
}

export function scaleXml(f: ScaleFormat): string {
  const bound = (v: number | null, end: "min" | "max") =>
    v === null ? `<cfvo type="${end}"/>` : `<cfvo type="num" val="${v}"/>`;
  const middle =
    f.kind === "colorScale" && f.colors.length === 3 ? '<cfvo type="percentile" val="50"/>' : "";
  const ends = bound(f.from, "min") + middle + bound(f.to, "max");
  const colors = f.colors.map((c) => `<color rgb="FF${c.replace("#", "").toUpperCase()}"/>`);
  const body =
    f.kind === "colorScale"
      ? `<colorScale>${ends}${colors.join("")}</colorScale>`
      : `<dataBar minLength="0" maxLength="100">${ends}${colors[0]}</dataBar>`;
  return (
    `<conditionalFormatting sqref="${areaRef(f.area)}">` +
    `<cfRule type="${f.kind}" priority="${f.priority}">${body}</cfRule></conditionalFormatting>`
  );
}

function sheetViews(spec: WorksheetSpec): string {
  const selected = spec.selected ? ' tabSelected="1"' : "";
  const rows = spec.freeze?.rows ?? 0;
  const colsFrozen = spec.freeze?.cols ?? 0;
  if (rows === 0 && colsFrozen === 0) {
    return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  }
  const topLeft = `${columnName(colsFrozen + 1)}${rows + 1}`;
  const pane = rows > 0 && colsFrozen > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split =
    (colsFrozen > 0 ? ` xSplit="${colsFrozen}"` : "") + (rows > 0 ? ` ySplit="${rows}"` : "");
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    "</sheetView></sheetViews>"
  );
}

function cols(columns: SheetColumn[]): string {
  let out = "<cols>";
  columns.forEach((c, i) => {
    if (c.width === undefined && !c.style && !c.hidden) return;
    const n = i + 1;
    const width =
      c.width !== undefined ? ` width="${round(c.width)}" customWidth="1"` : ' width="9.140625"';
    const style = c.style ? ` style="${c.style}"` : "";
    const hidden = c.hidden ? ' hidden="1"' : "";
    out += `<col min="${n}" max="${n}"${width}${style}${hidden}/>`;
  });
  return `${out}</cols>`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function* sheetData(spec: WorksheetSpec, strings: StringCells): Generator<string> {
  const columnStyles = spec.columns.map((c) => c.style ?? 0);
  const letters: string[] = [];
  const letter = (i: number) => (letters[i] ??= columnName(i + 1));
  let batch = "";
  let r = 0;
  for (const row of spec.rows) {
    r += 1;
    if (r > MAX_SHEET_ROWS) throw new Error(`A sheet holds at most ${MAX_SHEET_ROWS} rows`);
    const values = row.values;
    let cells = "";
    const width = row.styles ? Math.max(values.length, row.styles.length) : values.length;
    for (let i = 0; i < width; i++) {
      const v = values[i];
      const s = row.styles ? row.styles[i] : columnStyles[i];
      if (v === null || v === undefined || v === "") {
        // An empty cell the row formats apart from its column (a bordered table's gap), or
        // every styled gap where the row asks for its blanks.
        if (s && (row.blanks || s !== columnStyles[i]))
          cells += `<c r="${letter(i)}${r}" s="${s}"/>`;
        continue;
      }
      const head = s ? `<c r="${letter(i)}${r}" s="${s}"` : `<c r="${letter(i)}${r}"`;
      if (typeof v === "string") cells += head + strings.cell(cleanText(v));
      else if (typeof v === "number") {
        if (Number.isFinite(v)) cells += `${head}><v>${v}</v></c>`;
      } else if (typeof v === "boolean") cells += `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
      else if (v instanceof Date) {
        if (!Number.isNaN(v.getTime())) cells += `${head}><v>${serialOf(v)}</v></c>`;
      }
    }
    if (cells === "" && row.height === undefined) continue;
    const height = row.height !== undefined ? ` ht="${round(row.height)}" customHeight="1"` : "";
    batch += `<row r="${r}"${height}>${cells}</row>`;
    if (batch.length >= BATCH_CHARS) {
      yield batch;
      batch = "";
    }
  }
  if (batch) yield batch;
}
