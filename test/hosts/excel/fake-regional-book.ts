/**
 * A workbook of office-addin-mock objects (load + sync semantics) for the regional writer: it
 * logs, in order, every assignment, call and sync, and keeps what a rebuild can change — the
 * sheets in their order with their names, marks (sheet-scoped names), tables and charts, the
 * workbook's tables and protection. It fails as Excel does where the tests ask: a sync that
 * throws a given error (after its actions ran, as Excel's batches are not transactional), a
 * table name already taken (ItemAlreadyExists), a protected workbook structure, and an Excel
 * before ExcelApi 1.9, which has no page layout: the object exists in office.js, but the batch
 * that touches it fails (ApiNotFound).
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter } from "../../../src/core/grid";
import { excelError, type ExcelErrorCode } from "./fake-errors";

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Assignment {
  target: string;
  prop: string;
  value: unknown;
}

export interface FakeBookSheet {
  name: string;
  tables: string[];
  charts: string[];
  /** Sheet-scoped names: name → formula (the regional mark among them). */
  names: Map<string, string>;
  /** The values written, by 0-based row, as far as the tests read them. */
  values: unknown[][];
}

export function bookSheet(name: string, extra: Partial<FakeBookSheet> = {}): FakeBookSheet {
  return { name, tables: [], charts: [], names: new Map(), values: [], ...extra };
}

export class FakeRegionalBook {
  readonly log: string[] = [];
  readonly assignments: Assignment[] = [];
  /** Bytes of values and formats sent with each sync: Excel refuses a request over 5 MB. */
  readonly payloads: number[] = [];
  syncs = 0;
  /** The structure is protected: no sheet may be added, removed or renamed. */
  structureProtected = false;
  /** Worksheet.pageLayout is there (ExcelApi 1.9, Excel 2021 and Microsoft 365). */
  pageLayoutApi = true;
  /** An API this Excel lacks was touched: the next sync fails with ApiNotFound. */
  private missingApi: string | null = null;
  /** The sync of this number (from 1) fails with this code, after its actions ran. */
  failAt: { sync: number; code: ExcelErrorCode } | null = null;
  private payload = 0;
  private mocks: Mock[] = [];
  readonly context: Excel.RequestContext;

  constructor(readonly sheets: FakeBookSheet[]) {
    const worksheets = this.worksheetsMock();
    const tables = this.tracked(new OfficeMockObject({ items: [] }) as Mock, "workbook.tables");
    tables.load = () => {
      this.log.push('workbook.tables.load("items/name")');
      const items = this.sheets.flatMap((s) =>
        s.tables.map((name) => new OfficeMockObject({ name })),
      );
      (tables as unknown as { setValue(k: string, v: unknown): void }).setValue("items", items);
      OfficeMockObject.prototype.load.call(tables, "items");
      for (const i of items) i.load("name");
      this.mocks.push(...(items as Mock[]));
      return tables;
    };
    const protection = this.tracked(
      new OfficeMockObject({ protected: false }) as Mock,
      "workbook.protection",
    );
    protection.load = () => {
      (protection as unknown as { setValue(k: string, v: unknown): void }).setValue(
        "protected",
        this.structureProtected,
      );
      OfficeMockObject.prototype.load.call(protection, "protected");
      return protection;
    };
    this.context = {
      workbook: { worksheets, tables, protection },
      sync: async () => {
        this.syncs += 1;
        this.log.push("sync");
        this.payloads.push(this.payload);
        this.payload = 0;
        for (const m of this.mocks) await m.sync();
        if (this.missingApi !== null) {
          const where = this.missingApi;
          this.missingApi = null;
          throw excelError("ApiNotFound", where);
        }
        if (this.failAt?.sync === this.syncs) throw excelError(this.failAt.code, "context.sync");
      },
    } as unknown as Excel.RequestContext;
  }

  sheet(name: string): FakeBookSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  valuesOf(sheet: string): unknown[][] {
    return this.sheet(sheet)?.values ?? [];
  }

  private call(target: string, method: string, args: unknown[]): void {
    const shown = args.map((a) => (typeof a === "object" && a !== null ? "…" : JSON.stringify(a)));
    this.log.push(`${target}.${method}(${shown.join(", ")})`);
  }

  private refuseStructure(what: string): void {
    if (this.structureProtected) throw excelError("AccessDenied", what);
  }

  /** A proxy that logs assignments to the mock and its nested objects, and runs `onSet`. */
  private tracked(
    mock: Mock,
    label: string | (() => string),
    onSet?: (prop: string, value: unknown) => void,
  ): Mock {
    this.mocks.push(mock);
    const nested = new Map<string, Mock>();
    const labelOf = () => (typeof label === "string" ? label : label());
    return new Proxy(mock, {
      get: (t, prop: string) => {
        if (prop === "pageLayout" && !this.pageLayoutApi) this.missingApi = "Worksheet.pageLayout";
        const v = t[prop];
        if (v instanceof OfficeMockObject && !prop.startsWith("_")) {
          if (!nested.has(prop))
            nested.set(
              prop,
              this.tracked(v as Mock, () => `${labelOf()}.${prop}`),
            );
          return nested.get(prop);
        }
        return v;
      },
      set: (t, prop: string, value) => {
        this.log.push(`set ${labelOf()}.${prop}`);
        this.assignments.push({ target: labelOf(), prop, value });
        if (prop === "values" || prop === "numberFormat") {
          this.payload += Buffer.byteLength(JSON.stringify(value));
        }
        onSet?.(prop, value);
        t[prop] = value;
        return true;
      },
    });
  }

  private worksheetsMock(): Mock {
    const items = () => this.sheets.map((s) => this.sheetMock(s));
    const mock = new OfficeMockObject({ items: [] }) as Mock;
    mock.load = (arg: string) => {
      this.log.push(`worksheets.load(${JSON.stringify(arg)})`);
      const now = items();
      (mock as unknown as { setValue(k: string, v: unknown): void }).setValue("items", now);
      OfficeMockObject.prototype.load.call(mock, "items");
      // On the mocks themselves: the mock's own bookkeeping is no rename by the host.
      for (const ws of now) this.raw.get(ws)!.load("name,position");
      return mock;
    };
    mock.getItem = (name: string) => {
      this.call("worksheets", "getItem", [name]);
      const s = this.sheet(name);
      if (!s) throw excelError("ItemNotFound", "worksheets.getItem");
      return this.sheetMock(s);
    };
    mock.getItemOrNullObject = (name: string) => {
      this.call("worksheets", "getItemOrNullObject", [name]);
      const s = this.sheet(name);
      return s
        ? this.sheetMock(s)
        : this.tracked(new OfficeMockObject({ isNullObject: true }) as Mock, name);
    };
    mock.add = (name: string) => {
      this.call("worksheets", "add", [name]);
      this.refuseStructure("worksheets.add");
      if (this.sheet(name)) throw excelError("ItemAlreadyExists", "worksheets.add");
      const s = bookSheet(name);
      this.sheets.push(s);
      return this.sheetMock(s);
    };
    this.mocks.push(mock);
    return mock;
  }

  private sheetMocks = new WeakMap<FakeBookSheet, Mock>();
  private raw = new WeakMap<Mock, Mock>();

  /** One mock per sheet, following the sheet through renames and moves. */
  private sheetMock(state: FakeBookSheet): Mock {
    const known = this.sheetMocks.get(state);
    if (known) return known;
    const label = () => state.name;
    const mock = new OfficeMockObject({
      isNullObject: false,
      name: state.name,
      position: 0,
      names: {
        getItemOrNullObject: (name: string) => {
          this.call(`${state.name}.names`, "getItemOrNullObject", [name]);
          const formula = state.names.get(name);
          return this.tracked(
            new OfficeMockObject({
              isNullObject: formula === undefined,
              formula: formula ?? "",
            }) as Mock,
            `${state.name}.names[${name}]`,
          );
        },
        add: (name: string, formula: string) => {
          this.call(`${state.name}.names`, "add", [name, formula]);
          state.names.set(name, formula);
          return this.tracked(
            new OfficeMockObject({ name, formula, visible: true }) as Mock,
            () => `${state.name}.names[${name}]`,
          );
        },
      },
      tables: {
        items: [],
        add: (range: Mock, headers: boolean) => {
          this.call(`${state.name}.tables`, "add", [range._address, headers]);
          let current = "";
          return this.tracked(
            new OfficeMockObject({ name: "" }) as Mock,
            () => `${state.name}.table`,
            (prop, value) => {
              if (prop !== "name") return;
              const taken = this.sheets.some(
                (s) => s.tables.includes(String(value)) && String(value) !== current,
              );
              if (taken) throw excelError("ItemAlreadyExists", "Table.name");
              if (current) state.tables.splice(state.tables.indexOf(current), 1);
              current = String(value);
              state.tables.push(current);
            },
          );
        },
      },
      charts: {
        add: (type: string, range: Mock, by: string) => {
          this.call(`${state.name}.charts`, "add", [type, range._address, by]);
          const series = (i: number) =>
            new OfficeMockObject({
              setXAxisValues: (r: Mock) =>
                this.call(`${state.name}.chart.series${i}`, "setXAxisValues", [r._address]),
            });
          return this.tracked(
            new OfficeMockObject({
              name: "",
              title: { text: "" },
              series: { getItemAt: (i: number) => series(i) },
              setPosition: (a: Mock, b: Mock) =>
                this.call(`${state.name}.chart`, "setPosition", [a._address, b._address]),
            }) as Mock,
            () => `${state.name}.chart`,
            (prop, value) => {
              if (prop === "name") state.charts.push(String(value));
            },
          );
        },
      },
      freezePanes: {
        freezeRows: (n: number) => this.call(`${state.name}.freezePanes`, "freezeRows", [n]),
      },
      pageLayout: {
        orientation: "Portrait",
        paperSize: "Letter",
        zoom: { scale: 100 },
        printGridlines: false,
        leftMargin: 50.4,
        rightMargin: 50.4,
        topMargin: 54,
        bottomMargin: 54,
        headerMargin: 21.6,
        footerMargin: 21.6,
        headersFooters: {
          defaultForAllPages: {
            leftHeader: "",
            centerHeader: "",
            rightHeader: "",
            leftFooter: "",
            centerFooter: "",
            rightFooter: "",
          },
        },
        setPrintTitleRows: (rows: string) =>
          this.call(`${state.name}.pageLayout`, "setPrintTitleRows", [rows]),
      },
      getRangeByIndexes: (r: number, c: number, h: number, w: number) =>
        this.range(state, r, c, h, w),
      activate: () => this.call(state.name, "activate", []),
      delete: () => {
        this.call(state.name, "delete", []);
        this.refuseStructure("Worksheet.delete");
        this.sheets.splice(this.sheets.indexOf(state), 1);
      },
    }) as Mock;
    // The sheet's tables, listed as they are when loaded.
    const tables = mock.tables as Mock;
    tables.load = () => {
      this.log.push(`${state.name}.tables.load("items/name")`);
      const items = state.tables.map((name) => new OfficeMockObject({ name }) as Mock);
      (tables as unknown as { setValue(k: string, v: unknown): void }).setValue("items", items);
      OfficeMockObject.prototype.load.call(tables, "items");
      for (const i of items) i.load("name");
      this.mocks.push(...items);
      return tables;
    };
    // Loads read the sheet's name and place now, wherever it has moved.
    const load = mock.load.bind(mock);
    mock.load = (arg: string) => {
      const set = (mock as unknown as { setValue(k: string, v: unknown): void }).setValue.bind(
        mock,
      );
      set("name", state.name);
      set("position", this.sheets.indexOf(state));
      return load(arg);
    };
    const proxy = this.tracked(mock, label, (prop, value) => {
      if (prop === "name") {
        this.refuseStructure("Worksheet.name");
        if (this.sheet(String(value))) throw excelError("ItemAlreadyExists", "Worksheet.name");
        state.name = String(value);
      } else if (prop === "position") {
        this.sheets.splice(this.sheets.indexOf(state), 1);
        this.sheets.splice(Number(value), 0, state);
      }
    });
    this.sheetMocks.set(state, proxy);
    this.raw.set(proxy, mock);
    return proxy;
  }

  private range(state: FakeBookSheet, r: number, c: number, h: number, w: number): Mock {
    const address = `${columnLetter(c + 1)}${r + 1}:${columnLetter(c + w)}${r + h}`;
    const mock = new OfficeMockObject({
      format: {
        font: {},
        fill: {},
        autofitRows: () => this.call(`${state.name}!${address}.format`, "autofitRows", []),
      },
      conditionalFormats: {
        add: (type: string) => {
          this.call(`${state.name}!${address}.conditionalFormats`, "add", [type]);
          return new OfficeMockObject({
            custom: { rule: {}, format: { fill: {}, font: {} } },
            dataBar: { positiveFormat: {} },
            colorScale: {},
          }) as Mock;
        },
      },
      getEntireColumn: () =>
        this.tracked(
          new OfficeMockObject({ format: {} }) as Mock,
          () => `${state.name}!${address}:col`,
        ),
    }) as Mock;
    // Known to the fake only: the writer never loads an address, it only passes ranges on.
    mock._address = address;
    return this.tracked(
      mock,
      () => `${state.name}!${address}`,
      (prop, value) => {
        if (prop !== "values") return;
        (value as unknown[][]).forEach((row, i) => (state.values[r + i] = row));
      },
    );
  }
}
