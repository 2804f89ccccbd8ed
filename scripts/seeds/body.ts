/**
 * Draws the body of a TAB-separated seed table (seeds 001–004): section rows, item rows and
 * the continuation rows left where Word broke a row across two pages.
 *
 * The rules, shared by all four seeds:
 * - a blank source line is a page break, never a blank sheet row; between two TAB lines it
 *   becomes a manual Excel page break (blank lines around a TAB-less section line are just
 *   paragraph spacing of the extraction);
 * - a line right after a page break whose key cell (№ or deadline) is empty is the rest of
 *   the row above: a continuation row with the fragments in their own columns;
 * - what a section line is and how it is laid out is the seed's decision (BodySpec).
 */
import { columnLetter, isoDate } from "../../src/core/grid";
import { heightFor, widthOf, type SeedValue, type SheetDraft } from "./draft";
import type { TableLayout } from "./layout";
import type { SourceLine } from "./source";

export const DATE_FORMAT = "dd.mm.yyyy";

export interface StatusContext {
  /** 0-based index of the section the item is in (-1 before any section). */
  sectionIndex: number;
  /** The item's cells as in the source text. */
  cells: string[];
}

export interface BodySpec {
  /** Columns of the table. */
  width: number;
  /** 1-based column whose emptiness after a page break marks a continuation row. */
  keyColumn: number;
  numberColumn: number | null;
  deadlineColumn: number | null;
  statusColumn: number | null;
  /** "across": one text merged over columns 1..right; "numbered": "N." in A, text merged B…. */
  sectionLayout: { kind: "across"; right: number } | { kind: "numbered" };
  isSection(cells: string[]): boolean;
  /** Sheet value of a non-empty source cell of an item or continuation row. */
  value(col: number, text: string): SeedValue;
  /** Brings a row with more cells than columns to the table width (seed 002). */
  fit?(cells: string[], line: SourceLine, notes: string[], row: number): string[];
  status?(context: StatusContext): string | null;
}

/** Plain integers become numbers, anything else ("1.", "1.2", "не менее 1") stays text. */
export function integerOrText(text: string): string | number {
  return /^\d+$/.test(text) ? Number(text) : text;
}

function numberOf(v: SeedValue | null | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  return v instanceof Date ? isoDate(v) : v;
}

function asText(v: SeedValue | null): string | null {
  if (v === null) return null;
  if (v instanceof Date) return isoDate(v);
  return String(v);
}

export function drawBody(
  draft: SheetDraft,
  lines: SourceLine[],
  spec: BodySpec,
  table: TableLayout,
): void {
  let pendingBreak = false;
  let previous: SourceLine | null = null;
  let lastRow = 0;
  let lastItem = 0;
  let sectionIndex = -1;
  let sectionRow: number | null = null;
  for (const line of lines) {
    if (line.blank) {
      pendingBreak = previous !== null;
      continue;
    }
    if (pendingBreak && previous?.hasTab && line.hasTab) {
      draft.pageBreakAfter(lastRow);
      table.pageBreaksAfter.push(lastRow);
    }
    const afterBreak = pendingBreak;
    pendingBreak = false;
    previous = line;

    if (spec.isSection(line.cells)) {
      lastRow = drawSection(draft, line, spec, table);
      sectionIndex++;
      sectionRow = lastRow;
      continue;
    }
    const row = draft.next;
    let cells = line.cells;
    if (cells.length > spec.width) {
      if (!spec.fit) {
        throw new Error(
          `Seed line ${line.no}: ${cells.length} cells, the table has ${spec.width} columns.`,
        );
      }
      cells = spec.fit(cells, line, table.notes, row);
    }
    const keyEmpty = (cells[spec.keyColumn - 1] ?? "") === "";
    if (keyEmpty && !afterBreak) {
      throw new Error(
        `Seed line ${line.no}: no ${columnLetter(spec.keyColumn)} value, yet not after a page break.`,
      );
    }
    const values = cells.map((text, i) => (text === "" ? null : spec.value(i + 1, text)));
    if (keyEmpty) {
      draft.add("body", values);
      table.continuations.push({
        row,
        continues: lastItem,
        columns: values.flatMap((v, i) => (v === null ? [] : [columnLetter(i + 1)])),
      });
    } else {
      const status = spec.status?.({ sectionIndex, cells }) ?? null;
      if (status !== null && spec.statusColumn !== null) {
        if (values[spec.statusColumn - 1]) {
          throw new Error(`Seed line ${line.no}: the status cell already holds text.`);
        }
        while (values.length < spec.statusColumn) values.push(null);
        values[spec.statusColumn - 1] = status;
        table.statusMarks.push({ row, column: columnLetter(spec.statusColumn), text: status });
      }
      draft.add("body", values);
      lastItem = row;
      table.items.push({
        row,
        number: spec.numberColumn === null ? null : numberOf(values[spec.numberColumn - 1]),
        deadline: spec.deadlineColumn === null ? null : asText(values[spec.deadlineColumn - 1]),
        section: sectionRow,
      });
      values.forEach((v, i) => {
        if (v instanceof Date) {
          table.dates.push({ row, column: columnLetter(i + 1), date: isoDate(v), numFmt: DATE_FORMAT });
        }
      });
    }
    lastRow = row;
  }
  table.lastRow = lastRow;
  table.itemCount = table.items.length;
}

function drawSection(
  draft: SheetDraft,
  line: SourceLine,
  spec: BodySpec,
  table: TableLayout,
): number {
  const cells = line.cells.filter((c) => c !== "");
  if (spec.sectionLayout.kind === "across") {
    const text = cells.join(" ");
    const right = spec.sectionLayout.right;
    const height = heightFor(text, widthOf(draft.widths, 1, right));
    const row = draft.add("section", [text], { mergeTo: right, height });
    table.sections.push({ row, number: null, text });
    return row;
  }
  const split =
    cells.length === 2 ? { number: cells[0], text: cells[1] } : splitNumber(cells[0], line);
  const height = heightFor(split.text, widthOf(draft.widths, 2, spec.width));
  const row = draft.add("section", [split.number, split.text], { height });
  draft.merge({ top: row, left: 2, bottom: row, right: spec.width });
  table.sections.push({ row, number: split.number, text: split.text });
  return row;
}

function splitNumber(text: string, line: SourceLine): { number: string; text: string } {
  const m = /^(\d+\.)\s*(.+)$/s.exec(text);
  if (!m) throw new Error(`Seed line ${line.no}: a section without its number: "${text}".`);
  return { number: m[1], text: m[2] };
}

/** Borders the table from its header to its last row and files its layout with the sheet. */
export function closeTable(draft: SheetDraft, table: TableLayout, width: number): TableLayout {
  draft.box({ top: table.headerRows[0], left: 1, bottom: table.lastRow, right: width });
  draft.layout.tables.push(table);
  return table;
}
