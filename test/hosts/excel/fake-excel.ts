/**
 * A workbook made of office-addin-mock objects, for the Excel host's tests.
 *
 * office-addin-mock gives Office.js load/sync semantics (a property not loaded and synced reads
 * as an error string), but knows nothing of collections, of objects created by method calls or
 * of what a method does. This fake adds exactly that: worksheets and conditional-format
 * collections, ranges cut from sheet data, a context.sync() that syncs every mock created and
 * counts, and a log of every call and assignment the host makes, in order.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter } from "../../../src/core/grid";
import { parseAddress } from "../../../src/hosts/excel/address";
import { writeInto } from "./fake-sheet-write";

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The mock's own way to define a property that a later load + sync returns. */
function defineValue(m: Mock, key: string, value: unknown): void {
  (m as unknown as { setValue(k: string, v: unknown): void }).setValue(key, value);
}

export interface FakeFormatSpec {
  address: string;
  type: string;
  formula?: string;
}

export interface FakeSheetSpec {
  name: string;
  /** 1-based row and column of values[0][0]; A1 when absent. */
  origin?: { row: number; col: number };
  values: (string | number | boolean)[][];
  /** Number formats, same shape as values; "General" when absent. */
  formats?: string[][];
  /** Merged areas as "A1:G1". */
  merges?: string[];
  conditionalFormats?: FakeFormatSpec[];
}

export interface FakeOptions {
  /** A sync loading more value cells than this fails as Excel's 5 MB limit does. */
  payloadLimitCells?: number;
  /** A range of more cells than this comes back with values null, as Excel does past 5M. */
  nullValuesAboveCells?: number;
}

/** A conditional format on a sheet: the user's (spec) or one the host added. */
export interface FakeFormat {
  sheet: string;
  address: string;
  mock: Mock;
  spec: FakeFormatSpec | null;
}

interface SheetState {
  spec: FakeSheetSpec;
  formats: FakeFormat[];
}

export class FakeExcel {
  readonly calls: string[] = [];
  syncs = 0;
  readonly context: Excel.RequestContext;
  private readonly registry: Mock[] = [];
  private readonly proxies = new WeakMap<object, unknown>();
  private readonly isProxy = new WeakSet<object>();
  /** Ranges whose `values` assignment writes into the sheet, as Excel does. */
  private readonly writers = new WeakMap<object, (values: unknown) => void>();
  private readonly labels = new WeakMap<object, string>();
  private readonly sheets: SheetState[];
  private pendingCells = 0;
  private createdRanges: { label: string; mock: Mock }[] = [];

  constructor(
    specs: FakeSheetSpec[],
    private readonly options: FakeOptions = {},
  ) {
    this.sheets = specs.map((spec) => ({
      spec,
      formats: (spec.conditionalFormats ?? []).map((f) => ({
        sheet: spec.name,
        address: f.address,
        mock: this.formatMock(spec.name, f.address, f.type, f.formula ?? null),
        spec: f,
      })),
    }));
    const sheetMocks = this.sheets.map((s) => this.sheetMock(s));
    const worksheets = this.collection("worksheets", sheetMocks, {
      getItem: (name: string) => {
        this.calls.push(`worksheets.getItem(${JSON.stringify(name)})`);
        const i = this.sheets.findIndex((s) => s.spec.name === name);
        if (i < 0) throw new Error(`fake: no sheet ${name}`);
        return this.wrap(sheetMocks[i], name);
      },
    });
    const context = this.mock("context", { workbook: {} });
    context.workbook.worksheets = worksheets;
    context.sync = () => this.sync();
    this.context = this.wrap(context, "context") as unknown as Excel.RequestContext;
  }

  /** Conditional formats on a sheet now, in collection order. */
  formatsOn(sheet: string): FakeFormat[] {
    return [...this.state(sheet).formats];
  }

  /** Ranges the host asked for by address, in order. */
  rangesAt(label: string): Mock[] {
    return this.createdRanges.filter((r) => r.label === label).map((r) => r.mock);
  }

  private state(name: string): SheetState {
    const s = this.sheets.find((x) => x.spec.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    this.calls.push("sync");
    const cells = this.pendingCells;
    this.pendingCells = 0;
    if (this.options.payloadLimitCells !== undefined && cells > this.options.payloadLimitCells) {
      throw Object.assign(new Error("The response payload size has exceeded the limit."), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    }
    for (const m of this.registry) await OfficeMockObject.prototype.sync.call(m);
    // The mock finishes its nested updates in later microtasks: let them all run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private mock(label: string, data: Record<string, unknown>): Mock {
    const m = new OfficeMockObject(data as never) as Mock;
    const load = OfficeMockObject.prototype.load;
    m.load = (arg: string) => {
      this.calls.push(`${label}.load(${JSON.stringify(arg)})`);
      load.call(m, arg);
      return m;
    };
    this.labels.set(m, label);
    this.registry.push(m);
    return m;
  }

  /** A collection whose load("items/a,items/b") loads those properties of every item. */
  private collection(label: string, items: Mock[], methods: Record<string, unknown>): Mock {
    const c = this.mock(label, { items, ...methods });
    const load = OfficeMockObject.prototype.load;
    c.load = (arg: string) => {
      this.calls.push(`${label}.load(${JSON.stringify(arg)})`);
      const props = arg.split(",").map((p) => p.trim());
      if (!props.every((p) => p.startsWith("items/"))) throw new Error(`fake: load ${arg}`);
      load.call(c, "items");
      for (const item of items) load.call(item, props.map((p) => p.slice(6)).join(","));
      return c;
    };
    return c;
  }

  /** Logs every assignment the host makes, and wraps the objects it reaches. */
  private wrap(target: Mock, label: string): unknown {
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
            this.calls.push(`${label}.load(${JSON.stringify(arg)})`);
            (v as (a: string) => unknown).call(t, arg);
            return proxy;
          };
        }
        if (typeof key === "string" && v instanceof OfficeMockObject && !key.startsWith("_")) {
          return this.wrap(v as Mock, `${this.labels.get(v) ?? `${label}.${key}`}`);
        }
        if (Array.isArray(v) && v.every((x) => x instanceof OfficeMockObject)) {
          return v.map((x: Mock) => this.wrap(x, this.labels.get(x) ?? label));
        }
        return v;
      },
      set: (t, key, value) => {
        if (typeof key === "string") {
          this.calls.push(`${label}.${key} = ${JSON.stringify(value)}`);
          // What the host sets is what Excel would later return when it is loaded.
          if (typeof value !== "function") defineValue(t as Mock, key, value);
          if (key === "values") this.writers.get(t)?.(value);
        }
        return Reflect.set(t, key, value);
      },
    });
    this.proxies.set(target, proxy);
    this.isProxy.add(proxy);
    return proxy;
  }

  private sheetMock(s: SheetState): Mock {
    const name = s.spec.name;
    const sheet: Mock = this.mock(name, {
      name,
      getUsedRangeOrNullObject: (valuesOnly: boolean) => {
        this.calls.push(`${name}.getUsedRangeOrNullObject(${valuesOnly})`);
        return this.wrapNew(this.usedRangeMock(s), `${name}.usedRange`);
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => {
        this.calls.push(`${name}.getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
        return this.wrapNew(this.blockMock(s, row, col, rows, cols), `${name}.block`);
      },
      getRange: (address?: string) => {
        this.calls.push(
          `${name}.getRange(${address === undefined ? "" : JSON.stringify(address)})`,
        );
        const label = `${name}!${address ?? "*"}`;
        const range = address === undefined ? this.sheetRangeMock(s) : this.rangeMock(s, address);
        this.createdRanges.push({ label, mock: range });
        return this.wrapNew(range, label);
      },
      activate: () => this.calls.push(`${name}.activate()`),
    });
    return sheet;
  }

  private wrapNew(m: Mock, label: string): unknown {
    this.labels.set(m, label);
    return this.wrap(m, label);
  }

  private usedRangeMock(s: SheetState): Mock {
    const { values, origin } = s.spec;
    const empty = values.length === 0;
    return this.mock(`${s.spec.name}.usedRange`, {
      isNullObject: empty,
      rowIndex: empty ? 0 : (origin?.row ?? 1) - 1,
      columnIndex: empty ? 0 : (origin?.col ?? 1) - 1,
      rowCount: empty ? 0 : values.length,
      columnCount: empty ? 0 : values[0].length,
    });
  }

  private cell(s: SheetState, row: number, col: number): { value: unknown; format: string } {
    const r = row - ((s.spec.origin?.row ?? 1) - 1);
    const c = col - ((s.spec.origin?.col ?? 1) - 1);
    const value = s.spec.values[r]?.[c];
    return { value: value ?? "", format: s.spec.formats?.[r]?.[c] ?? "General" };
  }

  /** Rows and columns 0-based, as getRangeByIndexes takes them. */
  private blockMock(s: SheetState, row: number, col: number, rows: number, cols: number): Mock {
    const values: unknown[][] = [];
    const formats: string[][] = [];
    for (let i = 0; i < rows; i++) {
      const vr: unknown[] = [];
      const fr: string[] = [];
      for (let j = 0; j < cols; j++) {
        const c = this.cell(s, row + i, col + j);
        vr.push(c.value);
        fr.push(c.format);
      }
      values.push(vr);
      formats.push(fr);
    }
    const tooBig =
      this.options.nullValuesAboveCells !== undefined &&
      rows * cols > this.options.nullValuesAboveCells;
    const m = this.mock(`${s.spec.name}.block`, {
      address: `${s.spec.name}!${columnLetter(col + 1)}${row + 1}:${columnLetter(col + cols)}${row + rows}`,
      numberFormat: formats,
      values: tooBig ? [] : values,
    });
    if (tooBig) defineValue(m, "values", null);
    const load = m.load;
    m.load = (arg: string) => {
      if (arg.includes("values")) this.pendingCells += rows * cols;
      return load(arg);
    };
    return m;
  }

  private sheetRangeMock(s: SheetState): Mock {
    const name = s.spec.name;
    const merges = s.spec.merges ?? [];
    const m = this.mock(`${name}!*`, {
      getMergedAreasOrNullObject: () => {
        this.calls.push(`${name}!*.getMergedAreasOrNullObject()`);
        return this.wrapNew(
          this.mock(`${name}.merged`, {
            isNullObject: merges.length === 0,
            address: merges.map((a) => `'${name}'!${a}`).join(","),
          }),
          `${name}.merged`,
        );
      },
    });
    this.defineFormats(m, s, null);
    return m;
  }

  private rangeMock(s: SheetState, address: string): Mock {
    const name = s.spec.name;
    const box = parseAddress(address);
    const values: unknown[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: unknown[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(this.cell(s, r - 1, c - 1).value);
      values.push(row);
    }
    const label = `${name}!${address}`;
    const m = this.mock(label, {
      address: `${name}!${address}`,
      values,
      select: () => this.calls.push(`${label}.select()`),
      merge: (across: boolean) => this.calls.push(`${label}.merge(${across})`),
      format: {
        font: { bold: false },
        horizontalAlignment: "General",
        verticalAlignment: "Bottom",
        wrapText: false,
        columnWidth: 48,
        borders: {
          getItem: (edge: string) => {
            this.calls.push(`${label}.format.borders.getItem(${JSON.stringify(edge)})`);
            return this.wrapNew(
              this.mock(`${label}.border`, { style: "None" }),
              `${label}.${edge}`,
            );
          },
        },
      },
      dataValidation: { type: "None" },
    });
    this.defineFormats(m, s, address);
    this.writers.set(m, (written) => writeInto(s.spec, box.top, box.left, written as unknown[][]));
    return m;
  }

  /** range.conditionalFormats: a fresh collection over the sheet's formats at each access. */
  private defineFormats(range: Mock, s: SheetState, address: string | null): void {
    const name = s.spec.name;
    const label = `${name}!${address ?? "*"}.conditionalFormats`;
    Object.defineProperty(range, "conditionalFormats", {
      get: () => {
        const items = address === null ? s.formats.map((f) => f.mock) : [];
        const c = this.collection(label, items, {
          add: (type: string) => {
            this.calls.push(`${label}.add(${JSON.stringify(type)})`);
            if (address === null) throw new Error("fake: add on the whole sheet");
            const f = this.formatMock(name, address, type, null);
            s.formats.push({ sheet: name, address, mock: f, spec: null });
            return this.wrap(f, this.labels.get(f)!);
          },
        });
        return this.wrap(c, label);
      },
    });
  }

  private formatMock(sheet: string, address: string, type: string, formula: string | null): Mock {
    const label = `${sheet}!${address}.cf`;
    // A user's rule can be loaded; the parts of an added one exist once the host sets them.
    const rule = formula === null ? {} : { formula };
    const f = this.mock(label, {
      type,
      custom: { rule, format: { fill: {}, font: {} } },
      delete: () => {
        this.calls.push(`${label}.delete()`);
        const st = this.state(sheet);
        st.formats = st.formats.filter((x) => x.mock !== f);
      },
    });
    return f;
  }
}
