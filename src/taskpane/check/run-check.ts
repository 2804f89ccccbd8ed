/** One check as the task pane runs it: the core's pipeline plus the report and the plan. */
import { checkGrids } from "../../core/check";
import type { Grid } from "../../core/grid";
import { buildHighlightPlan, type HighlightPlan } from "../../core/plan";
import type { ColumnOverride } from "../../core/recognize/overrides";
import type { Report } from "../../core/report";
import { buildReport } from "../../core/report-builder";
import type { CheckedTable, Lang } from "../../core/validate/types";

export interface CheckOutcome {
  asOf: string;
  lang: Lang;
  tables: CheckedTable[];
  report: Report;
  plan: HighlightPlan;
  /** The tables came from a Word document: their places are «Таблица N, строка M». */
  document: boolean;
}

export interface RunCheckOptions {
  asOf: string;
  lang: Lang;
  overrides: ColumnOverride[];
  /** Name of the workbook, as the report's file. */
  file: string;
  /** The file is a Word document. */
  document?: boolean;
}

export function runCheck(grids: Grid[], options: RunCheckOptions): CheckOutcome {
  const tables = checkGrids(grids, {
    settings: { asOf: options.asOf, lang: options.lang },
    overrides: options.overrides,
  });
  const report = buildReport({
    asOf: options.asOf,
    lang: options.lang,
    files: [{ file: options.file, error: null, tables }],
  });
  return {
    asOf: options.asOf,
    lang: options.lang,
    tables,
    report,
    plan: buildHighlightPlan(tables),
    document: options.document ?? false,
  };
}
