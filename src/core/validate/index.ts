/**
 * Validation: a recognised table in, every item's deadline, status, state and findings out.
 * Rules live in ./rules, one small unit each; this module only runs them in order.
 */
import { parseStatus } from "../status";
import type { RoadmapTable, TableRow } from "../recognize/types";
import type { CheckedRow, CheckedTable, Finding, StatusInfo } from "./types";
import type { Settings } from "./settings";
import { roleCells } from "./cells";
import { applySeverities } from "./finding";
import { missingDeadline, periodResolver, rowDeadline } from "./row-deadline";
import { rowState } from "./state";
import { CROSS_ROW_RULES, ROW_RULES, TABLE_RULES } from "./rules";

export type { CheckedRow, CheckedTable, Finding, Lang, StatusInfo } from "./types";
export { parseSettings, settingsSchema, SettingsError } from "./settings";
export type { Settings, SettingsInput } from "./settings";
export { CATALOGUE, renderMessage } from "./catalogue";

const NO_STATUS: StatusInfo = { text: "", state: "unknown" };

function rowStatus(table: RoadmapTable, row: TableRow): StatusInfo {
  const cell = roleCells(table, row, "status")[0];
  return cell === undefined ? NO_STATUS : parseStatus(cell.value);
}

/** Sections (and any stray continuation) are headings: nothing to check in them. */
function inertRow(row: TableRow): CheckedRow {
  return {
    row,
    deadline: missingDeadline(""),
    status: NO_STATUS,
    state: "no-deadline",
    findings: [],
  };
}

export function checkTable(table: RoadmapTable, settings: Settings): CheckedTable {
  const periodOf = periodResolver(table);
  const rows = table.rows.map((row): CheckedRow => {
    if (row.kind !== "item") return inertRow(row);
    const rowPeriod = periodOf(row);
    const read = rowDeadline(table, row, { period: rowPeriod, asOf: settings.asOf });
    const period = read.period ?? rowPeriod;
    const deadline = read.deadline;
    const status = rowStatus(table, row);
    const state = rowState(deadline, status, settings.asOf, settings.dueSoonDays);
    const ctx = {
      table,
      row,
      deadline,
      deadlineColumn: read.column,
      status,
      state,
      period,
      settings,
    };
    return { row, deadline, status, state, findings: ROW_RULES.flatMap((rule) => rule(ctx)) };
  });

  const tableFindings = TABLE_RULES.flatMap((rule) => rule(table, settings));
  const crossRow = new Map<number, Finding[]>();
  for (const f of CROSS_ROW_RULES.flatMap((rule) => rule(table, settings))) {
    if (f.row === null) tableFindings.push(f);
    else crossRow.set(f.row, [...(crossRow.get(f.row) ?? []), f]);
  }

  return {
    table,
    rows: rows.map((r) => ({
      ...r,
      findings: applySeverities([...r.findings, ...(crossRow.get(r.row.row) ?? [])], settings),
    })),
    findings: applySeverities(tableFindings, settings),
  };
}
