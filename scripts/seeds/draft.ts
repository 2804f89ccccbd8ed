/**
 * SheetDraft: a sheet described as data (values, looks, merges, borders, page breaks) before
 * it is written with ExcelJS. Seed modules append to a draft row by row and record the layout
 * facts alongside, so a seed's table can be drawn into any sheet at any row (workbooks 005 and
 * 006 reuse the layouts of 000, 001 and 004).
 */
import { columnLetter } from "../../src/core/grid";
import type { SheetLayout } from "./layout";

export type SeedValue = string | number | Date;

/** How a row is dressed; render.ts maps each look to fonts, alignment and borders. */
export type Look =
  | "title"
  | "approval"
  | "text"
  | "header"
  | "numbering"
  | "section"
  | "body"
  | "signature"
  | "list-header"
  | "list-body";

/** Word tables arrive in Times New Roman; sheets typed in Excel keep Calibri. */
export type FontFamily = "word" | "excel";

export interface DraftRow {
  look: Look;
  cells: Map<number, SeedValue>;
  /** Points; set only where Excel cannot fit the height itself (merged text). */
  height?: number;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface AddOptions {
  startCol?: number;
  /** Merge this row from startCol to this column. */
  mergeTo?: number;
  height?: number;
}

export class SheetDraft {
  readonly rows = new Map<number, DraftRow>();
  readonly merges: Box[] = [];
  /** Areas drawn with thin borders on every cell (the tables). */
  readonly boxes: Box[] = [];
  readonly pageBreaks: number[] = [];
  readonly layout: SheetLayout;
  private cursor = 1;

  constructor(
    readonly name: string,
    readonly widths: number[],
    readonly font: FontFamily,
    roadmap: boolean,
  ) {
    this.layout = { sheet: name, roadmap, around: [], tables: [], list: null };
  }

  /** Row the next add() writes to. */
  get next(): number {
    return this.cursor;
  }

  skip(count = 1): void {
    this.cursor += count;
  }

  add(look: Look, values: (SeedValue | null)[], options: AddOptions = {}): number {
    const row = this.cursor++;
    const start = options.startCol ?? 1;
    const cells = new Map<number, SeedValue>();
    values.forEach((v, i) => {
      if (v !== null && v !== "") cells.set(start + i, v);
    });
    this.rows.set(row, { look, cells, height: options.height });
    if (options.mergeTo !== undefined && options.mergeTo > start) {
      this.merge({ top: row, left: start, bottom: row, right: options.mergeTo });
    }
    return row;
  }

  merge(box: Box): void {
    const clash = this.merges.find(
      (m) =>
        m.top <= box.bottom && box.top <= m.bottom && m.left <= box.right && box.left <= m.right,
    );
    if (clash) throw new Error(`Sheet "${this.name}": merge ${rangeOf(box)} overlaps ${rangeOf(clash)}.`);
    this.merges.push(box);
  }

  box(box: Box): void {
    this.boxes.push(box);
  }

  pageBreakAfter(row: number): void {
    this.pageBreaks.push(row);
  }

  valueAt(row: number, col: number): SeedValue | null {
    return this.rows.get(row)?.cells.get(col) ?? null;
  }

  lookAt(row: number): Look | null {
    return this.rows.get(row)?.look ?? null;
  }
}

export function rangeOf(box: Box): string {
  const a = `${columnLetter(box.left)}${box.top}`;
  const b = `${columnLetter(box.right)}${box.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/**
 * Row height (points) for text in a merged area `width` characters wide. Excel never fits
 * merged cells itself, so the seeds set it as a person would have dragged it.
 */
export function heightFor(text: string, width: number, pointsPerLine = 16): number {
  // Times New Roman 12 fits about 0.8 characters per width unit.
  const perLine = Math.max(1, Math.floor(width * 0.8));
  const lines = text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return lines * pointsPerLine;
}

export function widthOf(widths: number[], from: number, to: number): number {
  return widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
}
