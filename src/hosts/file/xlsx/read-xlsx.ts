/**
 * .xlsx / .xlsm → Grids: the package's parts found through its relationships (never by
 * assumed paths), each inflated once within the limits, then the sheets in workbook order.
 * What the file is (a workbook, a Word document, something we only name) is decided before,
 * in one place for both readers: sniff.ts by its bytes, package-kind.ts by its parts.
 * Browser-safe: the host passes how to inflate (Node's zlib in the CLI, DecompressionStream in
 * the browser).
 */
import type { Grid } from "../../../core/grid";
import { FileReadError } from "../file-error";
import type { InflateRaw } from "../inflate-web";
import { identifyPackage, type PackageIndex } from "../package-kind";
import { expectZip } from "../sniff";
import { contentTypeOf, workbookPartByType, XLSB_WORKBOOK_TYPE } from "./content-types";
import type { ReadLimits } from "./limits";
import { PackageParts } from "./parts";
import { type Relationship, readRelationships, relsPartOf } from "./relationships";
import { readSharedStrings } from "./shared-strings";
import { readDateStyles } from "./styles";
import { readWorkbook } from "./workbook";
import { readWorksheet, type SheetContext } from "./worksheet";
import { ZipArchive } from "./zip";

export interface XlsxReadOptions {
  limits: ReadLimits;
  inflate: InflateRaw;
}

/**
 * The workbook part: the package's officeDocument relationship names it, else its content
 * types, else the usual name. A binary one (declared so, or a package that forgot to say) is
 * an .xlsb.
 */
function findWorkbookPart(zip: ZipArchive, parts: PackageParts, index: PackageIndex): string {
  const { types, root } = index;
  const candidates = [
    ...root.filter((r) => r.type === "officeDocument" && !r.external).map((r) => r.target),
    types === null ? null : workbookPartByType(types),
    "xl/workbook.xml",
  ];
  for (const part of candidates) {
    if (part === null || !parts.has(part)) continue;
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

/** An .xlsx given as bytes: sniffed, opened and told from a Word document first. */
export async function readXlsxGrids(
  bytes: Uint8Array,
  { limits, inflate }: XlsxReadOptions,
): Promise<Grid[]> {
  expectZip(bytes, "workbook");
  const zip = new ZipArchive(bytes);
  const parts = new PackageParts(zip, limits, inflate);
  const found = await identifyPackage(zip, parts, "workbook");
  if (found.kind !== "xlsx") {
    throw new FileReadError("not-xlsx", { detail: `a Word document (${found.part})` });
  }
  return readWorkbookPackage(zip, parts, found.index, limits);
}

/** Which sheets to read, and how far: the whole workbook unless told otherwise. */
export interface SheetSelection {
  /** Only the sheets whose name this accepts (last month's «Свод» sheets of a regional file). */
  sheets?: (name: string) => boolean;
  /** Only the first rows of each sheet (a header looked at, the rest never scanned). */
  headRows?: number;
}

/** The sheet names of a package identified as a workbook, in the order the user sees them. */
export async function workbookSheetNames(
  zip: ZipArchive,
  parts: PackageParts,
  index: PackageIndex,
): Promise<string[]> {
  if (index.broken !== null) throw index.broken;
  const workbook = (await parts.readXml(findWorkbookPart(zip, parts, index), readWorkbook))!;
  return workbook.sheets.map((s) => s.name);
}

/** The Grids of a package identified as a workbook (package-kind.ts), within `limits`. */
export async function readWorkbookPackage(
  zip: ZipArchive,
  parts: PackageParts,
  index: PackageIndex,
  limits: ReadLimits,
  selection: SheetSelection = {},
): Promise<Grid[]> {
  if (index.broken !== null) throw index.broken;
  const workbookPart = findWorkbookPart(zip, parts, index);
  // findWorkbookPart returned a part the package has.
  const workbook = (await parts.readXml(workbookPart, readWorkbook))!;
  const rels =
    (await parts.readXml(relsPartOf(workbookPart), (sc) => readRelationships(sc, workbookPart))) ??
    [];
  const byId = new Map<string, Relationship>(rels.map((r) => [r.id, r]));
  const target = (type: string) => rels.find((r) => r.type === type && !r.external)?.target;

  // A workbook without shared strings or styles is valid: no strings shared, no date styles.
  const stringsPart = target("sharedStrings");
  const stylesPart = target("styles");
  const sharedStrings = stringsPart ? await parts.readXml(stringsPart, readSharedStrings) : null;
  const dateStyles = stylesPart ? await parts.readXml(stylesPart, readDateStyles) : null;
  const ctx: SheetContext = {
    sharedStrings: sharedStrings ?? [],
    dateStyles: dateStyles ?? [],
    date1904: workbook.date1904,
    limits,
    cellsSoFar: 0,
    stopAfterRow: selection.headRows,
  };

  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) {
    if (selection.sheets && !selection.sheets(sheet.name)) continue;
    const rel = byId.get(sheet.relId);
    // Chart sheets, dialog and macro sheets hold no cells.
    if (rel === undefined || rel.external || rel.type !== "worksheet") continue;
    const cells = await parts.readXml(rel.target, (sc) => readWorksheet(sc, ctx));
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
