/**
 * Whether a package is one we wrote: the custom document property set on every regional
 * workbook (issue 9 skips such a file given as a municipal input). A workbook saved again by
 * Excel or LibreOffice keeps the property; a copy made otherwise may not — the sheet names are
 * then the fallback, decided by the caller.
 */
import type { InflateRaw } from "../../inflate-web";
import { readOurMark, REGIONAL_MARK } from "./doc-props";
import { PackageError, PackageView } from "./package-view";

/** Our mark's kind ("regional-workbook"), or null for a package we did not mark (or no zip). */
export async function ourWorkbookKind(
  bytes: Uint8Array,
  inflate?: InflateRaw,
): Promise<string | null> {
  try {
    return (await readOurMark(PackageView.open(bytes, inflate)))?.kind ?? null;
  } catch (err) {
    if (err instanceof PackageError) return null;
    throw err;
  }
}

export async function isRegionalWorkbook(
  bytes: Uint8Array,
  inflate?: InflateRaw,
): Promise<boolean> {
  return (await ourWorkbookKind(bytes, inflate)) === REGIONAL_MARK;
}
