/**
 * Merged areas when reading them all at once failed.
 *
 * Range.getMergedAreasOrNullObject fails for a range holding more than 512 merged areas, and a
 * printed form pasted from Word can hold thousands; one such sheet fails the batch that asks for
 * every sheet's merges. The sheets are then asked again in halves until the failing ones are
 * alone, and each of those in row blocks, halved until every block answers. Excel reports a
 * merged area in the block holding its top-left cell (office-js #3611), whole, so blocks never
 * count one twice. A sheet that still fails within its budget of syncs is read without merged
 * cells and named in `unread`: the pane says so rather than pretend they were read.
 */
import type { UsedRange } from "./chunks";
import { isCellEditError } from "./run";

export interface MergeTarget {
  name: string;
  sheet: Excel.Worksheet;
  used: UsedRange;
}

export interface TolerantMerges {
  /** Each sheet's merged-area address lists ("'Лист'!A1:B2,'Лист'!C3:C9"), as Excel gives them. */
  lists: Map<string, string[]>;
  /** Sheets whose merged areas could not be read. */
  unread: string[];
}

/** Syncs one sheet may spend on row blocks before it is read without merges. */
export const MERGE_SYNCS_PER_SHEET = 32;

interface Block {
  row: number;
  rows: number;
}

/** One sync for the given ranges; their address lists, or null when the batch failed. */
async function tryRead(
  context: Excel.RequestContext,
  ranges: Excel.Range[],
): Promise<(string | null)[] | null> {
  const loads = ranges.map((r) => {
    const merged = r.getMergedAreasOrNullObject();
    merged.load("isNullObject,address");
    return merged;
  });
  try {
    await context.sync();
  } catch (err) {
    if (isCellEditError(err)) throw err;
    return null;
  }
  return loads.map((m) => (m.isNullObject ? null : m.address));
}

export async function readMergesTolerant(
  context: Excel.RequestContext,
  targets: MergeTarget[],
): Promise<TolerantMerges> {
  const out: TolerantMerges = { lists: new Map(), unread: [] };
  const put = (name: string, address: string | null) => {
    const list = out.lists.get(name) ?? [];
    if (address) list.push(address);
    out.lists.set(name, list);
  };

  const bySheets = async (group: MergeTarget[]): Promise<void> => {
    if (group.length === 1) {
      await byBlocks(group[0]);
      return;
    }
    const half = Math.ceil(group.length / 2);
    for (const part of [group.slice(0, half), group.slice(half)]) {
      const answer = await tryRead(
        context,
        part.map((t) => t.sheet.getRange()),
      );
      if (answer) part.forEach((t, i) => put(t.name, answer[i]));
      else await bySheets(part);
    }
  };

  const byBlocks = async (target: MergeTarget): Promise<void> => {
    // Whole columns from A and rows from 1 to the used range's end: a merged area starting
    // above or left of the used range still reaches into it.
    const columns = target.used.columnIndex + target.used.columnCount;
    const pending: Block[] = halves({ row: 0, rows: target.used.rowIndex + target.used.rowCount });
    let budget = MERGE_SYNCS_PER_SHEET;
    let failed = false;
    while (pending.length > 0) {
      if (budget === 0) {
        failed = true;
        break;
      }
      budget -= 1;
      const block = pending.shift()!;
      const answer = await tryRead(context, [
        target.sheet.getRangeByIndexes(block.row, 0, block.rows, columns),
      ]);
      if (answer) {
        put(target.name, answer[0]);
      } else if (block.rows < 2) {
        failed = true;
        break;
      } else {
        pending.unshift(...halves(block));
      }
    }
    if (failed) {
      out.lists.set(target.name, []);
      out.unread.push(target.name);
    } else if (!out.lists.has(target.name)) {
      out.lists.set(target.name, []);
    }
  };

  await bySheets(targets);
  return out;
}

function halves(block: Block): Block[] {
  if (block.rows < 2) return [block];
  const first = Math.floor(block.rows / 2);
  return [
    { row: block.row, rows: first },
    { row: block.row + first, rows: block.rows - first },
  ];
}
