/**
 * Additions to a user's worksheet XML that rewrite nothing of theirs (status-column.ts uses
 * them): a cell put among a row's cells in column order, a row created in row order, an entry
 * appended to a list section (its count set anew) or the section created where CT_Worksheet
 * puts it, a <col> width only where no <col> covers the column, <dimension> widened.
 * Rows and cells may omit r=: they are counted as the reader and fit-rows.ts count them.
 */
import { columnLetter } from "../../../../core/grid";
import { attr, columnOf } from "./fit-rows";
import { PackageError } from "./package-view";
import { withPrefix } from "./styles";
import { SECTION_ORDER } from "./worksheet";
import { matchesOf } from "./xml";

/** Excel's last column (XFD) and row: the reach of a whole-row or whole-column reference. */
const MAX_COL = 16384;
const MAX_ROW = 1048576;

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A reference of a sqref ("B2:C9", "D4", "F:F", "3:5") as an area; an empty one for none. */
export function boxOf(ref: string): Box {
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

export function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * One cell added to each row of `cells` (row → the cell's XML), in column order; a row the sheet
 * lacks is created in row order. Rows and cells may omit r=: a row without its number follows
 * the one before it, a cell without its reference the cell before it (as fit-rows.ts counts).
 * A row or cell inserted before such a one keeps it where it was: its neighbour before is
 * numbered below ours, so it cannot follow on directly and must carry its own number.
 */
export function withCells(
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

/**
 * `entry` appended to the sheet's <`list`> (its count set anew), or a new <`list`> where the
 * schema puts it: before the first section that follows it.
 */
export function withListEntry(
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
export function sectionPoint(xml: string, prefix: string, section: string): number {
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
export function withColumnWidth(xml: string, prefix: string, col: number, width: number): string {
  const p = escapeRe(prefix);
  const entry = withPrefix(
    `<col min="${col}" max="${col}" width="${width}" customWidth="1"/>`,
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
export function withDimension(xml: string, prefix: string, area: Box): string {
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

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
