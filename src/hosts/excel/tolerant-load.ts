/**
 * Loads that one bad object cannot spoil for the others.
 *
 * Excel fails a whole batch when one object in it cannot be read — a user's conditional format
 * hit by Excel's known bugs answers ItemNotFound or "not permitted" to any read (office-js
 * #5222, #6827, #6835). The happy path stays one sync; only after a failure are the objects
 * read again in halves, until each bad one is alone and left out.
 */
import { isCellEditError } from "./run";

export interface Tolerant<T> {
  ok: T[];
  failed: T[];
}

/** Queues `queue(item)` for every item and syncs; on failure, halves and tries again. */
export async function loadTolerant<T>(
  context: Excel.RequestContext,
  items: T[],
  queue: (item: T) => void,
): Promise<Tolerant<T>> {
  if (items.length === 0) return { ok: [], failed: [] };
  for (const item of items) queue(item);
  try {
    await context.sync();
    return { ok: items, failed: [] };
  } catch (err) {
    // The user typing in a cell fails every batch alike: that is no bad object.
    if (isCellEditError(err)) throw err;
    if (items.length === 1) return { ok: [], failed: items };
  }
  const half = Math.ceil(items.length / 2);
  const a = await loadTolerant(context, items.slice(0, half), queue);
  const b = await loadTolerant(context, items.slice(half), queue);
  return { ok: [...a.ok, ...b.ok], failed: [...a.failed, ...b.failed] };
}
