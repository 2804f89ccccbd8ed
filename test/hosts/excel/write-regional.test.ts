import { OfficeMockObject } from "office-addin-mock";
import { columnLetter } from "../../../src/core/grid";
import { consolidate, excelSerial, type RegionalModel } from "../../../src/core/consolidate";
import {
  CHART_NAME,
  TABLE_NAME,
  writeRegionalToExcel,
} from "../../../src/hosts/excel/write-regional";
import { BASIC_COLUMNS, buinsk, checkedTable, source } from "../../core/consolidate/fixtures";

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Assignment {
  target: string;
  prop: string;
  value: unknown;
}

interface SheetState {
  tables: string[];
  charts: string[];
}

/**
 * A workbook of office-addin-mock objects (load + sync semantics) that logs, in order, every
 * assignment, every method call and every sync the writer makes.
 */
class FakeWorkbook {
  readonly log: string[] = [];
  readonly assignments: Assignment[] = [];
  /** Bytes of values and formats sent with each sync: Excel refuses a request over 5 MB. */
  readonly payloads: number[] = [];
  private payload = 0;
  syncs = 0;
  private mocks: Mock[] = [];
  readonly context: Excel.RequestContext;

  constructor(readonly sheets: Map<string, SheetState>) {
    const worksheets = {
      getItemOrNullObject: (name: string) => this.sheet(name, !this.sheets.has(name)),
      add: (name: string) => {
        this.call("worksheets", "add", [name]);
        if (this.sheets.has(name)) throw new Error(`A sheet named ${name} already exists`);
        this.sheets.set(name, { tables: [], charts: [] });
        return this.sheet(name, false);
      },
    };
    this.context = {
      workbook: { worksheets },
      sync: async () => {
        this.syncs += 1;
        this.log.push("sync");
        this.payloads.push(this.payload);
        this.payload = 0;
        for (const m of this.mocks) await m.sync();
      },
    } as unknown as Excel.RequestContext;
  }

  private call(target: string, method: string, args: unknown[]): void {
    const shown = args.map((a) => (typeof a === "object" && a !== null ? "…" : JSON.stringify(a)));
    this.log.push(`${target}.${method}(${shown.join(", ")})`);
  }

  /** A proxy that logs assignments to the mock and to its nested objects. */
  private tracked(mock: Mock, label: string): Mock {
    this.mocks.push(mock);
    const nested = new Map<string, Mock>();
    return new Proxy(mock, {
      get: (t, prop: string) => {
        const v = t[prop];
        if (v instanceof OfficeMockObject && !prop.startsWith("_")) {
          if (!nested.has(prop)) nested.set(prop, this.tracked(v as Mock, `${label}.${prop}`));
          return nested.get(prop);
        }
        return v;
      },
      set: (t, prop: string, value) => {
        this.log.push(`set ${label}.${prop}`);
        this.assignments.push({ target: label, prop, value });
        if (prop === "values" || prop === "numberFormat") {
          this.payload += Buffer.byteLength(JSON.stringify(value));
        }
        t[prop] = value;
        return true;
      },
    });
  }

  private range(sheet: string, r: number, c: number, h: number, w: number): Mock {
    const address = `${columnLetter(c + 1)}${r + 1}:${columnLetter(c + w)}${r + h}`;
    const label = `${sheet}!${address}`;
    const mock = new OfficeMockObject({
      format: { font: {} },
      getEntireColumn: () =>
        this.tracked(new OfficeMockObject({ format: {} }) as Mock, `${label}:col`),
      clear: () => this.call(label, "clear", []),
    }) as Mock;
    // Known to the fake only: the writer never loads an address, it only passes ranges on.
    mock._address = address;
    return this.tracked(mock, label);
  }

  private sheet(name: string, isNull: boolean): Mock {
    const state = this.sheets.get(name);
    const item = (kind: "tables" | "charts", itemName: string) =>
      new OfficeMockObject({
        name: itemName,
        delete: () => {
          this.call(`${name}.${kind}`, "delete", [itemName]);
          state?.[kind].splice(state[kind].indexOf(itemName), 1);
        },
      });
    const mock = new OfficeMockObject({
      isNullObject: isNull,
      tables: {
        items: (state?.tables ?? []).map((t) => item("tables", t)),
        add: (range: Mock, headers: boolean) => {
          this.call(`${name}.tables`, "add", [range._address, headers]);
          return this.tracked(
            new OfficeMockObject({
              name: "",
              sheetState: {},
            }) as Mock,
            `${name}.table`,
          );
        },
      },
      charts: {
        items: (state?.charts ?? []).map((c) => item("charts", c)),
        add: (type: string, range: Mock, by: string) => {
          this.call(`${name}.charts`, "add", [type, range._address, by]);
          state?.charts.push(CHART_NAME);
          const series = (i: number) =>
            new OfficeMockObject({
              setXAxisValues: (r: Mock) =>
                this.call(`${name}.chart.series${i}`, "setXAxisValues", [r._address]),
            });
          return this.tracked(
            new OfficeMockObject({
              name: "",
              title: { text: "" },
              series: { getItemAt: (i: number) => series(i) },
              setPosition: (a: Mock, b: Mock) =>
                this.call(`${name}.chart`, "setPosition", [a._address, b._address]),
            }) as Mock,
            `${name}.chart`,
          );
        },
      },
      freezePanes: {
        freezeRows: (n: number) => this.call(`${name}.freezePanes`, "freezeRows", [n]),
        unfreeze: () => this.call(`${name}.freezePanes`, "unfreeze", []),
      },
      getRange: () => this.range(name, 0, 0, 1048576, 16384),
      getRangeByIndexes: (r: number, c: number, h: number, w: number) =>
        this.range(name, r, c, h, w),
      activate: () => this.call(name, "activate", []),
    }) as Mock;
    return this.tracked(mock, name);
  }

  /** Registers the tables named by the writer, as Excel would keep them. */
  settle(): void {
    for (const a of this.assignments) {
      if (a.prop !== "name" || !a.target.endsWith(".table")) continue;
      const sheet = this.sheets.get(a.target.slice(0, -".table".length));
      if (sheet && !sheet.tables.includes(String(a.value))) sheet.tables.push(String(a.value));
    }
  }

  valuesOf(sheet: string): unknown[][] {
    return this.assignments
      .filter((a) => a.target.startsWith(`${sheet}!`) && a.prop === "values")
      .flatMap((a) => a.value as unknown[][]);
  }
}

const INJECTIONS = ["=1+1", '=HYPERLINK("http://x","y")', "+7 (423) 000-00-00", "-5", "@SUM(A1)"];

function model(extraRows = 0): RegionalModel {
  const t = checkedTable({
    municipality: "г. Канск",
    columns: BASIC_COLUMNS,
    rows: [
      ...INJECTIONS.map((x, i) => ({ values: [`${i + 1}.`, x, x, x, x, x] })),
      ...Array.from({ length: extraRows }, (_, i) => ({
        values: [`${i + 6}.`, `Мероприятие ${i}`, "Май 2022", "УО", "План", null],
        due: "2022-05-31",
      })),
    ],
  });
  return consolidate([source("001.xlsx", [buinsk()]), source("kansk.xlsx", [t])], {
    asOf: "2022-01-15",
  });
}

describe("writeRegionalToExcel", () => {
  it("writes the three sheets: every value, text as text, dates as serial numbers", async () => {
    const m = model();
    const fake = new FakeWorkbook(new Map([["Мой анализ", { tables: [], charts: [] }]]));
    const result = await writeRegionalToExcel(fake.context, m);
    expect(result).toEqual({ added: ["Свод", "Сводка", "Замечания"], rebuilt: [], syncs: 2 });
    for (const sheet of m.sheets) {
      const expected = [
        sheet.columns.map((c) => c.header),
        ...[...sheet.rows, ...(sheet.totals ? [sheet.totals] : [])].map((row) =>
          row.map((v, i) => {
            if (v === null) return "";
            return sheet.columns[i].kind === "date" ? excelSerial(String(v)) : v;
          }),
        ),
      ];
      expect(fake.valuesOf(sheet.name)).toEqual(expected);
    }
    expect(fake.log.some((l) => l.includes("Мой анализ"))).toBe(false);
  });

  it("sets the text format before the values, in the same batch, so formulas stay text", async () => {
    const fake = new FakeWorkbook(new Map());
    await writeRegionalToExcel(fake.context, model());
    const values = fake.assignments.find(
      (a) => a.target.startsWith("Свод!") && a.prop === "values",
    )!;
    const formats = fake.assignments.find(
      (a) => a.target === values.target && a.prop === "numberFormat",
    )!;
    const setFormat = fake.log.indexOf(`set ${values.target}.numberFormat`);
    const setValues = fake.log.indexOf(`set ${values.target}.values`);
    expect(setFormat).toBeGreaterThanOrEqual(0);
    expect(setFormat).toBeLessThan(setValues);
    expect(fake.log.slice(setFormat, setValues)).not.toContain("sync");
    const rows = values.value as unknown[][];
    const fmt = formats.value as string[][];
    const activity = rows[0].indexOf("Мероприятие");
    const injected = rows.filter((r) => INJECTIONS.includes(String(r[activity])));
    expect(injected.map((r) => r[activity])).toEqual(INJECTIONS);
    for (let r = 0; r < rows.length; r++) {
      rows[r].forEach((v, c) => {
        if (typeof v === "string" && /^[=+\-@]/.test(v)) expect(fmt[r][c]).toBe("@");
      });
    }
    expect(fmt[1][rows[0].indexOf("Срок (дата)")]).toBe("dd.mm.yyyy");
  });

  it("lays the sheets out: tables, frozen header, widths, and the chart on Сводка", async () => {
    const m = model();
    const fake = new FakeWorkbook(new Map());
    await writeRegionalToExcel(fake.context, m);
    const rows = (name: string) => m.sheets.find((s) => s.name === name)!.rows.length + 1;
    expect(fake.log).toEqual(
      expect.arrayContaining([
        `Свод.tables.add("A1:${columnLetter(m.sheets[0].columns.length)}${rows("Свод")}", true)`,
        `Сводка.tables.add("A1:L${rows("Сводка")}", true)`,
        "Свод.freezePanes.freezeRows(1)",
        "Сводка.freezePanes.freezeRows(1)",
        "Замечания.freezePanes.freezeRows(1)",
        `Сводка.charts.add("BarClustered", "E1:F${rows("Сводка")}", "Columns")`,
        `Сводка.chart.series0.setXAxisValues("A2:A${rows("Сводка")}")`,
        `Сводка.chart.series1.setXAxisValues("A2:A${rows("Сводка")}")`,
        "Свод.activate()",
      ]),
    );
    const names = fake.assignments.filter((a) => a.prop === "name").map((a) => a.value);
    expect(names).toEqual([...Object.values(TABLE_NAME), CHART_NAME]);
    const widths = fake.assignments.filter(
      (a) => a.target.startsWith("Свод!") && a.prop === "columnWidth",
    );
    expect(widths.map((w) => w.value)).toEqual(m.sheets[0].columns.map((c) => c.width * 6));
    const totals = fake.assignments.find(
      (a) => a.target.startsWith("Сводка!") && a.prop === "bold",
    );
    expect(totals).toMatchObject({
      target: `Сводка!A${rows("Сводка") + 1}:L${rows("Сводка") + 1}.format.font`,
      value: true,
    });
  });

  it("rebuilds existing regional sheets in place, removing only what is on them", async () => {
    const fake = new FakeWorkbook(
      new Map([
        ["Свод", { tables: [TABLE_NAME["Свод"]], charts: [] }],
        ["Сводка", { tables: [TABLE_NAME["Сводка"]], charts: [CHART_NAME] }],
        ["Мой анализ", { tables: ["MyTable"], charts: ["MyChart"] }],
      ]),
    );
    const result = await writeRegionalToExcel(fake.context, model());
    expect(result).toEqual({ added: ["Замечания"], rebuilt: ["Свод", "Сводка"], syncs: 3 });
    expect(
      fake.log.filter(
        (l) => l.includes(".delete(") || l.includes("clear") || l.includes("unfreeze"),
      ),
    ).toEqual([
      `Свод.tables.delete("${TABLE_NAME["Свод"]}")`,
      "Свод!A1:XFD1048576.clear()",
      "Свод.freezePanes.unfreeze()",
      `Сводка.tables.delete("${TABLE_NAME["Сводка"]}")`,
      `Сводка.charts.delete("${CHART_NAME}")`,
      "Сводка!A1:XFD1048576.clear()",
      "Сводка.freezePanes.unfreeze()",
    ]);
    expect(fake.log.filter((l) => l.startsWith("worksheets.add"))).toEqual([
      'worksheets.add("Замечания")',
    ]);
    expect(fake.sheets.get("Мой анализ")).toEqual({ tables: ["MyTable"], charts: ["MyChart"] });
  });

  it("gives the same sheets once however many times it is rebuilt", async () => {
    const fake = new FakeWorkbook(new Map([["Мой анализ", { tables: [], charts: [] }]]));
    for (let i = 0; i < 3; i++) {
      await writeRegionalToExcel(fake.context, model());
      fake.settle();
    }
    expect([...fake.sheets.keys()]).toEqual(["Мой анализ", "Свод", "Сводка", "Замечания"]);
    expect(fake.log.filter((l) => l.startsWith("worksheets.add"))).toHaveLength(3);
    expect(fake.sheets.get("Сводка")).toEqual({
      tables: [TABLE_NAME["Сводка"]],
      charts: [CHART_NAME],
    });
  });

  it("writes in large blocks, never cell by cell, and splits only past the request limit", async () => {
    for (const rows of [10, 10_000]) {
      const fake = new FakeWorkbook(new Map());
      const result = await writeRegionalToExcel(fake.context, model(rows));
      const writes = fake.assignments.filter(
        (a) => a.target.startsWith("Свод!") && a.prop === "values",
      );
      const sizes = writes.map((w) => (w.value as unknown[][]).length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(1 + 3 + 5 + rows);
      // Every block but the last holds thousands of rows.
      for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThan(1000);
      expect(result.syncs).toBe(fake.syncs);
      for (const bytes of fake.payloads) expect(bytes).toBeLessThan(5 * 1024 * 1024);
      if (rows === 10) expect(result.syncs).toBe(2);
      else expect(result.syncs).toBeLessThanOrEqual(2 + sizes.length);
    }
  });

  it("keeps every block's format before its values when it splits", async () => {
    const fake = new FakeWorkbook(new Map());
    await writeRegionalToExcel(fake.context, model(2000), { bytesPerSync: 50_000 });
    const targets = fake.assignments.filter((a) => a.prop === "values").map((a) => a.target);
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) {
      const f = fake.log.indexOf(`set ${target}.numberFormat`);
      const v = fake.log.indexOf(`set ${target}.values`);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(fake.log.slice(f, v)).toEqual([`set ${target}.numberFormat`]);
    }
  });
});
