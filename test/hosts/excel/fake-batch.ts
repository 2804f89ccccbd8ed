/**
 * One batch of the fake Excel: what the host queued between two context.sync() calls.
 *
 * Real Excel runs a batch's actions in order and is not transactional: when an action fails,
 * the ones before it stay done, the failing one and those after it are not, and none of the
 * batch's loads arrive. A request over 5 MB is refused before anything runs; a response over
 * 5 MB after everything ran. The fake keeps exactly these rules.
 */
import { OfficeMockObject } from "office-addin-mock";
import { excelError, type ExcelError, type ExcelErrorCode } from "./fake-errors";

/** Something the host asked Excel to do: it happens at the next sync, in order. */
export interface FakeOp {
  label: string;
  /** The sheet it changes; null for the workbook. */
  sheet: string | null;
  /** A write is refused on a protected sheet and in a read-only workbook; a UI action is not. */
  kind: "write" | "ui";
  /** Why Excel refuses it now, or null. */
  refuse?(): ExcelErrorCode | null;
  apply(): void;
}

/** A load the host queued: it fails the sync, or arrives with it. */
export interface FakeLoad {
  label: string;
  refuse?(): ExcelErrorCode | null;
  /** Bytes of the answer, counted against the response limit. */
  bytes(): number;
  /** Value cells of the answer, for the older cell-count limit. */
  cells(): number;
  /** A failed sync delivers nothing: the properties go back to "not loaded". */
  discard(): void;
  /** A successful sync delivers what is not a property (a ClientResult's value). */
  arrive?(): void;
}

export class Batch {
  readonly ops: FakeOp[] = [];
  readonly loads: FakeLoad[] = [];
  requestBytes = 0;
}

/** office-addin-mock's private state, which a failed sync must put back. */
interface Internal {
  _properties: Map<string, Internal>;
  _loaded: boolean;
  _valueBeforeLoaded: unknown;
  _value: unknown;
  resetValue(value: unknown): void;
  [key: string]: unknown;
}

interface LoadedEntry {
  parent: Internal;
  key: string;
  child: Internal;
}

/** Every property of `mock`, at any depth, that a load has marked as coming with a sync. */
function loadedEntries(mock: OfficeMockObject): LoadedEntry[] {
  const out: LoadedEntry[] = [];
  const walk = (parent: Internal) => {
    for (const [key, child] of parent._properties) {
      if (child._loaded) out.push({ parent, key, child });
      walk(child);
    }
  };
  walk(mock as unknown as Internal);
  return out;
}

/**
 * Runs office-addin-mock's own load on `mock` and returns how to take it back: office-addin-mock
 * has no failed syncs, so a load of a failed batch would otherwise still arrive with the next.
 */
export function trackedLoad(mock: OfficeMockObject, arg: string): () => void {
  const before = new Set(loadedEntries(mock).map((e) => e.child));
  OfficeMockObject.prototype.load.call(mock, arg);
  const added = loadedEntries(mock).filter((e) => !before.has(e.child));
  return () => {
    for (const { parent, key, child } of added) {
      child.resetValue(child._valueBeforeLoaded);
      parent[key] = child._value;
    }
  };
}

/** Runs the batch by Excel's rules; throws the error Excel would, as a RichApi.Error. */
export function runBatch(
  batch: Batch,
  limits: { requestBytes: number; responseBytes: number; responseCells: number },
): void {
  try {
    if (batch.requestBytes > limits.requestBytes) {
      throw excelError("RequestPayloadSizeLimitExceeded", "context.sync");
    }
    for (const op of batch.ops) {
      const refused = op.refuse?.() ?? null;
      if (refused) throw excelError(refused, op.label);
      op.apply();
    }
    for (const load of batch.loads) {
      const refused = load.refuse?.() ?? null;
      if (refused) throw excelError(refused, load.label);
    }
    const bytes = batch.loads.reduce((n, l) => n + l.bytes(), 0);
    const cells = batch.loads.reduce((n, l) => n + l.cells(), 0);
    if (bytes > limits.responseBytes || cells > limits.responseCells) {
      throw excelError("ResponsePayloadSizeLimitExceeded", "context.sync");
    }
  } catch (err) {
    for (const load of batch.loads) load.discard();
    throw err as ExcelError;
  }
}
