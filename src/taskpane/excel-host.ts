/** The task pane's host inside Excel: the Excel host's functions, each in its own Excel.run. */
import {
  detectCapabilities,
  type ExcelFeature,
  type IsSetSupported,
  REQUIRED_EXCEL_API,
} from "../hosts/excel/capabilities";
import { ExcelHostError } from "../hosts/excel/errors";
import { applyHighlights, clearHighlights } from "../hosts/excel/highlight";
import {
  loadOverrides,
  updateOverrides,
  type DocumentSettings,
} from "../hosts/excel/overrides-store";
import { readWorkbook } from "../hosts/excel/read";
import type { ExcelRun } from "../hosts/excel/run";
import { selectCell } from "../hosts/excel/select";
import { addStatusColumn } from "../hosts/excel/status-column";
import type { ExcelTaskpaneHost } from "./host";

export type { ExcelRun } from "../hosts/excel/run";

export interface ExcelHostDeps {
  /** excelRunner(Excel.run) inside Excel: every batch waits out cell-edit mode. */
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  settings: DocumentSettings;
  /** Office.context.document.mode: "readOnly" or "readWrite". */
  documentMode?: () => string;
}

export function createExcelHost(deps: ExcelHostDeps): ExcelTaskpaneHost {
  const capabilities = detectCapabilities(deps.isSetSupported);
  const need = (feature: ExcelFeature) => {
    if (!capabilities[feature]) {
      throw new ExcelHostError(
        "api-not-supported",
        `Эта версия Excel не поддерживает ExcelApi ${REQUIRED_EXCEL_API[feature]}`,
        { feature, version: REQUIRED_EXCEL_API[feature] },
      );
    }
  };
  return {
    mode: "excel",
    capabilities,
    read: () => {
      need("read");
      return deps.run((ctx) => readWorkbook(ctx, { merges: capabilities.merges }));
    },
    readOnly: () => deps.documentMode?.() === "readOnly",
    paint: (plan) => {
      need("highlight");
      return deps.run((ctx) => applyHighlights(ctx, plan, { rangeAreas: capabilities.rangeAreas }));
    },
    clear: () => {
      need("highlight");
      return deps.run((ctx) => clearHighlights(ctx));
    },
    select: (sheet, cell) => deps.run((ctx) => selectCell(ctx, sheet, cell)),
    addStatusColumn: (target, alert) => {
      need("statusColumn");
      return deps.run((ctx) => addStatusColumn(ctx, target, alert));
    },
    loadOverrides: () => loadOverrides(deps.settings),
    updateOverrides: (change) => updateOverrides(deps.settings, change),
  };
}
