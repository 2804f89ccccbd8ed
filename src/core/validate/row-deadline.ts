/** What an item's deadline cells say, read through the deadline grammar. */
import { deadlineFromYearColumns, findPeriod, parseDeadline } from "../deadline";
import type { Deadline, DeadlineContext, Period } from "../deadline/types";
import { cellText } from "../grid";
import type { RoadmapTable, TableRow } from "../recognize/types";
import { isBlankValue, roleCells } from "./cells";

export function missingDeadline(text: string): Deadline {
  return { text, kind: "missing", start: null, due: null, dates: [], needsYear: false };
}

/**
 * The item's deadline. Year columns ("2020 г.", "2021 г." under "Срок реализации, годы") are
 * read together; otherwise the first non-empty deadline cell. Empty cells — a dash included —
 * are "missing" whatever the grammar would make of them, so the missing-deadline rule and the
 * report agree on what "empty" means.
 */
export function rowDeadline(table: RoadmapTable, row: TableRow, ctx: DeadlineContext): Deadline {
  const cells = roleCells(table, row, "deadline");
  const filled = cells.filter((c) => !isBlankValue(c.value));
  if (filled.length === 0) return missingDeadline(cells.length > 0 ? cellText(cells[0].value) : "");
  const years = cells.filter((c) => c.column.year !== null);
  if (years.length > 0) {
    return deadlineFromYearColumns(
      years.map((c) => ({ year: c.column.year as number, value: c.value })),
      ctx,
    );
  }
  return parseDeadline(filled[0].value, ctx);
}

/**
 * The period an item's deadline is read in: the table's (from its title), else one named by
 * the item's section row ("2021 год"). Memoised per section text since sections repeat.
 */
export function periodResolver(table: RoadmapTable): (row: TableRow) => Period | null {
  const bySection = new Map<string, Period | null>();
  return (row) => {
    if (table.period !== null) return table.period;
    if (row.section === null) return null;
    let period = bySection.get(row.section);
    if (period === undefined) {
      period = findPeriod(row.section);
      bySection.set(row.section, period);
    }
    return period;
  };
}
