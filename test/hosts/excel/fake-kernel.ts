/**
 * The machinery under the fake Excel (fake-excel.ts): office-addin-mock objects that log every
 * call and assignment, queue what the host asks for until the next sync, and run each batch by
 * Excel's rules (fake-batch.ts). What a sheet, a range or a format is lives in fake-excel.ts and
 * fake-formats.ts; the methods here are public for those modules, not for tests.
 */
import { OfficeMockObject } from "office-addin-mock";
import { Batch, runBatch, trackedLoad, type FakeLoad, type FakeOp } from "./fake-batch";
import { excelError, type ExcelErrorCode } from "./fake-errors";

export type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The mock's own way to define a property that a later load + sync returns. */
export function defineValue(m: Mock, key: string, value: unknown): void {
  (m as unknown as { setValue(k: string, v: unknown): void }).setValue(key, value);
}

/** How a mock's loads behave: refused, and how large their answer is. */
export interface LoadRules {
  refuse?(): ExcelErrorCode | null;
  bytes?(): number;
  cells?(arg: string): number;
}

export abstract class FakeKernel {
  readonly calls: string[] = [];
  syncs = 0;
  /** Bytes of each sync's request, as far as the log shows them. */
  readonly requestSizes: number[] = [];
  batch = new Batch();
  readonly registry: Mock[] = [];
  readonly proxies = new WeakMap<object, unknown>();
  readonly isProxy = new WeakSet<object>();
  /** Ranges whose `values` assignment writes into the sheet, as Excel does. */
  readonly writers = new WeakMap<object, (values: unknown) => void>();
  readonly labels = new WeakMap<object, string>();
  /** The sheet each object belongs to; null for the workbook. */
  readonly owners = new WeakMap<object, string | null>();
  readonly rules = new WeakMap<object, LoadRules>();

  /** Why Excel refuses a write to `sheet` now, or null. */
  protected abstract refusal(sheet: string | null): ExcelErrorCode | null;
  /** Why Excel refuses the whole batch now (cell-edit mode), or null. */
  protected abstract batchRefusal(): ExcelErrorCode | null;
  protected abstract beforeBatch(): void;
  protected abstract limits(): {
    requestBytes: number;
    responseBytes: number;
    responseCells: number;
  };

  /**
   * Logs a call or assignment. What it sends — its arguments, or the value assigned — counts
   * towards the request's size, with a little for the call itself; the log's labels do not.
   */
  log(entry: string, payload: unknown[] = []): void {
    this.calls.push(entry);
    this.batch.requestBytes += 32 + Buffer.byteLength(JSON.stringify(payload));
  }

  queue(op: FakeOp): void {
    this.batch.ops.push(op);
  }

  /** A write to `sheet`: refused on a protected sheet and in a read-only workbook. */
  write(label: string, sheet: string | null, apply: () => void, refuse?: FakeOp["refuse"]) {
    this.queue({
      label,
      sheet,
      kind: "write",
      apply,
      refuse: () => refuse?.() ?? this.refusal(sheet),
    });
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    this.calls.push("sync");
    const batch = this.batch;
    this.batch = new Batch();
    this.requestSizes.push(batch.requestBytes);
    this.beforeBatch();
    const refused = this.batchRefusal();
    if (refused) {
      for (const load of batch.loads) load.discard();
      throw excelError(refused, "context.sync");
    }
    runBatch(batch, this.limits());
    for (const load of batch.loads) load.arrive?.();
    for (const m of this.registry) await OfficeMockObject.prototype.sync.call(m);
    // The mock finishes its nested updates in later microtasks: let them all run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  mock(label: string, data: Record<string, unknown>, sheet: string | null): Mock {
    const m = new OfficeMockObject(data as never) as Mock;
    this.labels.set(m, label);
    this.owners.set(m, sheet);
    this.registry.push(m);
    m.load = (arg: string) => {
      this.log(`${label}.load(${JSON.stringify(arg)})`, [arg]);
      this.loadInto(m, label, arg);
      return m;
    };
    return m;
  }

  /** Queues a load of `arg` on `m`, under the rules of `m` or of the object it belongs to. */
  loadInto(m: Mock, label: string, arg: string): void {
    const rules = this.rules.get(m) ?? {};
    const discard = trackedLoad(m, arg);
    const load: FakeLoad = {
      label,
      refuse: rules.refuse,
      bytes: () => rules.bytes?.() ?? 64,
      cells: () => rules.cells?.(arg) ?? 0,
      discard,
    };
    this.batch.loads.push(load);
  }

  /** A collection whose load("items/a,items/b") loads those properties of every item. */
  collection(
    label: string,
    items: () => Mock[],
    sheet: string | null,
    methods: Record<string, unknown>,
  ): Mock {
    const c = this.mock(label, { items: [], ...methods }, sheet);
    c.load = (arg: string) => {
      this.log(`${label}.load(${JSON.stringify(arg)})`, [arg]);
      const props = arg.split(",").map((p) => p.trim());
      if (!props.every((p) => p.startsWith("items/"))) throw new Error(`fake: load ${arg}`);
      const now = items();
      defineValue(c, "items", now);
      this.loadInto(c, label, "items");
      const inner = props.map((p) => p.slice("items/".length)).join(",");
      for (const item of now) this.loadInto(item, this.labels.get(item) ?? label, inner);
      return c;
    };
    return c;
  }

  /** Logs every assignment the host makes, queues it for the next sync, wraps what it reaches. */
  wrap(target: Mock, label: string): unknown {
    if (this.isProxy.has(target)) return target;
    const known = this.proxies.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get: (t, key, receiver) => {
        const v = Reflect.get(t, key, receiver);
        if (v === OfficeMockObject.prototype.load) {
          // A nested object's own load: logged, and run on the mock itself so that its
          // bookkeeping is not taken for the host's assignments.
          return (arg: string) => {
            this.log(`${label}.load(${JSON.stringify(arg)})`, [arg]);
            this.loadInto(t, label, arg);
            return proxy;
          };
        }
        if (typeof key === "string" && v instanceof OfficeMockObject && !key.startsWith("_")) {
          // A nested object belongs to the same sheet, and loads by the same rules.
          if (!this.owners.has(v)) this.owners.set(v, this.owners.get(t) ?? null);
          if (!this.rules.has(v) && this.rules.has(t)) this.rules.set(v, this.rules.get(t)!);
          return this.wrap(v as Mock, `${this.labels.get(v) ?? `${label}.${key}`}`);
        }
        if (Array.isArray(v) && v.every((x) => x instanceof OfficeMockObject)) {
          return v.map((x: Mock) => this.wrap(x, this.labels.get(x) ?? label));
        }
        return v;
      },
      set: (t, key, value) => {
        // A function is a test replacing a method (context.sync), not a property for Excel.
        if (typeof key !== "string" || typeof value === "function") {
          return Reflect.set(t, key, value);
        }
        this.log(`${label}.${key} = ${JSON.stringify(value)}`, [key, value]);
        this.write(`${label}.${key}`, this.owners.get(t) ?? null, () => {
          // What the host sets is what Excel would later return when it is loaded.
          defineValue(t as Mock, key, value);
          if (key === "values") this.writers.get(t)?.(value);
          Reflect.set(t, key, value);
        });
        return true;
      },
    });
    this.proxies.set(target, proxy);
    this.isProxy.add(proxy);
    return proxy;
  }

  wrapNew(m: Mock, label: string): unknown {
    this.labels.set(m, label);
    return this.wrap(m, label);
  }
}
