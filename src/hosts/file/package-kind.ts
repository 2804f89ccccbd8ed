/**
 * What a zip is, as the package itself says: a Word document or a workbook (each then read by
 * its reader), or something we name instead — an empty archive, an OpenDocument spreadsheet or
 * text, a zip that is neither. In order: the package's main part (its officeDocument
 * relationship, `_rels/.rels`) by its content type or name; the content types' main part;
 * `word/document.xml`; anything under `xl/` (the workbook reader then judges: a binary .xlsb,
 * a workbook's parts without the workbook). A package written by another program may put its
 * main part elsewhere — a workbook at the package's root, a document in doc/document2.xml.
 * Browser-safe.
 */
import { decodeUtf8 } from "./text-codec";
import { FileReadError } from "./file-error";
import {
  type ContentTypes,
  contentTypeOf,
  readContentTypes,
  workbookPartByType,
  XLSB_WORKBOOK_TYPE,
} from "./xlsx/content-types";
import type { PackageParts } from "./xlsx/parts";
import { type Relationship, readRelationships } from "./xlsx/relationships";
import type { Expected } from "./sniff";
import { XmlError, type XmlScanner } from "./xlsx/xml-scanner";
import { scanXml } from "./xlsx/xml-source";
import type { ZipArchive } from "./xlsx/zip";

/** What the package's own parts say, read once for whichever reader comes next. */
export interface PackageIndex {
  /** null when the package has no (readable) [Content_Types].xml. */
  types: ContentTypes | null;
  /** The package's relationships; empty when it has none, or none that can be read. */
  root: Relationship[];
  /**
   * One of the two parts above is there but not XML that can be read: they only point the
   * way to a Word document (which reads without them), while the workbook reader calls such a
   * package corrupt, as it always has.
   */
  broken: FileReadError | null;
}

export type Identified =
  { kind: "docx"; part: string; index: PackageIndex } | { kind: "xlsx"; index: PackageIndex };

const DOCUMENT_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.ms-word.document.macroenabled.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
];

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
const ODT_MIME = "application/vnd.oasis.opendocument.text";

/** An OpenDocument package says so in its first, stored entry. */
function rejectOpenDocument(zip: ZipArchive, expected: Expected): void {
  const entry = zip.find("mimetype");
  if (entry === null || entry.method !== 0) return;
  const mime = decodeUtf8(
    zip.bytes.subarray(entry.dataOffset, entry.dataOffset + Math.min(entry.compressedSize, 100)),
  ).trim();
  if (mime === ODS_MIME || mime.startsWith(`${ODS_MIME}-template`)) throw new FileReadError("ods");
  if (mime === ODT_MIME || mime.startsWith(`${ODT_MIME}-template`)) throw new FileReadError("odt");
  throw new FileReadError(expected === "document" ? "not-docx" : "not-xlsx", {
    detail: `OpenDocument package: ${mime}`,
  });
}

/** A part the index needs, parsed; null when it is missing or cannot be read (noted). */
async function optionalPart<T>(
  parts: PackageParts,
  index: PackageIndex,
  part: string,
  read: (sc: XmlScanner) => T,
): Promise<T | null> {
  const bytes = await parts.read(part);
  if (bytes === null) return null;
  try {
    return read(scanXml(bytes));
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    index.broken ??= new FileReadError("corrupt", { detail: `${part}: ${err.message}` });
    return null;
  }
}

/** The kind a main part's declared content type says; "other" for another program's. */
function kindByType(type: string | null): "docx" | "xlsx" | "other" | null {
  if (type === null) return null;
  if (DOCUMENT_TYPES.includes(type)) return "docx";
  if (type === XLSB_WORKBOOK_TYPE || /spreadsheetml|^application\/vnd\.ms-excel/.test(type)) {
    return "xlsx";
  }
  // A presentation's, a drawing's …: some other Office program's main part.
  if (type.endsWith(".main+xml") || type.includes("presentationml")) return "other";
  return null; // "application/xml" and the like: says nothing
}

/**
 * The kind a main part's name says, where its type says nothing: document.xml a Word document
 * (doc/document2.xml too), anything else a workbook — the officeDocument relationship named the
 * workbook part in every package the workbook reader was ever given.
 */
function kindByName(part: string): "docx" | "xlsx" {
  return /(^|\/)document\d*\.xml$/i.test(part) ? "docx" : "xlsx";
}

export async function identifyPackage(
  zip: ZipArchive,
  parts: PackageParts,
  expected: Expected,
): Promise<Identified> {
  if (zip.entries.length === 0) throw new FileReadError("empty-file", { reason: "empty-archive" });
  rejectOpenDocument(zip, expected);
  const index: PackageIndex = { types: null, root: [], broken: null };
  index.types = await optionalPart(parts, index, "[Content_Types].xml", readContentTypes);
  index.root =
    (await optionalPart(parts, index, "_rels/.rels", (sc) => readRelationships(sc, ""))) ?? [];
  const { types } = index;
  const main = index.root.find((r) => r.type === "officeDocument" && !r.external)?.target;
  if (main !== undefined && parts.has(main)) {
    const kind = kindByType(types && contentTypeOf(types, main)) ?? kindByName(main);
    if (kind === "docx") return { kind, part: main, index };
    if (kind === "xlsx") return { kind, index };
  }
  if (types !== null) {
    for (const [part, type] of types.overrides) {
      if (DOCUMENT_TYPES.includes(type) && parts.has(part)) return { kind: "docx", part, index };
    }
    if (workbookPartByType(types) !== null) return { kind: "xlsx", index };
    for (const type of types.overrides.values()) {
      if (type === XLSB_WORKBOOK_TYPE) return { kind: "xlsx", index };
    }
  }
  if (parts.has("word/document.xml")) return { kind: "docx", part: "word/document.xml", index };
  // Anything under xl/ (a binary .xlsb among them) is the workbook reader's to judge.
  if (zip.entries.some((e) => /^[/\\]?xl[/\\]/i.test(e.name))) return { kind: "xlsx", index };
  throw new FileReadError(expected === "document" ? "not-docx" : "not-xlsx", {
    detail: `neither a workbook nor a Word document among ${zip.entries.length} zip entries`,
  });
}
