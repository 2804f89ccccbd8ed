/**
 * .xlsx / .xlsm → Grids: the package's parts found through its relationships (never by
 * assumed paths), each inflated once within the limits, then the sheets in workbook order.
 * Browser-safe: the host passes how to inflate (Node's zlib in the CLI, DecompressionStream in
 * the browser).
 */
import type { Grid } from "../../../core/grid";
import { FileReadError } from "../file-error";
import type { InflateRaw } from "../inflate-web";
import {
  contentTypeOf,
  readContentTypes,
  workbookPartByType,
  XLSB_WORKBOOK_TYPE,
} from "./content-types";
import type { ReadLimits } from "./limits";
import { PackageParts } from "./parts";
import { type Relationship, readRelationships, relsPartOf } from "./relationships";
import { readSharedStrings } from "./shared-strings";
import { sniffSpreadsheet } from "./sniff";
import { readDateStyles } from "./styles";
import { readWorkbook } from "./workbook";
import { readWorksheet, type SheetContext } from "./worksheet";
import { XmlError, type XmlScanner } from "./xml-scanner";
import { scanXml } from "./xml-source";
import { ZipArchive } from "./zip";

export interface XlsxReadOptions {
  limits: ReadLimits;
  inflate: InflateRaw;
}

/** Parses a part with `read`; XML that cannot be tokenised makes the file corrupt. */
function parse<T>(part: string, bytes: Uint8Array, read: (sc: XmlScanner) => T): T {
  try {
    return read(scanXml(bytes));
  } catch (err) {
    if (err instanceof XmlError) {
      throw new FileReadError("corrupt", { detail: `${part}: ${err.message}` });
    }
    throw err;
  }
}

async function readPart<T>(
  parts: PackageParts,
  part: string,
  read: (sc: XmlScanner) => T,
): Promise<T | null> {
  const bytes = await parts.read(part);
  return bytes === null ? null : parse(part, bytes, read);
}

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** Not an Office Open XML package: an OpenDocument file says so in its first, stored entry. */
function rejectOpenDocument(zip: ZipArchive): void {
  const entry = zip.find("mimetype");
  if (entry === null || entry.method !== 0) return;
  const mime = new TextDecoder().decode(
    zip.bytes.subarray(entry.dataOffset, entry.dataOffset + Math.min(entry.compressedSize, 100)),
  );
  if (mime.trim() === ODS_MIME || mime.startsWith(`${ODS_MIME}-template`)) {
    throw new FileReadError("ods");
  }
  throw new FileReadError("not-xlsx", { detail: `OpenDocument package: ${mime.trim()}` });
}

async function findWorkbookPart(zip: ZipArchive, parts: PackageParts): Promise<string> {
  const types = await readPart(parts, "[Content_Types].xml", readContentTypes);
  const root = (await readPart(parts, "_rels/.rels", (sc) => readRelationships(sc, ""))) ?? [];
  const candidates = [
    ...root.filter((r) => r.type === "officeDocument" && !r.external).map((r) => r.target),
    types === null ? null : workbookPartByType(types),
    "xl/workbook.xml",
  ];
  for (const part of candidates) {
    if (part === null || !parts.has(part)) continue;
    // A binary workbook part (declared so, or a package that forgot to say): not XML.
    const binary = types !== null && contentTypeOf(types, part) === XLSB_WORKBOOK_TYPE;
    if (binary || part.toLowerCase().endsWith(".bin")) throw new FileReadError("xlsb");
    return part;
  }
  if (zip.find("xl/workbook.bin") !== null) throw new FileReadError("xlsb");
  const detail = `no workbook part among ${zip.entries.length} zip entries`;
  // Parts of a workbook without the workbook itself: a damaged .xlsx, not some other zip.
  if (zip.entries.some((e) => /^\/?xl\//i.test(e.name))) {
    throw new FileReadError("corrupt", { detail });
  }
  throw new FileReadError("not-xlsx", { detail });
}

export async function readXlsxGrids(
  bytes: Uint8Array,
  { limits, inflate }: XlsxReadOptions,
): Promise<Grid[]> {
  sniffSpreadsheet(bytes);
  const zip = new ZipArchive(bytes);
  if (zip.entries.length === 0) throw new FileReadError("empty-file", { reason: "empty-archive" });
  rejectOpenDocument(zip);
  const parts = new PackageParts(zip, limits, inflate);
  const workbookPart = await findWorkbookPart(zip, parts);
  // findWorkbookPart returned a part the package has.
  const workbook = (await readPart(parts, workbookPart, readWorkbook))!;
  const rels =
    (await readPart(parts, relsPartOf(workbookPart), (sc) =>
      readRelationships(sc, workbookPart),
    )) ?? [];
  const byId = new Map<string, Relationship>(rels.map((r) => [r.id, r]));
  const target = (type: string) => rels.find((r) => r.type === type && !r.external)?.target;

  // A workbook without shared strings or styles is valid: no strings shared, no date styles.
  const stringsPart = target("sharedStrings");
  const stylesPart = target("styles");
  const sharedStrings = stringsPart ? await readPart(parts, stringsPart, readSharedStrings) : null;
  const dateStyles = stylesPart ? await readPart(parts, stylesPart, readDateStyles) : null;
  const ctx: SheetContext = {
    sharedStrings: sharedStrings ?? [],
    dateStyles: dateStyles ?? [],
    date1904: workbook.date1904,
    limits,
    cellsSoFar: 0,
  };

  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) {
    const rel = byId.get(sheet.relId);
    // Chart sheets, dialog and macro sheets hold no cells.
    if (rel === undefined || rel.external || rel.type !== "worksheet") continue;
    const cells = await readPart(parts, rel.target, (sc) => readWorksheet(sc, ctx));
    if (cells === null) continue; // a sheet whose part is missing holds nothing to read
    const grid: Grid = {
      sheet: sheet.name,
      origin: { row: 1, col: 1 },
      cells: cells.cells,
      merges: cells.merges,
    };
    if (sheet.hidden) grid.hidden = true;
    grids.push(grid);
  }
  return grids;
}
