/**
 * The one place a chosen or given file is told apart, by its content, not its extension: its
 * first bytes (sniff.ts: empty, a legacy .doc or .xls, an encrypted package, no zip at all),
 * then its parts (package-kind.ts: a Word document, a workbook, an empty archive, an .ods or
 * .odt, a zip that is neither), then the reader of its kind — on one zip, with one byte budget
 * for every part either reader inflates. The name only decides what the content cannot: whose
 * words an encrypted, broken or unrecognisable file gets. Browser-safe: the CLI (on its budget
 * threads) and the task pane (on its worker) both read through here.
 */
import type { Grid } from "../../core/grid";
import { readDocumentPackage } from "./docx/read-docx";
import type { TableLayout } from "./docx/table-layout";
import { inDocument } from "./file-error";
import { type InflateRaw, webInflateRaw } from "./inflate-web";
import { identifyPackage } from "./package-kind";
import { expectZip, isDocumentName } from "./sniff";
import { findOwnWorkbook, type OwnWorkbook } from "./own-workbook";
import { MUNICIPAL_LIMITS, type ReadLimits } from "./xlsx/limits";
import { PackageParts } from "./xlsx/parts";
import { readWorkbookPackage } from "./xlsx/read-xlsx";
import { ZipArchive } from "./xlsx/zip";

export type FileFormat = "xlsx" | "docx";
export type { TableLayout } from "./docx/table-layout";

export interface WorkbookRead {
  format: "xlsx";
  grids: Grid[];
  /**
   * One of our own regional workbooks, found where municipal files were expected (only asked
   * with `skipOwn`): its sheets are then not read, and its Grids are empty.
   */
  own?: OwnWorkbook;
}

/** A Word document's tables, and how each was laid out (for the workbook made from them). */
export interface DocumentRead {
  format: "docx";
  grids: Grid[];
  /** One per grid, in the same order. */
  layouts: TableLayout[];
  /** A document is never one of our regional workbooks. */
  own?: undefined;
}

export type ReadResult = WorkbookRead | DocumentRead;

export type { OwnWorkbook } from "./own-workbook";

export interface DispatchOptions {
  /** The file's name or path: only consulted where the content cannot tell. */
  fileName?: string;
  /** What a file may hold; municipal inputs by default. */
  limits?: ReadLimits;
  /** How parts are inflated; the web DecompressionStream unless a host has better. */
  inflate?: InflateRaw;
  /**
   * A consolidation's input: a regional workbook of ours is told (own-workbook.ts) and not read
   * — it is last month's result, never a municipality.
   */
  skipOwn?: boolean;
}

export async function readGrids(
  data: ArrayBuffer | Uint8Array,
  options: DispatchOptions = {},
): Promise<ReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const limits = options.limits ?? MUNICIPAL_LIMITS;
  const expected = isDocumentName(options.fileName) ? "document" : "workbook";
  /** What the content turned out to be, once it tells. */
  let format: FileFormat | null = null;
  try {
    expectZip(bytes, expected);
    const zip = new ZipArchive(bytes);
    const parts = new PackageParts(zip, limits, options.inflate ?? webInflateRaw);
    const found = await identifyPackage(zip, parts, expected);
    format = found.kind;
    if (found.kind === "xlsx" && options.skipOwn) {
      const own = await findOwnWorkbook(bytes, zip, parts, found.index, limits, options.inflate);
      if (own !== null) return { format: "xlsx", grids: [], own };
    }
    if (found.kind === "docx") {
      const { grids, layouts } = await readDocumentPackage(parts, found.part, limits);
      return { format: "docx", grids, layouts };
    }
    return { format: "xlsx", grids: await readWorkbookPackage(zip, parts, found.index, limits) };
  } catch (err) {
    // The shared layers speak of workbooks: a document's troubles get a document's words.
    const document = format === "docx" || (format === null && expected === "document");
    throw document ? inDocument(err) : err;
  }
}
