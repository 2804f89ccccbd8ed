/**
 * Last month in Excel: the «Свод» sheet already in the workbook, read before the new one
 * replaces it, as the baseline of «Изменения». Its values are read in blocks of rows (one
 * response must stay within Excel's payload limit); dates come back as serial numbers and are
 * turned back into dates by their number format, as the workbook reader does.
 */
import { snapshotsOfSvodGrid } from "../../core/consolidate/changes";
import type { ActivitySnapshot } from "../../core/consolidate/changes/types";
import type { CellValue } from "../../core/grid";
import { toCellValue } from "./number-format";

/** Cells per context.sync(): the workbook reader's figure (chunks.ts). */
const CELLS_PER_SYNC = 200_000;

/** The activities of the workbook's «Свод»; null when it has none, or one not of our making. */
export async function readPreviousSvod(
  context: Excel.RequestContext,
  cellsPerSync = CELLS_PER_SYNC,
): Promise<ActivitySnapshot[] | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject("Свод");
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return null;
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const step = Math.max(1, Math.floor(cellsPerSync / Math.max(1, columnCount)));
  const cells: CellValue[][] = [];
  for (let r = 0; r < rowCount; r += step) {
    const block = sheet.getRangeByIndexes(
      rowIndex + r,
      columnIndex,
      Math.min(step, rowCount - r),
      columnCount,
    );
    block.load("values,numberFormat");
    await context.sync();
    const formats = block.numberFormat as unknown[][];
    (block.values as unknown[][]).forEach((row, i) =>
      cells.push(row.map((v, j) => toCellValue(v, formats[i]?.[j]))),
    );
  }
  return snapshotsOfSvodGrid({
    sheet: "Свод",
    origin: { row: rowIndex + 1, col: columnIndex + 1 },
    cells,
    merges: [],
  });
}
