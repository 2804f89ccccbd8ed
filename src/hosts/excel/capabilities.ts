/**
 * What the running Excel can do, from its requirement sets. The add-in declares no
 * <Requirements> in its manifest (that would hide the ribbon button on older Excel); it asks
 * at run time and switches single features off with a message instead.
 */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Feature → the ExcelApi version it needs (docs/excel.md maps these to Excel versions). */
export const REQUIRED_EXCEL_API = {
  /** getUsedRangeOrNullObject (1.4), getRangeByIndexes for chunked reads (1.7). */
  read: "1.7",
  /** Conditional formats: the highlights. */
  highlight: "1.6",
  /** Worksheet.getRanges: one highlight format per kind over many areas (else one per area). */
  rangeAreas: "1.9",
  /** Data validation: the drop-down list of the status column. */
  statusColumn: "1.8",
  /** Worksheet.pageLayout: the regional sheets' print setup (regional-print.ts). */
  print: "1.9",
  /** Range.getMergedAreasOrNullObject: merged cells seen as merged. */
  merges: "1.13",
} as const;

export type ExcelFeature = keyof typeof REQUIRED_EXCEL_API;

export type ExcelCapabilities = Record<ExcelFeature, boolean>;

export function detectCapabilities(isSetSupported: IsSetSupported): ExcelCapabilities {
  const out = {} as ExcelCapabilities;
  for (const feature of Object.keys(REQUIRED_EXCEL_API) as ExcelFeature[]) {
    out[feature] = isSetSupported("ExcelApi", REQUIRED_EXCEL_API[feature]);
  }
  return out;
}
