/**
 * .docx → Grids: every table of a Word document (a table continued after a page break as
 * one), with the paragraphs above it. On the package layer the workbook reader uses
 * (xlsx/zip.ts, xlsx/parts.ts: each part inflated once, within one byte budget, whatever size
 * it declares) and its XML scanner; the document's lists and styles are found through its
 * relationships. Browser-safe (no Node APIs): the task pane's file mode uses it as is; the
 * CLI passes Node's zlib as the inflater.
 */
import type { Grid } from "../../../core/grid";
import { FileReadError, inDocument } from "../file-error";
import { type InflateRaw, webInflateRaw } from "../inflate-web";
import { identifyPackage } from "../package-kind";
import { expectZip } from "../sniff";
import { MUNICIPAL_LIMITS, type ReadLimits } from "../xlsx/limits";
import { PackageParts } from "../xlsx/parts";
import { type Relationship, readRelationships, relsPartOf } from "../xlsx/relationships";
import { ZipArchive } from "../xlsx/zip";
import { readBody } from "./body";
import { documentTables, type DocumentTables } from "./document-grids";
import { emptyNumbering, ListCounter, parseNumbering } from "./numbering";
import { parseStyles } from "./styles";

export interface DocxReadOptions {
  limits?: ReadLimits;
  inflate?: InflateRaw;
}

/**
 * The document part's relationships, where its lists and styles are named. A part that
 * cannot be read only costs those names: Word's usual ones are tried instead.
 */
async function relationshipsOf(parts: PackageParts, part: string): Promise<Relationship[]> {
  try {
    return (await parts.readXml(relsPartOf(part), (sc) => readRelationships(sc, part))) ?? [];
  } catch (err) {
    if (err instanceof FileReadError && err.code === "corrupt") return [];
    throw err;
  }
}

/**
 * The Grids of a package identified as a Word document (package-kind.ts) whose main part is
 * `part`, with each table's layout. Errors come in a workbook's words from the shared layers;
 * callers put them in a document's (inDocument).
 */
export async function readDocumentPackage(
  parts: PackageParts,
  part: string,
  limits: ReadLimits,
): Promise<DocumentTables> {
  const rels = await relationshipsOf(parts, part);
  const folder = part.slice(0, part.lastIndexOf("/") + 1);
  const target = (type: string, usual: string) =>
    rels.find((r) => r.type === type && !r.external)?.target ?? `${folder}${usual}`;
  const numbering =
    (await parts.readXml(target("numbering", "numbering.xml"), parseNumbering)) ?? emptyNumbering();
  const styles = (await parts.readXml(target("styles", "styles.xml"), parseStyles)) ?? new Map();
  const blocks = await parts.readXml(part, (sc) =>
    readBody(sc, {
      lists: new ListCounter(numbering),
      styles,
      limits: { maxRows: limits.maxRows, maxCells: limits.maxCells },
    }),
  );
  if (blocks === null) throw new FileReadError("not-docx", { detail: `no ${part}` });
  const tables = documentTables(blocks);
  if (tables.grids.length === 0) throw new FileReadError("no-table");
  return tables;
}

/** A .docx given as bytes: sniffed, opened and told from a workbook first. */
export async function readDocxGrids(
  bytes: Uint8Array,
  options: DocxReadOptions = {},
): Promise<Grid[]> {
  const limits = options.limits ?? MUNICIPAL_LIMITS;
  try {
    expectZip(bytes, "document");
    const zip = new ZipArchive(bytes);
    const parts = new PackageParts(zip, limits, options.inflate ?? webInflateRaw);
    const found = await identifyPackage(zip, parts, "document");
    if (found.kind !== "docx") throw new FileReadError("not-docx", { detail: "a workbook" });
    return (await readDocumentPackage(parts, found.part, limits)).grids;
  } catch (err) {
    throw inDocument(err);
  }
}
