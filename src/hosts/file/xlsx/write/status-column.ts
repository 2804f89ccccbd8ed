/**
 * The status column («Отметка об исполнении») patched into a user's sheet of the checked copy,
 * as the Excel host adds it to the open workbook (core/status-column.ts holds the header, the
 * marks and where the column goes): the header in the header band (merged down a multi-row
 * band), a list drop-down over the table's rows that still accepts other text (a date, a
 * comment), thin borders, and a width when the sheet gives the column none.
 *
 * Only ever into a column that is empty over the table's rows — no value, no merge reaching into
 * it, no data validation of the user's — otherwise StatusColumnOccupiedError and nothing is
 * written. The edit adds elements and never rewrites one of the user's: a cell goes in among
 * the row's cells in column order (an empty cell of the user's there is replaced), a missing
 * row is created in row order, <mergeCells>, <dataValidations> and <cols> are appended to or
 * created where CT_Worksheet puts them, and <dimension> and a row's `spans` are widened only
 * when they would not cover the column.
 */
import { columnLetter, isEmptyCell, type Grid } from "../../../../core/grid";
import {
  STATUS_CHOICES,
  STATUS_HEADER,
  type StatusAlertText,
  type StatusColumnTarget,
} from "../../../../core/status-column";
import { attr, columnOf } from "./fit-rows";
import { PackageError } from "./package-view";
import { withPrefix, type StyleSheet } from "./styles";
import { SECTION_ORDER } from "./worksheet";
import { escapeAttr, escapeText, matchesOf, textElement } from "./xml";

export class StatusColumnOccupiedError extends Error {
  readonly code = "status-column-occupied";
  constructor(
    readonly sheet: string,
    readonly column: string,
  ) {
    super(`Столбец ${column} справа от таблицы на листе «${sheet}» не пуст: освободите его`);
    this.name = "StatusColumnOccupiedError";
  }
}

/** The column's width in Excel's characters when the sheet sets none: the header on two lines. */
export const STATUS_COLUMN_WIDTH = 20;
/** Excel refuses a file whose validation title or message is longer (ECMA-376 §18.3.1.32). */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;
/** Excel's last column (XFD) and row: the reach of a whole-row or whole-column reference. */
const MAX_COL = 16384;
const MAX_ROW = 1048576;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The sheet's XML with the status column of `target`, and the Grid with its header in it (so
 * the rows fitted afterwards make room for the header). `grid` is the same sheet as our reader
 * read it: what says the column is empty.
 */
export function withStatusColumn(
  xml: string,
  grid: Grid,
  target: StatusColumnTarget,
  alert: StatusAlertText,
  styles: StyleSheet,
): { xml: string; grid: Grid } {
  const prefix = /<([\w.-]+:)?worksheet\b/.exec(xml)?.[1] ?? "";
  const col = target.rightColumn + 1;
  const letter = columnLetter(col);
  const [top, bottom] = target.headerRows;
  const last = Math.max(target.lastRow, bottom);
  const area: Box = { top, left: col, bottom: last, right: col };
  if (isOccupied(xml, prefix, grid, area)) {
    throw new StatusColumnOccupiedError(target.sheet, letter);
  }

  const border = { border: true, wrap: true } as const;
  const headerStyle = styles.xf({
    ...border,
    bold: true,
    horizontal: "center",
    vertical: "center",
  });
  const cellStyle = styles.xf({ ...border, vertical: "top" });
  const cells = new Map<number, string>();
  for (let r = top; r <= last; r++) {
    const ref = `${letter}${r}`;
    const fragment =
      r === top
        ? `<c r="${ref}" s="${headerStyle}" t="inlineStr"><is>${textElement(STATUS_HEADER)}</is></c>`
        : `<c r="${ref}" s="${r <= bottom ? headerStyle : cellStyle}"/>`;
    cells.set(r, withPrefix(fragment, prefix));
  }
  let out = withCells(xml, prefix, col, cells, () => {
    throw new StatusColumnOccupiedError(target.sheet, letter);
  });
  if (bottom > top) {
    out = withListEntry(
      out,
      prefix,
      "mergeCells",
      "mergeCell",
      `<mergeCell ref="${letter}${top}:${letter}${bottom}"/>`,
    );
  }
  if (last > bottom) {
    out = withListEntry(
      out,
      prefix,
      "dataValidations",
      "dataValidation",
      validationXml(`${letter}${bottom + 1}:${letter}${last}`, alert),
    );
  }
  out = withColumnWidth(out, prefix, col);
  out = withDimension(out, prefix, area);
  return { xml: out, grid: withHeader(grid, target, col) };
}

/** Anything of the user's in the area: a value, a merge reaching into it, a data validation. */
function isOccupied(xml: string, prefix: string, grid: Grid, area: Box): boolean {
  for (let r = area.top; r <= area.bottom; r++) {
    const value = grid.cells[r - grid.origin.row]?.[area.left - grid.origin.col] ?? null;
    if (!isEmptyCell(value)) return true;
  }
  const shift = (m: Box): Box => ({
    top: m.top + grid.origin.row,
    bottom: m.bottom + grid.origin.row,
    left: m.left + grid.origin.col,
    right: m.right + grid.origin.col,
  });
  if (grid.merges.some((m) => overlaps(shift(m), area))) return true;
  const p = escapeRe(prefix);
  const refs: string[] = [];
  for (const m of matchesOf(xml, new RegExp(`<${p}dataValidation\\b[^>]*>`, "g"))) {
    refs.push(attr(m[0], "sqref") ?? "");
  }
  // Excel 2010's validations (a list from another sheet) sit in extLst, their areas in <xm:sqref>.
  const x14 = /<([\w.-]+:)dataValidation\b[\s\S]*?<\/\1dataValidation>/g;
  for (const m of matchesOf(xml, x14)) {
    if (m[1] === prefix) continue;
    refs.push(/<(?:[\w.-]+:)?sqref>([^<]*)</.exec(m[0])?.[1] ?? "");
  }
  return refs.some((sqref) => sqref.split(/\s+/).some((ref) => overlaps(boxOf(ref), area)));
}

/** A reference of a sqref ("B2:C9", "D4", "F:F", "3:5") as an area; an empty one for none. */
function boxOf(ref: string): Box {
  const m = /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/.exec(ref.toUpperCase());
  if (!m || ref === "") return { top: 0, left: 0, bottom: -1, right: -1 };
  const left = m[1] ? columnOf(m[1]) : 1;
  const top = m[2] ? Number(m[2]) : 1;
  const endCol = m[3] ?? m[1];
  const endRow = m[4] ?? m[2];
  return {
    top,
    left,
    bottom: endRow ? Number(endRow) : MAX_ROW,
    right: endCol ? columnOf(endCol) : MAX_COL,
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * One cell added to each row of `cells` (row → the cell's XML), in column order; a row the sheet
 * lacks is created in row order. Rows and cells may omit r=: a row without its number follows
 * the one before it, a cell without its reference the cell before it (as fit-rows.ts counts).
 * A row or cell inserted before such a one keeps it where it was: its neighbour before is
 * numbered below ours, so it cannot follow on directly and must carry its own number.
 */
function withCells(
  xml: string,
  prefix: string,
  col: number,
  cells: Map<number, string>,
  occupied: () => never,
): string {
  const p = escapeRe(prefix);
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!open) throw new PackageError("на листе нет данных (sheetData)");
  const pending = [...cells.keys()].sort((a, b) => a - b);
  const newRow = (r: number) =>
    withPrefix(`<row r="${r}">`, prefix) + cells.get(r) + `</${prefix}row>`;
  const start = open.index + open[0].length;
  if (open[1] === "/") {
    const rows = pending.map(newRow).join("");
    const tag = open[0].replace(/\s*\/>$/, ">");
    return xml.slice(0, open.index) + tag + rows + `</${prefix}sheetData>` + xml.slice(start);
  }
  const close = xml.indexOf(`</${prefix}sheetData>`, start);
  if (close < 0) throw new PackageError("лист без конца данных (sheetData)");

  const out: string[] = [xml.slice(0, start)];
  let at = start;
  let rowNumber = 0;
  let next = 0;
  const rowRe = new RegExp(`<${p}row\\b[^>]*?(/?)>`, "g");
  rowRe.lastIndex = start;
  for (let m = rowRe.exec(xml); m && m.index < close; m = rowRe.exec(xml)) {
    const tag = m[0];
    const r = Number(attr(tag, "r"));
    rowNumber = Number.isFinite(r) && r > 0 ? r : rowNumber + 1;
    const end = m[1] === "/" ? m.index + tag.length : xml.indexOf(`</${prefix}row>`, m.index);
    if (end < 0) throw new PackageError("строка листа без конца (row)");
    rowRe.lastIndex = end;
    while (next < pending.length && pending[next] < rowNumber) {
      out.push(xml.slice(at, m.index), newRow(pending[next++]));
      at = m.index;
    }
    if (pending[next] !== rowNumber) continue;
    const cell = cells.get(pending[next++])!;
    const opened = m[1] === "/" ? tag.replace(/\s*\/>$/, ">") : tag;
    const body = m[1] === "/" ? "" : xml.slice(m.index + tag.length, end);
    const closing = m[1] === "/" ? `</${prefix}row>` : "";
    out.push(
      xml.slice(at, m.index),
      withSpans(opened, col),
      withCell(body, prefix, col, cell, occupied),
      closing,
    );
    at = end;
  }
  while (next < pending.length) {
    out.push(xml.slice(at, close), newRow(pending[next++]));
    at = close;
  }
  out.push(xml.slice(at));
  return out.join("");
}

/** A row's start tag whose `spans` (a hint of its cells' columns) covers the new column. */
function withSpans(tag: string, col: number): string {
  const spans = attr(tag, "spans");
  if (spans === undefined) return tag;
  const bounds = spans
    .split(/[\s:]+/)
    .map(Number)
    .filter(Number.isFinite);
  if (bounds.length === 0) return tag;
  const low = Math.min(...bounds);
  const high = Math.max(...bounds);
  if (col >= low && col <= high) return tag;
  const widened = `${Math.min(low, col)}:${Math.max(high, col)}`;
  return tag.replace(/(\sspans\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${widened}"`);
}

/** The row's content with `cell` among its cells in column order. */
function withCell(
  body: string,
  prefix: string,
  col: number,
  cell: string,
  occupied: () => never,
): string {
  const p = escapeRe(prefix);
  let current = 0;
  for (const m of matchesOf(body, new RegExp(`<${p}c\\b[^>]*?(/?)>`, "g"))) {
    const ref = attr(m[0], "r");
    const given = ref === undefined ? 0 : columnOf(ref);
    current = given > 0 ? given : current + 1;
    if (current < col) continue;
    if (current > col) return body.slice(0, m.index) + cell + body.slice(m.index);
    // The user's cell in our place: replaced only when it holds nothing (a style alone).
    let end = m.index + m[0].length;
    if (m[1] !== "/") {
      const close = body.indexOf(`</${prefix}c>`, end);
      if (close < 0) throw new PackageError("ячейка листа без конца (c)");
      if (/<(?:[\w.-]+:)?(?:v|f|is)\b/.test(body.slice(end, close))) occupied();
      end = close + `</${prefix}c>`.length;
    }
    return body.slice(0, m.index) + cell + body.slice(end);
  }
  // After the row's last cell, before anything else the row holds (an extLst).
  const ext = new RegExp(`<${p}extLst\\b`).exec(body);
  const at = ext ? ext.index : body.length;
  return body.slice(0, at) + cell + body.slice(at);
}

/** The list drop-down over the table's rows: other text is accepted after a note. */
function validationXml(sqref: string, alert: StatusAlertText): string {
  const list = `"${STATUS_CHOICES.join(",")}"`;
  return (
    `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="information"` +
    ` errorTitle="${escapeAttr(alert.title.slice(0, TITLE_LIMIT))}"` +
    ` error="${escapeAttr(alert.message.slice(0, MESSAGE_LIMIT))}" sqref="${sqref}">` +
    `<formula1>${escapeText(list)}</formula1></dataValidation>`
  );
}

/**
 * `entry` appended to the sheet's <`list`> (its count set anew), or a new <`list`> where the
 * schema puts it: before the first section that follows it.
 */
function withListEntry(
  xml: string,
  prefix: string,
  list: "mergeCells" | "dataValidations",
  item: string,
  entry: string,
): string {
  const p = escapeRe(prefix);
  const fragment = withPrefix(entry, prefix);
  const existing = new RegExp(`<${p}${list}\\b([^>]*?)(/?)>`).exec(xml);
  if (existing) {
    const selfClosing = existing[2] === "/";
    const start = existing.index + existing[0].length;
    const close = selfClosing ? start : xml.indexOf(`</${prefix}${list}>`, start);
    if (close < 0) throw new PackageError(`лист без конца ${list}`);
    const items = [...matchesOf(xml.slice(start, close), new RegExp(`<${p}${item}\\b`, "g"))];
    const head = withCount(
      selfClosing ? existing[0].replace(/\s*\/>$/, ">") : existing[0],
      items.length + 1,
    );
    const tail = selfClosing ? `</${prefix}${list}>` : "";
    return (
      xml.slice(0, existing.index) +
      head +
      xml.slice(start, close) +
      fragment +
      tail +
      xml.slice(close)
    );
  }
  const created = withPrefix(`<${list} count="1">`, prefix) + fragment + `</${prefix}${list}>`;
  const at = sectionPoint(xml, prefix, list);
  return xml.slice(0, at) + created + xml.slice(at);
}

function withCount(tag: string, count: number): string {
  return /\scount\s*=/.test(tag)
    ? tag.replace(/(\scount\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${count}"`)
    : tag.replace(/\s*>$/, ` count="${count}">`);
}

/** Where a new section goes: before the first of those after it, searched after sheetData. */
function sectionPoint(xml: string, prefix: string, section: string): number {
  const p = escapeRe(prefix);
  const data = new RegExp(`</${p}sheetData>|<${p}sheetData\\b[^>]*/>`).exec(xml);
  if (!data) throw new PackageError("на листе нет данных (sheetData)");
  const later = [
    ...SECTION_ORDER.slice(SECTION_ORDER.indexOf(section as never) + 1),
    "AlternateContent",
  ];
  const next = new RegExp(`<(?:[\\w.-]+:)?(${later.join("|")})\\b`, "g");
  next.lastIndex = data.index + data[0].length;
  const m = next.exec(xml);
  return m ? m.index : xml.lastIndexOf(`</${prefix}worksheet>`);
}

/**
 * A width for the column when no <col> of the sheet covers it; a width the user set (or a
 * range that happens to reach the column) is left as it is.
 */
function withColumnWidth(xml: string, prefix: string, col: number): string {
  const p = escapeRe(prefix);
  const entry = withPrefix(
    `<col min="${col}" max="${col}" width="${STATUS_COLUMN_WIDTH}" customWidth="1"/>`,
    prefix,
  );
  const cols = new RegExp(`<${p}cols\\b[^>]*>([\\s\\S]*?)</${p}cols>`).exec(xml);
  if (!cols) {
    const data = new RegExp(`<${p}sheetData\\b`).exec(xml);
    if (!data) throw new PackageError("на листе нет данных (sheetData)");
    return (
      xml.slice(0, data.index) +
      withPrefix("<cols>", prefix) +
      entry +
      `</${prefix}cols>` +
      xml.slice(data.index)
    );
  }
  const bodyStart = cols.index + cols[0].indexOf(">") + 1;
  let insertAt = bodyStart + cols[1].length;
  for (const m of matchesOf(cols[1], new RegExp(`<${p}col\\b[^>]*>`, "g"))) {
    const min = Number(attr(m[0], "min"));
    const max = Number(attr(m[0], "max"));
    if (min <= col && col <= max) return xml;
    if (min > col) {
      insertAt = bodyStart + m.index;
      break;
    }
  }
  return xml.slice(0, insertAt) + entry + xml.slice(insertAt);
}

/** <dimension> (the used range, a hint for readers) widened to cover the area. */
function withDimension(xml: string, prefix: string, area: Box): string {
  const p = escapeRe(prefix);
  const m = new RegExp(`<${p}dimension\\b[^>]*>`).exec(xml);
  const ref = m ? attr(m[0], "ref") : undefined;
  if (!m || ref === undefined) return xml;
  const box = boxOf(ref);
  if (box.bottom < box.top) return xml;
  const wide: Box = {
    top: Math.min(box.top, area.top),
    left: Math.min(box.left, area.left),
    bottom: Math.max(box.bottom, area.bottom),
    right: Math.max(box.right, area.right),
  };
  if (
    wide.top === box.top &&
    wide.left === box.left &&
    wide.bottom === box.bottom &&
    wide.right === box.right
  ) {
    return xml;
  }
  const text = `${columnLetter(wide.left)}${wide.top}:${columnLetter(wide.right)}${wide.bottom}`;
  const tag = m[0].replace(/(\sref\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${text}"`);
  return xml.slice(0, m.index) + tag + xml.slice(m.index + m[0].length);
}

/** The Grid with the header written and merged as in the XML, for fitting the rows. */
function withHeader(grid: Grid, target: StatusColumnTarget, col: number): Grid {
  const [top, bottom] = target.headerRows;
  const r = top - grid.origin.row;
  const c = col - grid.origin.col;
  if (r < 0 || c < 0) return grid;
  const cells = grid.cells.slice();
  const row = (cells[r] ?? []).slice();
  while (row.length < c) row.push(null);
  row[c] = STATUS_HEADER;
  cells[r] = row;
  const merges =
    bottom > top
      ? [...grid.merges, { top: r, left: c, bottom: bottom - grid.origin.row, right: c }]
      : grid.merges;
  return { ...grid, cells, merges };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
