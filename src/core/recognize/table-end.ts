/**
 * Where a table ends: before a signature, before another table's header, after a run of
 * blank rows, or where rows stop having anything in the table's columns.
 */
import { cellText, isEmptyCell } from "../grid";
import { isHeaderRow } from "./header";
import type { SheetView } from "./sheet-view";

const SIGNATURE = [
  /_{3,}/,
  /(^|\s)м\.\s?п\.?(\s|$)/i,
  /^(подпись|согласовано|исполнитель:|составил)/i,
];
const POSITION =
  /^(начальник|директор|руководитель|заместитель|и\.\s?о\.|глава|председатель)(?![а-яё])/i;
const INITIALS = /[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\./;

function isSignatureRow(view: SheetView, r: number): boolean {
  const row = view.grid.cells[r];
  if (!row) return false;
  let texts = 0;
  let position = false;
  let initials = false;
  for (const v of row) {
    if (isEmptyCell(v)) continue;
    texts++;
    const t = cellText(v);
    if (SIGNATURE.some((p) => p.test(t))) return true;
    if (POSITION.test(t)) position = true;
    if (INITIALS.test(t)) initials = true;
  }
  return texts <= 3 && position && initials;
}

function hasCellIn(view: SheetView, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isEmptyCell(view.own(r, c))) return true;
  return false;
}

/** Rows that end a table when met: blank runs of this length. */
const BLANK_RUN_END = 2;

export interface TableExtent {
  /** Last grid row (0-based) of the table body. */
  last: number;
  /** Grid rows inside the body that repeat the header (after a page break) — not data. */
  repeatedHeaders: number[];
}

export function findTableEnd(
  view: SheetView,
  bodyStart: number,
  left: number,
  right: number,
  /** The last row of the table's own header band repeated from row r, or null when it is not. */
  sameHeader: (r: number) => number | null,
): TableExtent {
  let last = bodyStart - 1;
  let blanks = 0;
  const repeatedHeaders: number[] = [];
  for (let r = bodyStart; r < view.rows; r++) {
    if (view.isBlankRow(r) || !hasCellIn(view, r, left, right)) {
      // Content only outside the table's columns is not the table's either.
      if (!view.isBlankRow(r)) break;
      blanks++;
      if (blanks >= BLANK_RUN_END) break;
      continue;
    }
    if (isSignatureRow(view, r)) break;
    if (isHeaderRow(view, r)) {
      const end = sameHeader(r);
      if (end !== null) {
        // The whole band repeats (a two-row header's second row too), not its first row only.
        for (let k = r; k <= Math.max(r, end); k++) repeatedHeaders.push(k);
        r = Math.max(r, end);
        blanks = 0;
        continue;
      }
      break;
    }
    blanks = 0;
    last = r;
  }
  return { last, repeatedHeaders };
}
