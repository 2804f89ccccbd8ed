/**
 * Reads every visible sheet of the open workbook into Grids in a fixed number of context.sync()
 * calls: 1. sheet names and visibility; 2. each used range's position and size, and each
 * sheet's merged areas; 3. values and number formats of all used ranges in one batch. Only a
 * workbook too big for one response is read in more batches (see chunks.ts), and only a sheet
 * whose merged areas Excel will not give at once costs more (see read-merges.ts).
 */
import type { CellValue, Grid, MergeArea } from "../../core/grid";
import { parseAddress, splitAddressList } from "./address";
import {
  DEFAULT_LIMITS,
  halve,
  planBatches,
  type Piece,
  type ReadLimits,
  type UsedRange,
} from "./chunks";
import { ExcelHostError } from "./errors";
import { toCellValue } from "./number-format";
import { readMergesTolerant } from "./read-merges";
import { isCellEditError } from "./run";

export interface SkippedSheet {
  sheet: string;
  rows: number;
  columns: number;
}

export interface HiddenSheet {
  sheet: string;
  visibility: "Hidden" | "VeryHidden";
}

export interface WorkbookRead {
  grids: Grid[];
  /** Sheets left out because they are bigger than ReadLimits.maxSheetCells. */
  skipped: SkippedSheet[];
  /** Hidden and very hidden sheets: not checked, as the user does not see them. */
  hidden: HiddenSheet[];
  /** False on Excel without ExcelApi 1.13: merged cells were read as separate cells. */
  mergesRead: boolean;
  /** Sheets whose merged areas Excel would not give: read as if no cell were merged. */
  mergesUnread: string[];
}

export interface ReadOptions {
  merges: boolean;
  limits?: ReadLimits;
}

const PAYLOAD_ERRORS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
]);

function isPayloadError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_ERRORS.has(code);
}

interface Source {
  sheet: Excel.Worksheet;
  used: UsedRange;
  rows: CellValue[][];
  merges: MergeArea[];
}

export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions,
): Promise<WorkbookRead> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();

  const hidden: HiddenSheet[] = [];
  const visible = worksheets.items.filter((sheet) => {
    if (sheet.visibility === "Visible") return true;
    hidden.push({ sheet: sheet.name, visibility: sheet.visibility as HiddenSheet["visibility"] });
    return false;
  });

  const probe = (withMerges: boolean) =>
    visible.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
      const merged = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : null;
      merged?.load("isNullObject,address");
      return { sheet, name: sheet.name, used, merged };
    });
  let probes = probe(options.merges);
  let mergeLists: Map<string, string[]> | null = null;
  let mergesUnread: string[] = [];
  try {
    await context.sync();
  } catch (err) {
    // One sheet past Excel's limit of merged areas fails the whole batch: sizes again on
    // their own, then merged areas sheet by sheet (read-merges.ts).
    if (!options.merges || isCellEditError(err)) throw err;
    probes = probe(false);
    await context.sync();
    const tolerant = await readMergesTolerant(
      context,
      probes
        .filter((p) => !p.used.isNullObject)
        .map((p) => ({
          name: p.name,
          sheet: p.sheet,
          used: usedOf(p.name, p.used),
        })),
    );
    mergeLists = tolerant.lists;
    mergesUnread = tolerant.unread;
  }

  const sources: Source[] = [];
  const skipped: SkippedSheet[] = [];
  for (const p of probes) {
    if (p.used.isNullObject) continue;
    const used = usedOf(p.name, p.used);
    if (used.rowCount * used.columnCount > limits.maxSheetCells) {
      skipped.push({ sheet: p.name, rows: used.rowCount, columns: used.columnCount });
      continue;
    }
    const lists =
      mergeLists?.get(p.name) ?? (p.merged && !p.merged.isNullObject ? [p.merged.address] : []);
    const merges = lists.flatMap((list) => mergesOf(list, used));
    sources.push({ sheet: p.sheet, used, rows: new Array<CellValue[]>(used.rowCount), merges });
  }

  const reader = new BlockReader(context, sources);
  for (const batch of planBatches(
    sources.map((s) => s.used),
    limits.cellsPerSync,
  )) {
    await reader.read(batch);
  }

  const grids: Grid[] = sources.map((s) => ({
    sheet: s.used.sheet,
    origin: { row: s.used.rowIndex + 1, col: s.used.columnIndex + 1 },
    cells: s.rows,
    merges: s.merges,
  }));
  return {
    grids,
    skipped,
    hidden,
    mergesRead: options.merges,
    mergesUnread: mergesUnread.filter((name) => sources.some((s) => s.used.sheet === name)),
  };
}

function usedOf(sheet: string, used: Excel.Range): UsedRange {
  return {
    sheet,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  };
}

class BlockReader {
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly sources: Source[],
  ) {}

  async read(batch: Piece[]): Promise<void> {
    const loads = batch.map((piece) => {
      const { sheet, used } = this.sources[piece.range];
      const range = sheet.getRangeByIndexes(
        used.rowIndex + piece.rowOffset,
        used.columnIndex,
        piece.rowCount,
        used.columnCount,
      );
      range.load("values,numberFormat");
      return { piece, range };
    });
    try {
      await this.context.sync();
    } catch (err) {
      // Too much for one response: the same rows again in halves, nothing was read.
      if (!isPayloadError(err)) throw err;
      await this.readInHalves(batch);
      return;
    }
    const failed: Piece[] = [];
    for (const { piece, range } of loads) {
      const values: unknown = range.values;
      const formats: unknown = range.numberFormat;
      // Past 5,000,000 cells Excel answers with null values instead of an error.
      if (!Array.isArray(values) || !Array.isArray(formats)) failed.push(piece);
      else this.store(piece, values as unknown[][], formats as unknown[][]);
    }
    if (failed.length > 0) await this.readInHalves(failed);
  }

  private async readInHalves(pieces: Piece[]): Promise<void> {
    for (const piece of pieces) {
      const halves = halve(piece);
      if (halves === null) {
        const { used } = this.sources[piece.range];
        throw new ExcelHostError(
          "sheet-too-large",
          `Лист «${used.sheet}» слишком большой: Excel не отдаёт даже одну его строку целиком`,
          { sheet: used.sheet, rows: used.rowCount, columns: used.columnCount },
        );
      }
      for (const half of halves) await this.read([half]);
    }
  }

  private store(piece: Piece, values: unknown[][], formats: unknown[][]): void {
    const { rows, used } = this.sources[piece.range];
    for (let i = 0; i < piece.rowCount; i++) {
      const v = values[i] ?? [];
      const f = formats[i] ?? [];
      const row = new Array<CellValue>(used.columnCount);
      for (let j = 0; j < used.columnCount; j++) row[j] = toCellValue(v[j], f[j]);
      rows[piece.rowOffset + i] = row;
    }
  }
}

/** Merged areas of a sheet, relative to its used range and clipped to it. */
function mergesOf(addressList: string, used: UsedRange): MergeArea[] {
  const out: MergeArea[] = [];
  const maxRow = used.rowCount - 1;
  const maxCol = used.columnCount - 1;
  for (const address of splitAddressList(addressList)) {
    const box = parseAddress(address);
    const top = Math.max(0, box.top - 1 - used.rowIndex);
    const left = Math.max(0, box.left - 1 - used.columnIndex);
    const bottom = Math.min(maxRow, box.bottom - 1 - used.rowIndex);
    const right = Math.min(maxCol, box.right - 1 - used.columnIndex);
    if (top > bottom || left > right || (top === bottom && left === right)) continue;
    out.push({ top, left, bottom, right });
  }
  return out;
}
