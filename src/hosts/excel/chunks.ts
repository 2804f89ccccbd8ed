/**
 * How to read used ranges in as few context.sync() calls as possible. Excel refuses a response
 * over 5 MB (ResponsePayloadSizeLimitExceeded) and returns null values past 5,000,000 cells, so
 * ranges are read in row blocks only where they would pass a budget, and the blocks are packed
 * into batches, one sync each. A normal workbook is one batch.
 */
export interface UsedRange {
  sheet: string;
  /** 0-based sheet indexes, as Range.rowIndex / columnIndex give them. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Rows [rowOffset, rowOffset + rowCount) of one used range. */
export interface Piece {
  range: number;
  rowOffset: number;
  rowCount: number;
}

export interface ReadLimits {
  /** Cells of values + number formats fetched per sync; well under the 5 MB payload. */
  cellsPerSync: number;
  /** A sheet bigger than this is skipped with a message: it is no roadmap and would be slow. */
  maxSheetCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = { cellsPerSync: 200_000, maxSheetCells: 1_000_000 };

export function cellsOf(piece: Piece, ranges: UsedRange[]): number {
  return piece.rowCount * ranges[piece.range].columnCount;
}

/** Row blocks of each range (each within the budget, at least one row) packed into batches. */
export function planBatches(ranges: UsedRange[], cellsPerSync: number): Piece[][] {
  const pieces: Piece[] = [];
  ranges.forEach((r, range) => {
    const rowsPerPiece = Math.max(1, Math.floor(cellsPerSync / Math.max(1, r.columnCount)));
    for (let offset = 0; offset < r.rowCount; offset += rowsPerPiece) {
      pieces.push({
        range,
        rowOffset: offset,
        rowCount: Math.min(rowsPerPiece, r.rowCount - offset),
      });
    }
  });
  const batches: Piece[][] = [];
  let batch: Piece[] = [];
  let cells = 0;
  for (const p of pieces) {
    const n = cellsOf(p, ranges);
    if (batch.length > 0 && cells + n > cellsPerSync) {
      batches.push(batch);
      batch = [];
      cells = 0;
    }
    batch.push(p);
    cells += n;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** A piece cut in two halves by rows; null when it is a single row and cannot be cut. */
export function halve(piece: Piece): [Piece, Piece] | null {
  if (piece.rowCount < 2) return null;
  const first = Math.floor(piece.rowCount / 2);
  return [
    { range: piece.range, rowOffset: piece.rowOffset, rowCount: first },
    { range: piece.range, rowOffset: piece.rowOffset + first, rowCount: piece.rowCount - first },
  ];
}
