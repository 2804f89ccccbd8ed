/**
 * The regional workbook as an .xlsx file (CLI and the task pane's file mode): "Свод", "Сводка",
 * "Замечания" with the header frozen, filters on, widths and wrapping set, text as text and
 * dates as real dates. Browser-safe: no Node APIs.
 */
import type { RegionalModel } from "../../core/consolidate";
import { rebuildInto } from "./regional/exceljs-rebuild";
import { regionalParts } from "./regional/ooxml";
import { webDeflateRaw, zipParts, type Checksum, type Deflate } from "./regional/zip";

export { RegionalWriteError, type RegionalWriteCode } from "./regional/write-error";
export type { Checksum, Deflate } from "./regional/zip";

export interface WriteRegionalOptions {
  /**
   * A workbook to rebuild into (last month's regional file): its regional sheets are replaced
   * in place and every other sheet is kept. Absent: a new workbook.
   */
  existing?: ArrayBuffer | Uint8Array | null;
  /** Compression of a new workbook's parts; the web CompressionStream by default. */
  deflate?: Deflate | null;
  /** CRC-32 of each part; a table-driven one by default (Node has a native one). */
  crc32?: Checksum;
}

export async function writeRegionalWorkbook(
  model: RegionalModel,
  options: WriteRegionalOptions = {},
): Promise<Uint8Array> {
  if (options.existing) {
    const bytes =
      options.existing instanceof Uint8Array ? options.existing : new Uint8Array(options.existing);
    return rebuildInto(bytes, model);
  }
  const deflate = options.deflate === undefined ? webDeflateRaw : options.deflate;
  return zipParts(regionalParts(model), deflate, options.crc32);
}
