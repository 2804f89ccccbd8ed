/**
 * Whether a workbook given as a municipal input is one of our own regional workbooks — last
 * month's «Свод» lying in the Downloads folder with the municipal files — which must never be
 * counted as one more municipality. Told by our mark first (the writer's custom document
 * property, xlsx/write/ours.ts, which Excel and LibreOffice keep when they save the file again),
 * then, for a copy that lost it, by its sheets: «Свод», «Сводка» and «Замечания», with our own
 * «Свод» header (a title line may stand above it). Only the mark, the sheet list and the first
 * rows of «Свод» are read.
 */
import { HEADER_SEARCH_ROWS, isRegionalSvodGrid } from "../../core/consolidate/changes";
import { REGIONAL_SHEET_NAMES } from "../../core/consolidate/types";
import type { InflateRaw } from "./inflate-web";
import type { PackageIndex } from "./package-kind";
import type { ReadLimits } from "./xlsx/limits";
import type { PackageParts } from "./xlsx/parts";
import { readWorkbookPackage, workbookSheetNames } from "./xlsx/read-xlsx";
import { REGIONAL_MARK } from "./xlsx/write/doc-props";
import { ourWorkbookKind } from "./xlsx/write/ours";
import type { ZipArchive } from "./xlsx/zip";

export interface OwnWorkbook {
  kind: "regional-workbook";
  /** How it was told: our mark, or (a copy that lost it) its sheets and «Свод» header. */
  by: "mark" | "sheets";
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function findOwnWorkbook(
  bytes: Uint8Array,
  zip: ZipArchive,
  parts: PackageParts,
  index: PackageIndex,
  limits: ReadLimits,
  inflate?: InflateRaw,
): Promise<OwnWorkbook | null> {
  if ((await ourWorkbookKind(bytes, inflate)) === REGIONAL_MARK) {
    return { kind: REGIONAL_MARK, by: "mark" };
  }
  const names = await workbookSheetNames(zip, parts, index);
  if (!REGIONAL_SHEET_NAMES.every((n) => names.some((x) => same(x, n)))) return null;
  const heads = await readWorkbookPackage(zip, parts, index, limits, {
    sheets: (name) => same(name, REGIONAL_SHEET_NAMES[0]),
    headRows: HEADER_SEARCH_ROWS,
  });
  return heads.some(isRegionalSvodGrid) ? { kind: REGIONAL_MARK, by: "sheets" } : null;
}
