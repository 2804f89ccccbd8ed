/**
 * What an item's deadline cells say, read through the deadline grammar, and which cell the due
 * date comes from — where a finding about the deadline points, so that clicking it in Excel
 * selects the cell that holds the due year, quarter or date.
 */
import {
  deadlineFromMarkColumns,
  deadlineFromSeveral,
  deadlineFromStartAndEnd,
  deadlineFromYearColumns,
  isPeriodHeading,
  parseDeadline,
  periodOfHeading,
} from "../deadline";
import type { Deadline, DeadlineContext, Period } from "../deadline/types";
import { cellText } from "../grid";
import { normalizeHeader } from "../recognize/normalize";
import type { RoadmapTable, TableRow } from "../recognize/types";
import { isBlankValue, roleCells, type RoleCell } from "./cells";

export function missingDeadline(text: string): Deadline {
  return { text, kind: "missing", start: null, due: null, dates: [], needsYear: false };
}

export interface RowDeadline {
  deadline: Deadline;
  /** Column letter of the cell the due date comes from (the first deadline column otherwise). */
  column: string | null;
  /** The period the deadline was read in when it is not the row's: a grid parent's own. */
  period?: Period;
}

/**
 * The item's deadline. Year columns ("2020 г.", "2021 г." under "Срок реализации, годы") are
 * read together, and so are the quarter or month columns of a deadline grid, a start and an end
 * column, and several deadline columns of one name; otherwise the first non-empty deadline
 * cell. Empty cells — a dash included — are "missing" whatever the grammar would make of them,
 * so the missing-deadline rule and the report agree on what "empty" means.
 */
export function rowDeadline(table: RoadmapTable, row: TableRow, ctx: DeadlineContext): RowDeadline {
  const cells = roleCells(table, row, "deadline");
  const first = cells[0]?.column.column ?? null;
  const filled = cells.filter((c) => !isBlankValue(c.value));
  if (filled.length === 0) {
    return {
      deadline: missingDeadline(cells.length > 0 ? cellText(cells[0].value) : ""),
      column: first,
    };
  }
  const years = cells.filter((c) => c.column.year !== null);
  if (years.length > 0) return fromYears(years, ctx);
  const slots = cells.filter((c) => c.column.slot !== undefined);
  if (slots.length > 0) return fromSlots(slots, ctx);
  const start = filled.find((c) => c.column.part === "start");
  const end = cells.find((c) => c.column.part === "end");
  if (start !== undefined && end !== undefined) {
    const s = parseDeadline(start.value, ctx);
    const e = parseDeadline(end.value, ctx);
    const deadline = deadlineFromStartAndEnd(s, e);
    return { deadline, column: e.kind === "missing" ? start.column.column : end.column.column };
  }
  if (filled.length > 1) {
    const group = sameNamed(filled);
    if (group.length > 1) return fromSeveral(group, ctx);
  }
  return { deadline: parseDeadline(filled[0].value, ctx), column: filled[0].column.column };
}

function fromYears(years: RoleCell[], ctx: DeadlineContext): RowDeadline {
  const deadline = deadlineFromYearColumns(
    years.map((c) => ({ year: c.column.year as number, value: c.value })),
    ctx,
  );
  const dueYear = deadline.due === null ? null : Number(deadline.due.slice(0, 4));
  const at =
    years.find((c) => c.column.year === dueYear && !isBlankValue(c.value)) ??
    years.find((c) => !isBlankValue(c.value)) ??
    years[0];
  return { deadline, column: at.column.column };
}

function fromSlots(slots: RoleCell[], ctx: DeadlineContext): RowDeadline {
  const own = slots[0].column.slot?.period ?? null;
  const reading = deadlineFromMarkColumns(
    slots.map((c) => ({
      unit: c.column.slot!.unit,
      n: c.column.slot!.n,
      label: c.column.header.split(" / ").pop() ?? c.column.header,
      value: c.value,
    })),
    { period: own ?? ctx.period, asOf: ctx.asOf },
  );
  const at = reading.dueCell === null ? slots[0] : slots[reading.dueCell];
  const read: RowDeadline = { deadline: reading.deadline, column: at.column.column };
  if (own !== null) read.period = own;
  return read;
}

/** The first and the last part of a column's name ("Сроки / основной" → "сроки", "основной"). */
function namesOf(c: RoleCell): [string, string] {
  const parts = c.column.header.split(" / ");
  return [normalizeHeader(parts[0]), normalizeHeader(parts[parts.length - 1])];
}

/**
 * The filled cells named like the first one — the same name, or the same parent, or the same
 * sub-header under another parent — when they carry no year, grid slot or part.
 */
function sameNamed(filled: RoleCell[]): RoleCell[] {
  const [first, last] = namesOf(filled[0]);
  return filled.filter((c) => {
    if (c.column.part !== undefined) return false;
    const [f, l] = namesOf(c);
    return f === first || l === last;
  });
}

function fromSeveral(group: RoleCell[], ctx: DeadlineContext): RowDeadline {
  const parts = group.map((c) => parseDeadline(c.value, ctx));
  const deadline = deadlineFromSeveral(parts, ctx);
  const i = parts.findIndex((p) => deadline.due !== null && p.dates.includes(deadline.due));
  return { deadline, column: group[Math.max(0, i)].column.column };
}

/**
 * The period an item's deadline is read in. Section rows that name nothing but a period ("2021
 * год", "2022-2023 учебный год") divide a table by years and give the rows under them their
 * year, whatever the title says; a section that names a period among other words ("Задача 1.
 * Подготовка к ГИА в 2021 году") lends it only to a table whose title names none. A section
 * that names no period keeps the one before it; an item above every section has the table's.
 */
export function periodResolver(table: RoadmapTable): (row: TableRow) => Period | null {
  const byRow = new Map<TableRow, Period | null>();
  const bySection = new Map<string, Period | null>();
  let current: Period | null = null;
  for (const r of table.rows) {
    if (r.kind === "section" && r.section !== null) {
      let period = bySection.get(r.section);
      if (period === undefined) {
        period = periodOfHeading(r.section);
        bySection.set(r.section, period);
      }
      if (period !== null && (table.period === null || isPeriodHeading(r.section))) {
        current = period;
      }
    }
    byRow.set(r, r.section === null ? table.period : (current ?? table.period));
  }
  return (row) => byRow.get(row) ?? table.period;
}
