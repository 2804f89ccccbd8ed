/**
 * Finding a table's header band: the header row, a second row of sub-headers under merged
 * parents ("Срок реализации, годы" / "2021 г."), and a row of column numbers (1 2 3 …).
 */
import { cellText, type CellValue, isEmptyCell } from "../grid";
import type { Field } from "../fields";
import { findPeriod } from "../deadline/title-period";
import { type HeaderMatch, scoreHeaderText, slotOfHeader, yearOfHeader } from "./header-score";
import { STRONG_HEADER_WEIGHT } from "./header-synonyms";
import { normalizeHeader } from "./normalize";
import { isNumberingText } from "./numbering";
import type { SheetView } from "./sheet-view";
import type { DeadlineSlot } from "./types";

export interface ColumnGuess {
  index: number;
  header: string;
  match: HeaderMatch | null;
  year: number | null;
  slot?: DeadlineSlot;
  part?: "start" | "end";
}

export interface HeaderBand {
  /** Grid rows (0-based) of the header band, numbering row included. */
  first: number;
  last: number;
  left: number;
  right: number;
  columns: ColumnGuess[];
  /** Normalised header texts, to recognise the same header repeated after a page break. */
  signature: string;
}

const KEY_FIELDS: ReadonlySet<Field> = new Set(["activity", "deadline", "responsible"]);

/** Header names are short; a data cell that happens to contain "срок" is usually longer. */
const MAX_NAME_LENGTH = 60;
/**
 * Sub-headers under a merged parent may be longer ("значение (количественное измерение или
 * качественная оценка результата)"); data rows are told apart by their cells outside parents.
 */
const MAX_SUB_HEADER_LENGTH = 100;

/** The tally of a candidate header's cells: how many are names, which roles are strong. */
class HeaderTally {
  readonly strong = new Set<Field>();
  key = false;
  filled = 0;
  named = 0;

  /** Counts one cell; false when it looks like data (a number, a date, "1."). */
  add(v: CellValue): boolean {
    if (isEmptyCell(v)) return true;
    if (typeof v !== "string") return false;
    const text = v.trim();
    if (isNumberingText(text)) return false;
    this.filled++;
    const m = text.length <= MAX_NAME_LENGTH ? scoreHeaderText(text) : null;
    if (!m) return true;
    this.named++;
    if (m.weight < STRONG_HEADER_WEIGHT || m.field === "number") return true;
    this.strong.add(m.field);
    if (KEY_FIELDS.has(m.field)) this.key = true;
    return true;
  }

  isHeader(): boolean {
    return this.key && this.strong.size >= 2 && this.named >= 0.6 * this.filled;
  }
}

/**
 * Does row r look like a roadmap header? Cheap enough to ask of every row. It needs two or more
 * roles including activity, deadline or responsible, most of its cells must be column names,
 * and none may look like data (a number, a date, "1."). A top row whose roles are named in the
 * row under its merged parents ("№ | Мероприятие | Организация исполнения" over "Срок |
 * Ответственный") is judged with those sub-headers in place of the parents.
 */
export function isHeaderRow(view: SheetView, r: number): boolean {
  const row = view.grid.cells[r];
  if (!row) return false;
  const tally = new HeaderTally();
  let parents = false;
  for (let c = 0; c < row.length; c++) {
    if (!tally.add(row[c])) return false;
    if (!isEmptyCell(row[c]) && view.spanRight(r, c) > c) parents = true;
  }
  if (tally.isHeader()) return true;
  return parents && isHeaderWithSubHeaders(view, r);
}

/**
 * A top row of a single cell (merged across) is a section («Раздел 1 …»), never a header's
 * parent row, even when a whole header stands under it — as after a page break in a Word
 * table, where the header repeats right under the part's last section row.
 */
function isHeaderWithSubHeaders(view: SheetView, r: number): boolean {
  const row = view.grid.cells[r];
  const under = view.grid.cells[r + 1];
  if (!row || !under) return false;
  const tally = new HeaderTally();
  let children = 0;
  if (row.filter((v) => !isEmptyCell(v)).length < 2) return false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isEmptyCell(v)) continue;
    const end = view.spanRight(r, c);
    if (end === c) {
      if (!tally.add(v)) return false;
      continue;
    }
    for (let k = c; k <= end; k++) {
      if (isEmptyCell(under[k] ?? null)) continue;
      if (!tally.add(under[k])) return false;
      children++;
    }
  }
  return children >= 2 && tally.isHeader();
}

/** A row of consecutive column numbers 1, 2, 3 … under a header (at least three of them). */
export function isNumberingRow(view: SheetView, r: number, left: number, right: number): boolean {
  let expected = 1;
  for (let c = left; c <= right; c++) {
    const v = view.own(r, c);
    if (isEmptyCell(v)) continue;
    const n = typeof v === "number" ? v : Number(cellText(v).replace(/\.$/, ""));
    if (n !== expected) return false;
    expected++;
  }
  return expected > 3;
}

export function readHeaderBand(view: SheetView, r: number): HeaderBand {
  // Columns of the header row, with the horizontal merges that make parents of sub-headers.
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  const parentOf: number[] = [];
  for (let c = 0; c < view.width; c++) {
    if (isEmptyCell(view.own(r, c))) continue;
    const end = view.spanRight(r, c);
    for (let k = c; k <= end; k++) parentOf[k] = c;
    left = Math.min(left, c);
    right = Math.max(right, end);
  }
  // Vertically merged header cells (A "№ п/п" over two rows) still name their column.
  let last = r;
  const sub = hasSubHeaderRow(view, r, left, right, parentOf) ? r + 1 : -1;
  if (sub >= 0) {
    last = sub;
    for (let c = left; c <= right; c++)
      if (!isEmptyCell(view.own(sub, c))) right = Math.max(right, c);
  }
  if (isNumberingRow(view, last + 1, left, right)) last++;

  const columns: ColumnGuess[] = [];
  for (let c = left; c <= right; c++) {
    const p = parentOf[c];
    const parent = p === undefined ? "" : cellText(view.own(r, p));
    const child = sub >= 0 ? cellText(view.own(sub, c)) : "";
    columns.push(guessColumn(c, parent, child));
  }
  const signature = columns.map((g) => normalizeHeader(g.header)).join("|");
  return { first: r, last, left, right, columns, signature };
}

function hasSubHeaderRow(
  view: SheetView,
  r: number,
  left: number,
  right: number,
  parentOf: number[],
): boolean {
  const next = r + 1;
  if (next >= view.rows || isNumberingRow(view, next, left, right)) return false;
  let underMergedParent = 0;
  for (let c = left; c <= right; c++) {
    const v = view.own(next, c);
    if (isEmptyCell(v)) continue;
    const text = cellText(v);
    if (text.length > MAX_SUB_HEADER_LENGTH) return false;
    const p = parentOf[c];
    const parentIsMerged = p !== undefined && view.spanRight(r, p) > p;
    // A cell under a column whose own header is vertically merged cannot be a sub-header.
    if (view.mergedFrom(next, c) !== null) return false;
    if (parentIsMerged) underMergedParent++;
    else if (p !== undefined) return false;
  }
  return underMergedParent >= 2;
}

/** Money by year ("Финансирование по годам", "Объем средств, тыс. руб."): no deadline. */
const MONEY = /финанс|объем|объём|тыс|руб|средств|бюджет|затрат|стоимост/i;
/** Words that name the two ends of a deadline split over two columns. */
const START_WORDS = /начал/i;
const END_WORDS = /окончан|завершен/i;

function guessColumn(index: number, parent: string, child: string): ColumnGuess {
  const header = child && parent ? `${parent} / ${child}` : parent || child;
  const pm = scoreHeaderText(parent);
  const deadlineParent = pm?.field === "deadline";
  const year = child ? yearOfHeader(child) : null;
  if (year !== null && (deadlineParent || (/год/i.test(parent) && !MONEY.test(parent)))) {
    return { index, header, match: { field: "deadline", weight: pm?.weight ?? 6 }, year };
  }
  const slot = child && deadlineParent ? slotOfHeader(child) : null;
  if (slot !== null && pm !== null) {
    return { index, header, match: pm, year: null, slot: { ...slot, period: findPeriod(parent) } };
  }
  const cm = child ? scoreHeaderText(child) : null;
  // The sub-header is the more specific name ("плановое значение" under "Результат…").
  const match = cm && cm.weight * 1.5 > (pm?.weight ?? 0) ? cm : pm;
  const guess: ColumnGuess = { index, header, match, year: null };
  if (match?.field === "deadline") {
    const name = child || parent;
    if (START_WORDS.test(name)) guess.part = "start";
    else if (END_WORDS.test(name)) guess.part = "end";
  }
  return guess;
}
