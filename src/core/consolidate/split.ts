/**
 * «Свод» past Excel's row limit: a sheet holds 1,048,576 rows, the header among them, so a
 * region with more activities continues on «Свод (2)», «Свод (3)»… with the same columns and
 * header; «Сводка» says so. Nothing is dropped.
 */
import { HEADER_ROW } from "./titles";
import type { RegionalSheet } from "./types";

/** Excel's last row number. */
export const EXCEL_MAX_ROWS = 1_048_576;

/**
 * `sheetRows`: data rows per sheet (tests use a small number); Excel's limit less the title
 * rows and the header.
 */
export function splitSvod(
  svod: RegionalSheet,
  sheetRows = EXCEL_MAX_ROWS - HEADER_ROW,
): RegionalSheet[] {
  if (sheetRows < 1) throw new Error("sheetRows must be at least 1");
  if (svod.rows.length <= sheetRows) return [svod];
  const out: RegionalSheet[] = [];
  for (let at = 0, n = 1; at < svod.rows.length; at += sheetRows, n++) {
    out.push({
      ...svod,
      name: n === 1 ? svod.name : `${svod.name} (${n})`,
      rows: svod.rows.slice(at, at + sheetRows),
    });
  }
  return out;
}
