/**
 * A worksheet part → the cells that hold values, and its merged areas.
 *
 * Cost is bounded by the XML's size and the cells holding values: data validations,
 * conditional formats, column styles and merges name ranges that are never expanded (a rule
 * over A1:XFD1048576 costs its few bytes), and only the cells that hold values are stored.
 * Rows and cells without `r=` references follow the one before (the Open XML SDK writes them
 * so). A formula counts by its cached result; its text is not data.
 */
import type { CellValue, MergeArea } from "../../../core/grid";
import { FileReadError } from "../file-error";
import { type AreaRef, COLS, packedCellRef, parseAreaRef } from "./cell-ref";
import type { ReadLimits } from "./limits";
import type { DateStyles } from "./styles";
import { readStringItem } from "./string-item";
import { CLOSE, END, OPEN, TEXT, type XmlScanner } from "./xml-scanner";

export interface SheetContext {
  sharedStrings: string[];
  dateStyles: DateStyles;
  date1904: boolean;
  limits: ReadLimits;
  /** Cells holding values in the sheets read so far (the cell limit is per workbook). */
  cellsSoFar: number;
  /** Read no further than this 1-based row (a header looked at): the rest is not scanned. */
  stopAfterRow?: number;
}

export interface SheetCells {
  /** Row-major values, 0-based from A1; ragged, no trailing empty rows or cells. */
  cells: CellValue[][];
  merges: MergeArea[];
}

const DAY_MS = 86_400_000;
/** 1970-01-01 as an Excel serial, and how much later the 1904 system starts counting. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/** A date serial → Date, as ExcelJS converts it (UTC, to the millisecond). */
export function dateOfSerial(serial: number, date1904: boolean): Date {
  const days = serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0);
  return new Date(Math.round(days * DAY_MS));
}

/** `t="d"`: an ISO 8601 date; without a zone it is the calendar day as written (UTC). */
function dateOfIso(text: string): CellValue {
  const s = text.trim();
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(s) || !/^\d{4}-\d\d-\d\d/.test(s);
  const d = new Date(zoned || s.length === 10 ? s : `${s}Z`);
  return Number.isNaN(d.getTime()) ? s : d;
}

function valueOf(
  type: string | null,
  raw: string,
  inline: string | null,
  style: number,
  ctx: SheetContext,
): CellValue {
  switch (type) {
    case "s": {
      const v = ctx.sharedStrings[parseInt(raw, 10)];
      return v === undefined ? null : v;
    }
    case "inlineStr":
      return inline === null || inline === "" ? (raw === "" ? null : raw) : inline;
    case "str":
      return raw === "" ? null : raw;
    case "b":
      return raw === "" ? null : parseInt(raw, 10) !== 0;
    case "e":
      return raw === "" ? null : raw;
    case "d":
      return raw === "" ? null : dateOfIso(raw);
    default: {
      if (raw === "") return null;
      const n = parseFloat(raw);
      if (Number.isNaN(n)) return null;
      return ctx.dateStyles[style] === true ? dateOfSerial(n, ctx.date1904) : n;
    }
  }
}

/** A non-negative integer written in src[from, to); 0 when it is none. */
function digitsIn(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return 0;
    n = n * 10 + c;
  }
  return n;
}

/** Text content of the current element, its children skipped. */
function readContent(sc: XmlScanner): string {
  if (sc.selfClosing) {
    sc.next();
    return "";
  }
  let out = "";
  for (;;) {
    const t = sc.next();
    if (t === TEXT) out += sc.text();
    else if (t === OPEN) sc.skipElement();
    else break; // CLOSE of the element, or the end of a truncated part
  }
  return out;
}

/** Sections of a sheet after its cells that may be large and hold nothing we read. */
const SKIPPED = new Set([
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "cols",
  "hyperlinks",
  "sheetViews",
  "rowBreaks",
  "colBreaks",
  "ignoredErrors",
]);

/** A row as it is filled: undefined where no value is (yet). */
type Row = (CellValue | undefined)[];

export function readWorksheet(sc: XmlScanner, ctx: SheetContext): SheetCells {
  const { limits } = ctx;
  const rows: Row[] = [];
  const mergeRefs: AreaRef[] = [];
  let row = 0; // 1-based, of the last row element or cell seen
  let col = 0;
  let cells = ctx.cellsSoFar;
  let area = 0; // slots of the row arrays: what the Grid will hold
  const stop = ctx.stopAfterRow ?? Infinity;
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t !== OPEN) continue;
    if (sc.is("c")) {
      // r= and s= are read in place: a string for each, on every cell, would be garbage.
      const at = sc.findAttr("r") ? packedCellRef(sc.source, sc.valueFrom, sc.valueTo) : -1;
      if (at > 0 && at % COLS > 0) {
        col = at % COLS;
        if (at >= COLS) row = Math.floor(at / COLS);
      } else col++;
      const style = sc.findAttr("s") ? digitsIn(sc.source, sc.valueFrom, sc.valueTo) : 0;
      const type = sc.attr("t");
      if (sc.selfClosing) {
        sc.next();
        continue;
      }
      let raw = "";
      let inline: string | null = null;
      for (let k = sc.next(); k !== END; k = sc.next()) {
        if (k === OPEN) {
          if (sc.is("v")) raw = readContent(sc);
          else if (sc.is("is")) inline = readStringItem(sc);
          else sc.skipElement(); // <f>: the formula's text; <extLst>
        } else if (k === CLOSE && sc.is("c")) break;
      }
      const v = valueOf(type, raw, inline, style, ctx);
      if (v === null) continue;
      if (row < 1) row = 1; // a cell before any row element: the sheet's first row
      if (row > stop) break;
      if (row > limits.maxRows) {
        throw new FileReadError("too-large", { reason: "rows", limit: limits.maxRows });
      }
      if (++cells > limits.maxCells) {
        throw new FileReadError("too-large", { reason: "cells", limit: limits.maxCells });
      }
      const line = rows[row - 1] ?? (rows[row - 1] = []);
      if (col > line.length) {
        area += col - line.length;
        if (area > limits.maxArea) {
          throw new FileReadError("too-large", { reason: "area", limit: limits.maxArea });
        }
      }
      line[col - 1] = v;
    } else if (sc.is("row")) {
      const r = sc.attr("r");
      const n = r === null ? NaN : parseInt(r, 10);
      row = Number.isFinite(n) && n > 0 ? n : row + 1;
      col = 0;
      if (row > stop) break; // rows come in order: the head is read
    } else if (sc.is("mergeCell")) {
      const ref = sc.attr("ref");
      const area = ref === null ? null : parseAreaRef(ref);
      if (area !== null) mergeRefs.push(area);
    } else if (SKIPPED.has(sc.name)) {
      sc.skipElement();
    }
  }
  ctx.cellsSoFar = cells;
  const merges = dedupe(mergeRefs);
  dropCoveredValues(rows, merges);
  return { cells: denseRows(rows), merges: merges.map(toGridArea) };
}

function toGridArea(a: AreaRef): MergeArea {
  return { top: a.top - 1, left: a.left - 1, bottom: a.bottom - 1, right: a.right - 1 };
}

function dedupe(list: AreaRef[]): AreaRef[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = `${a.top},${a.left},${a.bottom},${a.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A merged area shows only its top-left cell's value; values left in its other cells are
 * hidden in Excel and dropped here (as ExcelJS does). Each merge is clipped to the rows and
 * cells that exist, so a merge over A1:XFD1048576 costs what the sheet holds, not its area;
 * merges do not overlap in a valid file, so the whole pass costs at most the Grid's size.
 */
function dropCoveredValues(rows: Row[], merges: AreaRef[]): void {
  let width = 0;
  for (const line of rows) if (line !== undefined && line.length > width) width = line.length;
  for (const m of merges) {
    if (m.left > width) continue;
    const last = Math.min(m.bottom, rows.length);
    for (let r = m.top; r <= last; r++) {
      const line = rows[r - 1];
      if (line === undefined) continue;
      const right = Math.min(m.right, line.length);
      for (let c = r === m.top ? m.left + 1 : m.left; c <= right; c++) {
        line[c - 1] = undefined;
      }
    }
  }
}

/** Holes become null and empty tails go: the Grid's rows end at their last value. */
function denseRows(rows: Row[]): CellValue[][] {
  const out: CellValue[][] = new Array(rows.length);
  let lastRow = -1;
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r];
    if (line === undefined) {
      out[r] = [];
      continue;
    }
    let end = line.length;
    while (end > 0 && line[end - 1] === undefined) end--;
    const dense: CellValue[] = new Array(end);
    for (let c = 0; c < end; c++) {
      const v = line[c];
      dense[c] = v === undefined ? null : v;
    }
    out[r] = dense;
    if (end > 0) lastRow = r;
  }
  out.length = lastRow + 1;
  return out;
}
