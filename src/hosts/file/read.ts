/**
 * .xlsx → Grids for the check and the consolidation, with our own SpreadsheetML reader
 * (xlsx/). Browser-safe (no Node APIs): the task pane's file mode uses it as is; the CLI reads
 * the bytes from disk (read-node.ts) and passes Node's zlib.
 */
import type { Grid } from "../../core/grid";
import { type InflateRaw, webInflateRaw } from "./inflate-web";
import { MUNICIPAL_LIMITS, type ReadLimits } from "./xlsx/limits";
import { readXlsxGrids } from "./xlsx/read-xlsx";

export { FileReadError } from "./file-error";
export { MUNICIPAL_LIMITS, REGIONAL_LIMITS, type ReadLimits } from "./xlsx/limits";

export interface ReadOptions {
  /** What a workbook may hold; municipal inputs by default, REGIONAL_LIMITS for our own. */
  limits?: ReadLimits;
  /** How parts are inflated; the web DecompressionStream unless a host has better. */
  inflate?: InflateRaw;
}

export async function readWorkbookGrids(
  data: ArrayBuffer | Uint8Array,
  options: ReadOptions = {},
): Promise<Grid[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return readXlsxGrids(bytes, {
    limits: options.limits ?? MUNICIPAL_LIMITS,
    inflate: options.inflate ?? webInflateRaw,
  });
}
