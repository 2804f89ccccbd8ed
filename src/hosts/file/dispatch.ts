/**
 * The one place a chosen or given file is told apart: by its content, not its extension — a
 * zip whose main part (its officeDocument relationship) is a document.xml, word/document.xml as
 * a rule, is a Word document, one with a workbook.xml or xl/ a workbook; an OLE2 container is
 * a legacy .doc or .xls, or an encrypted package. The name only decides what the content
 * cannot (whose words an encrypted or broken file gets). Browser-safe: the CLI and the task
 * pane both read through here.
 */
import type { Grid } from "../../core/grid";
import { readDocxGrids } from "./docx/read-docx";
import { mainPart } from "./docx/main-part";
import { DOCUMENT_ERRORS, openPackage, type PackageErrors } from "./docx/zip";
import { FileReadError } from "./file-error";
import { type ReadOptions, readWorkbookGrids } from "./read";
import { isDocumentName, sniff } from "./sniff";

export type FileFormat = "xlsx" | "docx";

export interface ReadResult {
  format: FileFormat;
  grids: Grid[];
}

export interface DispatchOptions extends ReadOptions {
  /** The file's name or path: only consulted where the content cannot tell. */
  fileName?: string;
}

const WORKBOOK_ERRORS: PackageErrors = { corrupt: "corrupt", tooLarge: "too-large" };

export async function readGrids(
  data: ArrayBuffer | Uint8Array,
  options: DispatchOptions = {},
): Promise<ReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const document = isDocumentName(options.fileName);
  switch (sniff(bytes)) {
    case "empty":
      throw new FileReadError("empty-file");
    case "ole-encrypted":
      throw new FileReadError(document ? "encrypted-docx" : "encrypted");
    case "ole-word":
      throw new FileReadError("legacy-doc");
    case "ole-excel":
      throw new FileReadError("legacy-xls");
    case "ole-other":
      throw new FileReadError(document ? "legacy-doc" : "legacy-xls");
    case "unknown":
      throw new FileReadError(document ? "not-docx" : "not-xlsx");
    case "zip":
      break;
  }
  const pkg = openPackage(bytes, {
    inflate: options.inflate,
    limits: options.limits,
    errors: document ? DOCUMENT_ERRORS : WORKBOOK_ERRORS,
  });
  const main = await mainPart(pkg);
  if (main.kind === "docx") return { format: "docx", grids: await readDocxGrids(bytes, options) };
  if (main.kind === "other") {
    throw new FileReadError(document ? "not-docx" : "not-xlsx", {
      detail: "neither a Word document nor a workbook in the zip",
    });
  }
  return { format: "xlsx", grids: await readWorkbookGrids(bytes, options) };
}
