import type { RoadmapTable } from "../recognize/types";
import type { Finding } from "./types";
import type { Settings } from "./settings";
import { CATALOGUE, type FindingParams } from "./catalogue";
import type { FindingCode } from "./codes";
import { fieldColumn } from "./cells";

/** A finding with the catalogue's default severity and field; settings may change it later. */
export function makeFinding(
  code: FindingCode,
  row: number | null,
  column: string | null,
  params: FindingParams = {},
): Finding {
  const entry = CATALOGUE[code];
  return { code, severity: entry.severity, row, column, field: entry.field, params };
}

/** A finding about a row's cell of the code's field (the first column of that role). */
export function cellFinding(
  code: FindingCode,
  table: RoadmapTable,
  row: number,
  params: FindingParams = {},
): Finding {
  const field = CATALOGUE[code].field;
  return makeFinding(code, row, field === null ? null : fieldColumn(table, field), params);
}

/**
 * A finding about a row's deadline, at the cell its due date comes from: the column of the due
 * year or quarter in a grid, the end column of a split deadline — so that clicking the finding
 * selects that cell.
 */
export function deadlineFinding(
  code: FindingCode,
  ctx: { table: RoadmapTable; row: { row: number }; deadlineColumn: string | null },
  params: FindingParams = {},
): Finding {
  return makeFinding(
    code,
    ctx.row.row,
    ctx.deadlineColumn ?? fieldColumn(ctx.table, "deadline"),
    params,
  );
}

/** Applies the user's severity overrides; "off" drops the finding. */
export function applySeverities(findings: Finding[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const override = settings.severities[f.code as FindingCode];
    if (override === "off") continue;
    out.push(override === undefined ? f : { ...f, severity: override });
  }
  return out;
}
