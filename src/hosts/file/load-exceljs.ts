/**
 * A whole workbook loaded into ExcelJS's object model, for the writers that still need one (the
 * checked copy, rebuilding a regional file). Never on the check or consolidation read path: the
 * Grids come from our own reader (xlsx/read-xlsx.ts). The zip guard inflates every part with a
 * cap before ExcelJS loads the package whole.
 */
import ExcelJS from "exceljs";
import { FileReadError } from "./file-error";
import type { InflateRaw } from "./inflate-web";
import { expectZip } from "./sniff";
import { type GuardLimits, DEFAULT_LIMITS, guardXlsx } from "./zip-guard";

export interface LoadOptions {
  limits?: GuardLimits;
  inflate?: InflateRaw;
}

export async function loadWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: LoadOptions = {},
): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  expectZip(bytes, "workbook");
  await guardXlsx(bytes, options.limits ?? DEFAULT_LIMITS, options.inflate);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; it accepts any byte array at run time.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new FileReadError("corrupt", {
      detail: `ExcelJS: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  return wb;
}
