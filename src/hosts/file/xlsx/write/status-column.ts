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
import { attr } from "./fit-rows";
import {
  boxOf,
  escapeRe,
  overlaps,
  withCells,
  withColumnWidth,
  withDimension,
  withListEntry,
  type Box,
} from "./sheet-additions";
import { withPrefix, type StyleSheet } from "./styles";
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
/** Excel's last column, XFD. */
const MAX_COLUMN = 16384;
/** Excel refuses a file whose validation title or message is longer (ECMA-376 §18.3.1.32). */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

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
  // A table reaching Excel's last column (XFD) has no column right of it.
  if (col > MAX_COLUMN || isOccupied(xml, prefix, grid, area)) {
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
  out = withColumnWidth(out, prefix, col, STATUS_COLUMN_WIDTH);
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
