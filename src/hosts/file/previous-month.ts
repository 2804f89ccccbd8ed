/**
 * Last month, for «Изменения»: the activities of a regional workbook's «Свод» (and «Свод (2)», …
 * past Excel's row limit), read within REGIONAL_LIMITS — our own file, up to a million rows a
 * sheet. Only those sheets are read. Browser-safe: the CLI and the pane's file mode both use it.
 */
import { snapshotsOfSvodGrid } from "../../core/consolidate/changes";
import type { ActivitySnapshot } from "../../core/consolidate/changes/types";
import { FileReadError } from "./file-error";
import { type InflateRaw, webInflateRaw } from "./inflate-web";
import { identifyPackage } from "./package-kind";
import { expectZip } from "./sniff";
import { REGIONAL_LIMITS } from "./xlsx/limits";
import { PackageParts } from "./xlsx/parts";
import { readWorkbookPackage } from "./xlsx/read-xlsx";
import { ZipArchive } from "./xlsx/zip";

/** «Свод», or its continuation «Свод (2)», «Свод (3)» … */
export function isSvodSheetName(name: string): boolean {
  return /^свод(?: \(\d+\))?$/i.test(name.trim());
}

/**
 * The activities of last month's «Свод»; null when the workbook holds no «Свод» of ours (no such
 * sheet, or one without our header). A file that cannot be read throws its FileReadError.
 */
export async function readPreviousMonth(
  data: Uint8Array,
  inflate: InflateRaw = webInflateRaw,
): Promise<ActivitySnapshot[] | null> {
  expectZip(data, "workbook");
  const zip = new ZipArchive(data);
  const parts = new PackageParts(zip, REGIONAL_LIMITS, inflate);
  const found = await identifyPackage(zip, parts, "workbook");
  if (found.kind !== "xlsx") throw new FileReadError("not-xlsx");
  const grids = await readWorkbookPackage(zip, parts, found.index, REGIONAL_LIMITS, {
    sheets: isSvodSheetName,
  });
  let out: ActivitySnapshot[] | null = null;
  for (const grid of grids) {
    const snapshots = snapshotsOfSvodGrid(grid);
    if (snapshots !== null) out = [...(out ?? []), ...snapshots];
  }
  return out;
}
