/**
 * The regional workbook as an .xlsx file (CLI and the task pane's file mode), written by our
 * own SpreadsheetML writer (xlsx/write): into a new workbook, or rebuilt inside last month's
 * regional file, where only our sheets change and every other part stays byte-identical.
 * Browser-safe: no Node APIs (the CLI injects Node's zlib).
 */
import type { RegionalModel } from "../../core/consolidate";
import type { InflateRaw } from "./inflate-web";
import { webCompression, type Compression } from "./xlsx/write/deflate";
import { MARK_PROPERTY, REGIONAL_MARK, SHEETS_PROPERTY } from "./xlsx/write/doc-props";
import { writeNewPackage } from "./xlsx/write/new-package";
import { PackageError } from "./xlsx/write/package-view";
import { rebuildInto, UnsafeRebuildError } from "./xlsx/write/rebuild";
import { REGIONAL_TITLE } from "../../core/consolidate/titles";
import { regionalSheets } from "./xlsx/write/regional";
import { SharedStrings } from "./xlsx/write/strings";
import { StyleSheet } from "./xlsx/write/styles";
import { RegionalWriteError } from "./regional/write-error";

export { RegionalWriteError, type RegionalWriteCode } from "./regional/write-error";
export { isRegionalWorkbook, ourWorkbookKind } from "./xlsx/write/ours";

export interface WriteRegionalOptions {
  /**
   * A workbook to rebuild into (last month's regional file): its regional sheets are replaced
   * in place and every other part is kept as it is. Absent: a new workbook.
   */
  existing?: ArrayBuffer | Uint8Array | null;
  /** Deflate and CRC: the browser's CompressionStream unless the host has better (Node's zlib). */
  compression?: Compression;
  /** How parts of `existing` are inflated. */
  inflate?: InflateRaw;
}

export async function writeRegionalWorkbook(
  model: RegionalModel,
  options: WriteRegionalOptions = {},
): Promise<Uint8Array> {
  const compression = options.compression ?? webCompression;
  const names = model.sheets.map((s) => s.name);
  const { existing } = options;
  if (!existing) {
    const styles = StyleSheet.create();
    return writeNewPackage(
      {
        sheets: regionalSheets(model, styles),
        styles,
        strings: new SharedStrings(),
        core: {
          title: REGIONAL_TITLE,
          subject: `На ${model.asOf}`,
          creator: "Roadmap Inspector",
          created: new Date(),
        },
        custom: { [MARK_PROPERTY]: REGIONAL_MARK, [SHEETS_PROPERTY]: names.join("/") },
      },
      compression,
    );
  }
  const bytes = existing instanceof Uint8Array ? existing : new Uint8Array(existing);
  try {
    return await rebuildInto(
      bytes,
      { sheets: (styles) => regionalSheets(model, styles), mark: REGIONAL_MARK },
      compression,
      options.inflate,
    );
  } catch (err) {
    if (err instanceof PackageError) throw new RegionalWriteError("not-a-workbook", err.message);
    if (err instanceof UnsafeRebuildError)
      throw new RegionalWriteError("unsafe-rebuild", err.message);
    throw err;
  }
}
