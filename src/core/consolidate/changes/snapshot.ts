/**
 * Activities as «Свод» holds them — this month's from the regional model, last month's from the
 * «Свод» sheet(s) of last month's regional workbook, read back as Grids. Both sides go through
 * the same columns, so a month compared with itself shows no change.
 */
import { cellText, isoDate, type CellValue, type Grid } from "../../grid";
import type { RowState } from "../../report";
import { STATE_LABEL } from "../labels";
import { SVOD_HEADERS, type SvodKey } from "../svod";
import type { RegionalColumn, RegionalValue } from "../types";
import type { ActivitySnapshot } from "./types";

const KEYS: SvodKey[] = [
  "municipality",
  "section",
  "number",
  "activity",
  "deadline",
  "due",
  "status",
  "state",
];

const STATE_OF_LABEL = new Map<string, RowState>(
  Object.entries(STATE_LABEL).map(([state, label]) => [label, state as RowState]),
);

type Cell = CellValue | RegionalValue | undefined;

/** Column index of each key we need; absent keys are -1. */
type Positions = Record<SvodKey, number>;

function snapshotOf(row: Cell[], at: Positions): ActivitySnapshot | null {
  const text = (key: SvodKey) => (at[key] < 0 ? "" : textOf(row[at[key]]));
  const municipality = text("municipality");
  const activity = text("activity");
  if (municipality === "" && activity === "" && text("number") === "") return null;
  return {
    municipality,
    section: text("section"),
    number: text("number"),
    activity,
    deadlineText: text("deadline"),
    due: at.due < 0 ? null : dayOf(row[at.due]),
    state: STATE_OF_LABEL.get(text("state").toLowerCase()) ?? null,
    status: text("status"),
  };
}

function textOf(v: Cell): string {
  if (v === undefined) return "";
  return cellText(v as CellValue);
}

/** A due date as a real date, an ISO string (the model), or dd.mm.yyyy typed by hand. */
function dayOf(v: Cell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoDate(v);
  if (typeof v !== "string") return null;
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : null;
}

/** This month: the rows of the model's «Свод» sheet(s). */
export function snapshotsOfModelSheet(
  columns: RegionalColumn[],
  rows: RegionalValue[][],
): ActivitySnapshot[] {
  const at = Object.fromEntries(
    KEYS.map((key) => [key, columns.findIndex((c) => c.key === key)]),
  ) as Positions;
  const out: ActivitySnapshot[] = [];
  for (const row of rows) {
    const s = snapshotOf(row, at);
    if (s) out.push(s);
  }
  return out;
}

/** How far down a title or note may push the header of a «Свод» sheet. */
export const HEADER_SEARCH_ROWS = 10;

/** The first row (of the first ten) that `accept` takes as the header, with its texts; or null. */
function headerRow(grid: Grid, accept: (headers: string[]) => boolean) {
  const limit = Math.min(grid.cells.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const headers = (grid.cells[r] ?? []).map((v) => cellText(v));
    if (accept(headers)) return { row: r, headers };
  }
  return null;
}

const ALL_SVOD_HEADERS = Object.values(SVOD_HEADERS);

/**
 * Whether a sheet is a «Свод» this program wrote: a header row (a title may stand above it)
 * with every column of ours. A municipal table never has «Источник», «Состояние» and
 * «Срок (дата)» beside «Муниципалитет»: this tells our regional workbook from a municipality's
 * when the workbook has lost its mark (copied into a new book, exported by another program).
 */
export function isRegionalSvodGrid(grid: Grid): boolean {
  return headerRow(grid, (h) => ALL_SVOD_HEADERS.every((name) => h.includes(name))) !== null;
}

/**
 * Last month: a «Свод» sheet read back from the regional workbook. Its header row is found by
 * our own column names (a title line may stand above it); null when the sheet is not a «Свод»
 * we wrote — no municipality or activity column.
 */
export function snapshotsOfSvodGrid(grid: Grid): ActivitySnapshot[] | null {
  const found = headerRow(
    grid,
    (h) => h.includes(SVOD_HEADERS.municipality) && h.includes(SVOD_HEADERS.activity),
  );
  if (found === null) return null;
  const at = Object.fromEntries(
    KEYS.map((key) => [key, found.headers.indexOf(SVOD_HEADERS[key])]),
  ) as Positions;
  const out: ActivitySnapshot[] = [];
  for (let i = found.row + 1; i < grid.cells.length; i++) {
    const s = snapshotOf(grid.cells[i] ?? [], at);
    if (s) out.push(s);
  }
  return out;
}
