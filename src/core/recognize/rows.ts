/**
 * Row kinds (DESIGN.md §4): an item (an activity), a section (one text across the row), or a
 * continuation (a row split from the one above by a page break: no number, fragments of text),
 * which is merged into its parent so that nothing of it is lost.
 */
import { type CellValue, cellText, isBlankValue, isEmptyCell } from "../grid";
import type { Field } from "../fields";
import { isNumberingText } from "./numbering";
import { isNumberingRow } from "./header";
import { LETTERS } from "./letters";
import type { SheetView } from "./sheet-view";
import type { TableColumn, TableRow } from "./types";

const SECTION_WORD = /^(задача|раздел|направление|блок|этап|модуль|цель)\s*(№\s*)?([\dIVX]+)/i;
/** Any letter (no \p{L}: ES2017, see letters.ts). */
const A_LETTER = new RegExp(`[${LETTERS}]`);
/** A heading that names only a year or a period: "2021 год", "2022-2023 учебный год". */
const YEAR_SECTION =
  /^(?:на |в )?20\d\d(?:\s*[-–—/]\s*(?:20)?\d\d)?\s*(?:уч(?:ебн[а-яё]*)?\.?\s*)?(?:год[а-яё]*|гг?\.?)$/i;
// "4. Разработка …", and "2.Организация …" written without the space.
const LEADING_NUMBER =
  /^\s*(\d{1,3}(?:\.\d{1,3}){0,3}\.?(?=\s|$)|\d{1,3}(?:\.\d{1,3}){0,3}\.(?=[«"A-ZА-ЯЁ]))/;

export interface RowsResult {
  rows: TableRow[];
  continuations: { row: number; parent: number }[];
}

interface Layout {
  view: SheetView;
  columns: TableColumn[];
  byField: Map<Field, number>; // field → position in columns (first such column)
  width: number;
  originRow: number;
  left: number;
  right: number;
}

export function classifyRows(
  view: SheetView,
  columns: TableColumn[],
  bodyStart: number,
  bodyEnd: number,
  skip: ReadonlySet<number>,
  originRow: number,
): RowsResult {
  const byField = new Map<Field, number>();
  columns.forEach((c, i) => {
    if (!byField.has(c.field)) byField.set(c.field, i);
  });
  const layout: Layout = {
    view,
    columns,
    byField,
    width: columns.length,
    originRow,
    left: columns[0].index,
    right: columns[columns.length - 1].index,
  };
  const rows: TableRow[] = [];
  const continuations: { row: number; parent: number }[] = [];
  let section: string | null = null;
  let lastItem: TableRow | null = null;

  for (let r = bodyStart; r <= bodyEnd; r++) {
    if (skip.has(r) || view.isBlankRow(r)) continue;
    if (isNumberingRow(view, r, layout.left, layout.right)) continue;
    const own = ownPositions(layout, r);
    if (own.length === 0) continue; // only values merged down from above: nothing new here
    const sheetRow = originRow + r;

    const sectionText =
      sectionTextOf(layout, r, own) ??
      sectionByRestart(layout, r, own, bodyEnd, lastItem) ??
      sectionByChildNumbering(layout, r, own, bodyEnd);
    if (sectionText !== null) {
      const number = numberOf(layout, r, sectionText);
      section = sectionText;
      rows.push({
        row: sheetRow,
        kind: "section",
        sourceRows: [sheetRow],
        values: valuesOf(layout, r),
        number,
        section,
      });
      lastItem = null;
      continue;
    }
    if (lastItem !== null && isContinuation(layout, r, own)) {
      mergeInto(layout, lastItem, r, own);
      continuations.push({ row: sheetRow, parent: lastItem.row });
      continue;
    }
    // No activity, no number and nothing in the required columns: a stray note, never an item.
    if (!hasSubstance(layout, r)) {
      if (lastItem !== null) {
        mergeInto(layout, lastItem, r, own);
        continuations.push({ row: sheetRow, parent: lastItem.row });
      }
      continue;
    }
    const item: TableRow = {
      row: sheetRow,
      kind: "item",
      sourceRows: [sheetRow],
      values: valuesOf(layout, r),
      number: null,
      section,
    };
    item.number = numberOf(layout, r, null);
    rows.push(item);
    lastItem = item;
  }
  return { rows, continuations };
}

/** Positions (in columns) of cells the row itself writes — not values merged down onto it. */
function ownPositions(layout: Layout, r: number): number[] {
  const out: number[] = [];
  layout.columns.forEach((col, i) => {
    if (!isEmptyCell(layout.view.own(r, col.index))) out.push(i);
  });
  return out;
}

function ownText(layout: Layout, r: number, field: Field): string {
  const i = layout.byField.get(field);
  return i === undefined ? "" : cellText(layout.view.own(r, layout.columns[i].index));
}

function sectionTextOf(layout: Layout, r: number, own: number[]): string | null {
  const numberPos = layout.byField.get("number");
  const texts = own.filter((i) => i !== numberPos);
  if (texts.length !== 1) {
    // A whole section written into the number cell ("2. Реализация мер …").
    if (texts.length === 0 && own.length === 1 && numberPos !== undefined) {
      const t = cellText(layout.view.own(r, layout.columns[numberPos].index));
      if (!isNumberingText(t) && A_LETTER.test(t) && (t.length >= 10 || YEAR_SECTION.test(t)))
        return t;
    }
    return null;
  }
  const pos = texts[0];
  const col = layout.columns[pos];
  const text = cellText(layout.view.own(r, col.index));
  const span = layout.view.spanRight(r, col.index) - col.index + 1;
  if (span >= Math.max(2, Math.ceil(layout.width * 0.5))) return text;
  if (own.length === 1 && (SECTION_WORD.test(text) || YEAR_SECTION.test(text))) return text;
  // Unmerged paste: a lone long text in the first column, where no activity is written.
  if (
    own.length === 1 &&
    pos === 0 &&
    layout.columns[0].field !== "activity" &&
    text.length >= 10
  ) {
    const f = layout.columns[0].field;
    if (f === "number" || f === "task" || f === "other") return text;
  }
  return null;
}

function firstNumber(text: string | null): number | null {
  const m = text === null ? null : /^\s*(\d+)/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * A lone capitalised text, unmerged, in a table whose numbering starts again at 1 right after
 * it, is a section heading typed into one cell (001's sections when not merged across).
 */
function sectionByRestart(
  layout: Layout,
  r: number,
  own: number[],
  bodyEnd: number,
  lastItem: TableRow | null,
): string | null {
  const numberPos = layout.byField.get("number");
  if (numberPos === undefined || own.length !== 1 || own[0] === numberPos) return null;
  const text = cellText(layout.view.own(r, layout.columns[own[0]].index));
  if (text.length < 10 || !/^[«"]?[A-ZА-ЯЁ]/.test(text)) return null;
  const before = firstNumber(lastItem?.number ?? null);
  if (before === null || before <= 1) return null;
  const n = firstNumber(nextNumber(layout, r, bodyEnd, numberPos));
  return n === 1 ? text : null;
}

/** How many rows with content after a heading are searched for the next number. */
const LOOK_AHEAD = 5;

/** The next number written below row r, within a few rows with content (blank rows skipped). */
function nextNumber(layout: Layout, r: number, bodyEnd: number, numberPos: number): string | null {
  let seen = 0;
  for (let next = r + 1; next <= bodyEnd && seen < LOOK_AHEAD; next++) {
    if (layout.view.isBlankRow(next)) continue;
    seen++;
    const n = cellText(layout.view.own(next, layout.columns[numberPos].index));
    if (n !== "") return n;
  }
  return null;
}

/** "1.", "1.1." → "1", "1.1": numbers compared without their trailing dot. */
function bareNumber(text: string): string {
  return text.trim().replace(/\.+$/, "");
}

const CHECKED_FIELDS: readonly Field[] = ["deadline", "responsible", "expectedResult"];

/**
 * A numbered heading with nothing to check, followed by rows numbered under it ("1. |
 * Организационные мероприятия" then "1.1", "1.2"), is a section written unmerged.
 */
function sectionByChildNumbering(
  layout: Layout,
  r: number,
  own: number[],
  bodyEnd: number,
): string | null {
  const numberPos = layout.byField.get("number");
  if (numberPos === undefined || own.length !== 2 || !own.includes(numberPos)) return null;
  const number = cellText(layout.view.own(r, layout.columns[numberPos].index));
  if (!isNumberingText(number)) return null;
  const textPos = own.find((i) => i !== numberPos) as number;
  if (CHECKED_FIELDS.includes(layout.columns[textPos].field)) return null;
  const checked = layout.columns.some(
    (c) => CHECKED_FIELDS.includes(c.field) && !isBlankValue(layout.view.value(r, c.index)),
  );
  if (checked) return null;
  const prefix = `${bareNumber(number)}.`;
  const next = nextNumber(layout, r, bodyEnd, numberPos);
  if (next === null) return null;
  const child = bareNumber(next);
  return child.startsWith(prefix) && child.length > prefix.length
    ? cellText(layout.view.own(r, layout.columns[textPos].index))
    : null;
}

function startsUpper(text: string): boolean {
  return /^[«"“(]?[A-ZА-ЯЁ]/.test(text);
}

/**
 * A row split from the one above: it has no number of its own and does not look like a
 * complete activity (a capitalised activity with its own person or deadline).
 */
function isContinuation(layout: Layout, r: number, own: number[]): boolean {
  if (layout.byField.has("number") && ownText(layout, r, "number") !== "") return false;
  const activity = ownText(layout, r, "activity");
  if (!layout.byField.has("number") && LEADING_NUMBER.test(activity)) return false;
  const texts = own.map((i) => cellText(layout.view.own(r, layout.columns[i].index)));
  if (texts.every((t) => !startsUpper(t) && !/^\d/.test(t))) return true;
  const responsible = ownText(layout, r, "responsible");
  const deadline = ownText(layout, r, "deadline");
  const complete =
    (activity === "" || startsUpper(activity) || LEADING_NUMBER.test(activity)) &&
    ((responsible !== "" && startsUpper(responsible)) || (deadline !== "" && deadline.length > 4));
  return !complete;
}

/** The fields an item is checked for: a row with none of them filled says nothing to check. */
const ITEM_FIELDS: readonly Field[] = ["activity", "deadline", "responsible", "expectedResult"];

/**
 * Does the row hold an activity, a number, or something in a required column (its own value or
 * one merged down onto it)? Year and grid columns count as the deadline.
 */
function hasSubstance(layout: Layout, r: number): boolean {
  if (ownText(layout, r, "number") !== "") return true;
  return layout.columns.some(
    (c) => ITEM_FIELDS.includes(c.field) && !isBlankValue(layout.view.value(r, c.index)),
  );
}

function valuesOf(layout: Layout, r: number): CellValue[] {
  return layout.columns.map((c) => layout.view.value(r, c.index));
}

function mergeInto(layout: Layout, parent: TableRow, r: number, own: number[]): void {
  for (const i of own) {
    const fragment = cellText(layout.view.own(r, layout.columns[i].index));
    const before = parent.values[i];
    parent.values[i] = isEmptyCell(before) ? fragment : `${cellText(before)}\n${fragment}`;
  }
  parent.sourceRows.push(layout.originRow + r);
}

function numberOf(layout: Layout, r: number, sectionText: string | null): string | null {
  const pos = layout.byField.get("number");
  if (pos !== undefined) {
    const t = cellText(layout.view.own(r, layout.columns[pos].index));
    if (t !== "" && isNumberingText(t)) return t;
    if (t !== "") {
      const m = LEADING_NUMBER.exec(t);
      if (m) return m[1];
    }
  }
  const text = sectionText ?? ownText(layout, r, "activity");
  if (sectionText !== null) {
    const w = SECTION_WORD.exec(text);
    if (w) return w[3];
  }
  if (pos === undefined || sectionText !== null) {
    const m = LEADING_NUMBER.exec(text);
    if (m) return m[1];
  }
  return null;
}
