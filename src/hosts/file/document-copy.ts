/**
 * The checked copy of a Word document: its tables as an .xlsx workbook laid out as Word laid
 * them out — one sheet «Таблица N» per table, the lines above it (approval block, title) on
 * their own rows where they stood, the table from the row after them with its real merges,
 * Word's column widths, wrapping and ruling, a continued table's repeated header shown once —
 * then checked and patched like a workbook's copy (write-checked.ts): the highlights as
 * conditional formats, the «Замечания» sheet with links to its cells, our `checked-copy` mark.
 *
 * The copy is checked as itself, not translated from the document's check: the caller checks
 * `copyGrids` (the Grids the copy holds, which read back from the written file as they are),
 * so every address in its findings sheet is one of its own cells. `copyRow` maps a document's
 * row to the copy's (the column roles a user corrected, keyed by the header's row, follow it).
 * Browser-safe: no Node APIs.
 */
import { checkGrids } from "../../core/check";
import type { CellValue, Grid, MergeArea } from "../../core/grid";
import { buildHighlightPlan } from "../../core/plan";
import type { ColumnOverride } from "../../core/recognize/overrides";
import type { Report } from "../../core/report";
import { buildReport } from "../../core/report-builder";
import {
  statusColumnTargets,
  withStatusColumnsAdded,
  type StatusAlertText,
} from "../../core/status-column";
import type { Lang } from "../../core/validate/types";
import type { TableLayout } from "./docx/table-layout";
import { writeCheckedCopy, type CheckedCopyInput, type CheckedCopyOptions } from "./write-checked";
import { writeGridsWorkbook } from "./write-grids";
import type { LineAlign } from "./xlsx/write/grids";

/** A Word document's tables as dispatch.ts reads them. */
export interface DocumentTables {
  grids: Grid[];
  layouts: TableLayout[];
}

/** One Word table as a sheet of the copy. */
export interface CopyTable {
  /** What the sheet holds, from A1: the lines above, then the table's rows (a repeat dropped). */
  grid: Grid;
  /** The lines above the table: the grid's first rows, each set where it stood. */
  lines: LineAlign[];
  /** Column widths in Excel's characters (Word's own, converted); none when Word gave none. */
  widths?: number[];
  /** The copy's row of each row of the Word table (index 0 = the table's row 1). */
  rows: number[];
  /** The document Grid's first row (1 − the lines above). */
  firstRow: number;
}

/**
 * Twentieths of a point to Excel's width in characters: 96 pixels an inch, Excel's default
 * font 7 pixels a digit (the width Excel stores counts its 5-pixel padding in).
 */
const TWIPS_PER_CHAR = (1440 / 96) * 7;
/** One line of Excel's default font, in points. */
const LINE_HEIGHT = 15;
/** A line whose indent reaches within this much of a column's left edge starts in it. */
const INDENT_SLACK = 120;

/** The document's tables as the copy lays them out. */
export function copyTables(doc: DocumentTables): CopyTable[] {
  return doc.grids.map((grid, i) => copyTable(grid, doc.layouts[i]));
}

/** The Grids the copy holds, to be checked (their findings name the copy's own cells). */
export function copyGrids(tables: CopyTable[]): Grid[] {
  return tables.map((t) => t.grid);
}

function copyTable(grid: Grid, layout: TableLayout | undefined): CopyTable {
  const above = 1 - grid.origin.row;
  const width = grid.cells.reduce((w, r) => Math.max(w, r.length), 0);
  const columns = layout && layout.columns.length === width ? layout.columns : null;
  const dropped = new Map((layout?.repeats ?? []).map((r) => [r.row, r.of]));

  // Each line on its own row, in the column its indent reaches; a centred one across the table.
  const cells: CellValue[][] = [];
  const merges: MergeArea[] = [];
  const lines: LineAlign[] = [];
  for (let i = 0; i < above; i++) {
    const text = grid.cells[i]?.[0] ?? null;
    const place = layout?.above[i] ?? { align: "left", indent: 0 };
    const row: CellValue[] = [];
    if (place.align === "center" && width > 1) {
      row[0] = text;
      merges.push({ top: i, left: 0, bottom: i, right: width - 1 });
    } else if (place.align === "right") {
      row[width - 1] = text;
    } else {
      row[columnAt(columns, place.indent)] = text;
    }
    cells.push(Array.from({ length: row.length }, (_, c) => row[c] ?? null));
    lines.push(place.align === "center" && width > 1 ? "center" : place.align);
  }

  // The table's rows, a continued part's repeat of its header left out.
  const rows: number[] = [];
  const newIndex: number[] = [];
  for (let r = 0; r < grid.cells.length - above; r++) {
    const row = r + 1;
    if (dropped.has(row)) {
      newIndex.push(-1);
      continue;
    }
    newIndex.push(cells.length);
    cells.push(grid.cells[above + r]);
  }
  for (let r = 0; r < newIndex.length; r++) {
    const of = dropped.get(r + 1);
    rows.push((of !== undefined ? newIndex[of - 1] : newIndex[r]) + 1);
  }
  for (const m of grid.merges) {
    // A merge over the lines above is not the table's; one over a dropped run cannot be
    // (table-layout.ts keeps such a run): both are left out rather than misplaced.
    if (m.top < above) continue;
    const top = newIndex[m.top - above];
    const bottom = newIndex[m.bottom - above];
    if (top < 0 || bottom < 0) continue;
    merges.push({ top, left: m.left, bottom, right: m.right });
  }
  const copy: Grid = { sheet: grid.sheet, origin: { row: 1, col: 1 }, cells, merges };
  const widths = columns?.map((w) => Math.round((w / TWIPS_PER_CHAR) * 100) / 100);
  return { grid: copy, lines, widths, rows, firstRow: grid.origin.row };
}

/** The column (from 0) whose left edge is the last at or before `indent`. */
function columnAt(columns: number[] | null, indent: number): number {
  if (!columns || indent <= 0) return 0;
  let edge = 0;
  let col = 0;
  for (let c = 0; c < columns.length; c++) {
    if (edge > indent + INDENT_SLACK) break;
    col = c;
    edge += columns[c];
  }
  return col;
}

/**
 * The height of a line above the table (row from 0) with line breaks of its own. The table's
 * rows, and a title that wraps across the table, are given none here: the checked copy fits
 * every row to its wrapped text from the same estimator as the user's workbooks
 * (xlsx/write/fit-rows.ts), and a height set here would be taken as the user's own.
 */
function rowHeight(t: CopyTable, r: number): number | undefined {
  if (r >= t.lines.length) return undefined;
  const paragraphs = t.grid.cells[r].flatMap((v) => (typeof v === "string" ? v.split("\n") : []));
  const lines = Math.max(1, paragraphs.length) * LINE_HEIGHT;
  return lines > LINE_HEIGHT ? lines : undefined;
}

/** The copy's row of a document's row of the table on sheet `sheet` (as reports count it). */
export function copyRow(tables: CopyTable[], sheet: string, row: number): number {
  const t = tables.find((x) => x.grid.sheet === sheet);
  if (!t) return row;
  if (row < 1) return row - t.firstRow + 1;
  return t.rows[row - 1] ?? row + t.lines.length;
}

/** Column roles corrected on the document, as the copy's rows name them. */
export function copyOverrides(tables: CopyTable[], overrides: ColumnOverride[]): ColumnOverride[] {
  return overrides.map((o) => ({ ...o, headerRow: copyRow(tables, o.sheet, o.headerRow) }));
}

/**
 * The copy's bytes: the clean workbook, then the check's highlights and findings sheet patched
 * into it as into any workbook. `input` is the check of `copyGrids(tables)`.
 */
export async function writeDocumentCopy(
  tables: CopyTable[],
  input: CheckedCopyInput,
  options: CheckedCopyOptions & { title?: string } = {},
): Promise<Uint8Array> {
  const headers = new Map<string, number[]>();
  for (const file of input.report.files) {
    for (const t of file.tables) {
      const rows = headers.get(t.sheet) ?? [];
      for (let r = t.headerRows[0]; r <= t.headerRows[1]; r++) rows.push(r - 1);
      headers.set(t.sheet, rows);
    }
  }
  const clean = await writeGridsWorkbook(copyGrids(tables), {
    title: options.title,
    compression: options.compression,
    sheets: tables.map((t) => ({
      widths: t.widths,
      lines: t.lines,
      ruled: true,
      header: headers.get(t.grid.sheet) ?? [],
      print: { title: options.title ? `${options.title}: ${t.grid.sheet}` : t.grid.sheet },
      heights: t.grid.cells.map((_, r) => rowHeight(t, r)),
    })),
  });
  // Every table's sheet in the plan, flagged or not: the copy fits the rows of the sheets the
  // plan names, and all of these are ours.
  const planned = new Set(input.plan.sheets.map((s) => s.sheet));
  const sheets = [
    ...input.plan.sheets,
    ...tables
      .filter((t) => !planned.has(t.grid.sheet))
      .map((t) => ({ sheet: t.grid.sheet, areas: [] })),
  ];
  return writeCheckedCopy(clean, { ...input, plan: { sheets } }, options);
}

export interface DocumentCopyOptions extends CheckedCopyOptions {
  asOf: string;
  lang: Lang;
  /** The document's name: the report's file, the copy's title. */
  file: string;
  /** Column roles the user corrected on the document (its rows). */
  overrides?: ColumnOverride[];
  /**
   * «Отметка об исполнении» added to every table of the copy that has none, with the note its
   * drop-down shows for other text (core/status-column.ts).
   */
  statusColumn?: StatusAlertText;
}

/** The document's checked copy, and the report of its check (the copy's own addresses). */
export async function documentCopy(
  doc: DocumentTables,
  options: DocumentCopyOptions,
): Promise<{ bytes: Uint8Array; report: Report }> {
  const tables = copyTables(doc);
  const checked = checkGrids(copyGrids(tables), {
    settings: { asOf: options.asOf, lang: options.lang },
    overrides: copyOverrides(tables, options.overrides ?? []),
  });
  const report = buildReport({
    asOf: options.asOf,
    lang: options.lang,
    files: [{ file: options.file, error: null, tables: checked }],
  });
  const targets = options.statusColumn ? statusColumnTargets(checked.map((t) => t.table)) : [];
  const statusColumns = options.statusColumn ? { targets, alert: options.statusColumn } : undefined;
  const bytes = await writeDocumentCopy(
    tables,
    { plan: buildHighlightPlan(checked), report, lang: options.lang, statusColumns },
    // The document's own name, without the folders it was in.
    { ...options, title: options.file.replace(/^.*[\\/]/, "") },
  );
  return { bytes, report: withStatusColumnsAdded(report, targets) };
}
