/**
 * The core pipeline in one call: Grids → recognise → validate. Hosts call this and then
 * build a report (report-builder.ts) or a highlight plan (plan.ts) from the result.
 */
import type { Grid } from "./grid";
import type { CheckedTable } from "./validate/types";
import type { ColumnOverride } from "./recognize/overrides";
import type { SettingsInput } from "./validate/settings";
import { recognize } from "./recognize";
import { checkTable } from "./validate";
import { parseSettings } from "./validate/settings";

export interface CheckOptions {
  settings?: SettingsInput;
  /** Column roles the user corrected in the task pane, remembered with the workbook. */
  overrides?: ColumnOverride[];
}

export function checkGrids(grids: Grid[], options: CheckOptions = {}): CheckedTable[] {
  const settings = parseSettings(options.settings ?? {});
  const out: CheckedTable[] = [];
  for (const grid of grids) {
    for (const table of recognize(grid, { overrides: options.overrides ?? [] })) {
      out.push(checkTable(table, settings));
    }
  }
  return out;
}
