/**
 * Last month's «Свод» read from the open workbook: values come back as Excel gives them (dates
 * as serial numbers, told by their number format), in blocks of rows, and only what was loaded
 * and synced can be read — a property read before its sync throws, as in Excel.
 */
import { consolidate, excelSerial, NUMBER_FORMAT } from "../../../src/core/consolidate";
import { snapshotsOfModelSheet } from "../../../src/core/consolidate/changes";
import { readPreviousSvod } from "../../../src/hosts/excel/read-previous";
import { buinsk, source } from "../../core/consolidate/fixtures";

/** An object whose properties can be read only once loaded and synced. */
class Loadable {
  private asked = new Set<string>();
  private ready = new Set<string>();
  constructor(
    private readonly book: FakeBook,
    private readonly props: Record<string, unknown>,
  ) {
    book.pending.push(this);
  }
  load(names: string): this {
    for (const n of names.split(",")) this.asked.add(n.trim());
    return this;
  }
  synced(): void {
    for (const n of this.asked) this.ready.add(n);
  }
  get(name: string): unknown {
    if (name !== "isNullObject" && !this.ready.has(name)) {
      throw new Error(`PropertyNotLoaded: ${name}`);
    }
    return this.props[name];
  }
}

class FakeBook {
  pending: Loadable[] = [];
  syncs = 0;
  constructor(private readonly svod: { values: unknown[][]; formats: string[][] } | null) {}

  get context(): Excel.RequestContext {
    const wrap = (l: Loadable, extra: Record<string, unknown> = {}) =>
      new Proxy(extra, {
        get: (t, p: string) => (p in t ? t[p] : p === "load" ? l.load.bind(l) : l.get(p)),
      });
    const svod = this.svod;
    const sheet = (name: string) => {
      const l = new Loadable(this, { isNullObject: svod === null || name !== "Свод" });
      return wrap(l, {
        getUsedRangeOrNullObject: () =>
          wrap(
            new Loadable(this, {
              isNullObject: svod === null || svod.values.length === 0,
              rowIndex: 0,
              columnIndex: 0,
              rowCount: svod?.values.length ?? 0,
              columnCount: svod?.values[0]?.length ?? 0,
            }),
          ),
        getRangeByIndexes: (r: number, c: number, h: number, w: number) =>
          wrap(
            new Loadable(this, {
              values: svod!.values.slice(r, r + h).map((row) => row.slice(c, c + w)),
              numberFormat: svod!.formats.slice(r, r + h).map((row) => row.slice(c, c + w)),
            }),
          ),
      });
    };
    return {
      workbook: { worksheets: { getItemOrNullObject: sheet } },
      sync: async () => {
        this.syncs += 1;
        for (const l of this.pending) l.synced();
      },
    } as unknown as Excel.RequestContext;
  }
}

describe("readPreviousSvod", () => {
  const model = consolidate([source("001.xlsx", [buinsk()])], { asOf: "2022-01-15" });
  const svod = model.sheets[0];
  /** «Свод» as Excel holds it: dates as serial numbers in a date format. */
  const inExcel = {
    values: [
      svod.columns.map((c) => c.header),
      ...svod.rows.map((row) =>
        row.map((v, i) =>
          v === null ? "" : svod.columns[i].kind === "date" ? excelSerial(String(v)) : v,
        ),
      ),
    ],
    formats: [
      svod.columns.map(() => "@"),
      ...svod.rows.map(() => svod.columns.map((c) => NUMBER_FORMAT[c.kind])),
    ],
  };

  it("gives the activities of the «Свод» in the workbook, dates as dates, read in blocks", async () => {
    const book = new FakeBook(inExcel);
    const got = await readPreviousSvod(book.context, svod.columns.length);
    expect(got).toEqual(snapshotsOfModelSheet(svod.columns, svod.rows));
    expect(got!.some((s) => s.due !== null)).toBe(true);
    // Two syncs to find the sheet and its size, then one per row.
    expect(book.syncs).toBe(2 + inExcel.values.length);
  });

  it("gives null where the workbook has no «Свод», or one that is not ours", async () => {
    expect(await readPreviousSvod(new FakeBook(null).context)).toBeNull();
    const foreign = { values: [["Мой столбец"], ["x"]], formats: [["@"], ["@"]] };
    expect(await readPreviousSvod(new FakeBook(foreign).context)).toBeNull();
  });
});
