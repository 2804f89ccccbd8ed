/** A1-style references of SpreadsheetML: "AB12" → row 12, column 28; "A1:C3" → an area. */

/** Excel's own bounds: a reference past them is not a cell. */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export interface CellRef {
  /** 1-based; 0 when the reference names a whole column ("A:A"). */
  row: number;
  /** 1-based; 0 when the reference names a whole row ("1:1"). */
  col: number;
}

/** Parses "AB12", "$AB$12", "AB" or "12"; null for anything else or out of Excel's range. */
export function parseCellRef(s: string): CellRef | null {
  const packed = packedCellRef(s);
  return packed < 0 ? null : { row: Math.floor(packed / COLS), col: packed % COLS };
}

/** Radix of a packed reference: row × COLS + col, both as in CellRef. */
export const COLS = 32_768;

/**
 * parseCellRef as one number (row × COLS + col), −1 when invalid: a worksheet has a reference
 * on every cell, and an object per cell would be garbage by the million.
 */
export function packedCellRef(s: string, from = 0, to = s.length): number {
  let i = from;
  const n = to;
  if (s.charCodeAt(i) === 0x24) i++; // $
  let col = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) c -= 0x20; // lower case letters are seen in the wild
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
    if (col > MAX_COL) return -1;
    i++;
  }
  if (s.charCodeAt(i) === 0x24) i++;
  let row = 0;
  const digitsFrom = i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    row = row * 10 + (c - 0x30);
    if (row > MAX_ROW) return -1;
    i++;
  }
  if (col === 0 && i === digitsFrom) return -1;
  if (i > digitsFrom && row === 0) return -1;
  return row * COLS + col;
}

export interface AreaRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2:D4" (either corner first), "B2" alone, "A:C" and "1:3"; 1-based, inclusive. */
export function parseAreaRef(s: string): AreaRef | null {
  const colon = s.indexOf(":");
  const a = parseCellRef(colon < 0 ? s : s.slice(0, colon));
  const b = colon < 0 ? a : parseCellRef(s.slice(colon + 1));
  if (!a || !b) return null;
  const top = Math.min(a.row || 1, b.row || 1);
  const bottom = a.row === 0 || b.row === 0 ? MAX_ROW : Math.max(a.row, b.row);
  const left = Math.min(a.col || 1, b.col || 1);
  const right = a.col === 0 || b.col === 0 ? MAX_COL : Math.max(a.col, b.col);
  return { top, left, bottom, right };
}
