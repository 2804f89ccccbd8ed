/**
 * Grids (tables read from any source, e.g. a Word document) as a new .xlsx workbook, written
 * by our own SpreadsheetML writer. Browser-safe: no Node APIs.
 */
import type { Grid } from "../../core/grid";
import { webCompression, type Compression } from "./xlsx/write/deflate";
import { gridSheets, type GridSheetOptions } from "./xlsx/write/grids";
import { writeNewPackage } from "./xlsx/write/new-package";
import { SharedStrings } from "./xlsx/write/strings";
import { StyleSheet } from "./xlsx/write/styles";

export type { GridSheetOptions } from "./xlsx/write/grids";

export interface WriteGridsOptions {
  /** Per grid, in order. */
  sheets?: GridSheetOptions[];
  title?: string;
  compression?: Compression;
}

export async function writeGridsWorkbook(
  grids: Grid[],
  options: WriteGridsOptions = {},
): Promise<Uint8Array> {
  if (grids.length === 0) throw new Error("A workbook needs at least one sheet");
  const styles = StyleSheet.create();
  return writeNewPackage(
    {
      sheets: gridSheets(grids, styles, options.sheets),
      styles,
      strings: new SharedStrings(),
      core: { title: options.title, creator: "Roadmap Inspector", created: new Date() },
    },
    options.compression ?? webCompression,
  );
}
