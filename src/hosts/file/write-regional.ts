/**
 * The regional workbook as an .xlsx file (CLI and the task pane's file mode), written by ExcelJS:
 * into a new workbook, or into last month's regional file (its other sheets kept). Browser-safe:
 * no Node APIs.
 */
import ExcelJS from "exceljs";
import type { RegionalModel } from "../../core/consolidate";
import { openRebuildTarget } from "./regional/rebuild-target";
import { writeRegionalSheets } from "./regional/sheets";

export { RegionalWriteError, type RegionalWriteCode } from "./regional/write-error";

export interface WriteRegionalOptions {
  /**
   * A workbook to rebuild into (last month's regional file): its regional sheets are replaced
   * in place and every other sheet is kept. Absent: a new workbook.
   */
  existing?: ArrayBuffer | Uint8Array | null;
}

/**
 * Deflate at level 1 rather than JSZip's default 6: for 18,000 activities the file grows from
 * ≈1.4 to ≈2.0 MB and the write takes ≈0.3–0.4 s less.
 */
const WRITE_OPTIONS: Partial<ExcelJS.XlsxWriteOptions> = {
  zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
};

export async function writeRegionalWorkbook(
  model: RegionalModel,
  options: WriteRegionalOptions = {},
): Promise<Uint8Array> {
  const { existing } = options;
  const wb = existing
    ? await openRebuildTarget(existing instanceof Uint8Array ? existing : new Uint8Array(existing))
    : new ExcelJS.Workbook();
  writeRegionalSheets(wb, model);
  return new Uint8Array(await wb.xlsx.writeBuffer(WRITE_OPTIONS));
}
