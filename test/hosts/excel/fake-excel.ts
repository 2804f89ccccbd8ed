/**
 * A workbook made of office-addin-mock objects, for the Excel host's tests — one that fails the
 * way real Excel fails.
 *
 * office-addin-mock gives Office.js load/sync semantics (a property not loaded and synced reads
 * as an error string) but knows nothing of collections, of objects made by method calls, or of
 * what a method does. This fake adds that, and a log of every call and assignment in order.
 * What the host queues happens at the next sync, by the rules of fake-batch.ts, and these
 * failures of real Excel are simulated (docs/excel.md lists the sources):
 *
 * - cell-edit mode: a batch fails with InvalidOperationInCellEditMode unless Excel.run was
 *   given delayForCellEdit on an Excel that honours it (ExcelApi 1.11), which holds it back;
 * - a protected sheet refuses writes (AccessDenied); a read-only workbook or View mode refuses
 *   every write (`writesRefused`);
 * - getMergedAreasOrNullObject over more than 512 merged areas fails; it reports only merged
 *   areas whose top-left cell lies in the range (office-js issue #3611);
 * - a request or a response over 5 MB is refused (…PayloadSizeLimitExceeded); values come back
 *   null past `nullValuesAboveCells`;
 * - getRanges with an address over 8,192 characters fails (InvalidArgument);
 * - select on a sheet that was not active when the batch began does nothing (issue #5118);
 * - a user's conditional format marked `broken` fails any read of it with ItemNotFound.
 */
import { columnLetter } from "../../../src/core/grid";
import { parseAddress, type CellBox } from "../../../src/hosts/excel/address";
import type { ExcelErrorCode } from "./fake-errors";
import { defineValue, FakeKernel, type Mock } from "./fake-kernel";
import { defineFormats, formatMock, rangeAreasMock } from "./fake-formats";
import { writeInto } from "./fake-sheet-write";

const MB5 = 5 * 1024 * 1024;

export interface FakeFormatSpec {
  address: string;
  type: string;
  formula?: string;
  /** Excel's known bug: any read of this format fails with ItemNotFound. */
  broken?: boolean;
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
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** A protected sheet: every write to it is refused. */
  protected?: boolean;
}

export interface FakeOptions {
  /** A sync loading more value cells than this fails as Excel's 5 MB limit does. */
  payloadLimitCells?: number;
  /** A range of more cells than this comes back with values null, as Excel does past 5M. */
  nullValuesAboveCells?: number;
  /** Request and response limits in bytes: 5 MB, as Excel on the web has them. */
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  /** getMergedAreasOrNullObject fails over more merged areas than this (512). */
  mergedAreasLimit?: number;
  /** The user is typing in a cell when the add-in starts. */
  cellEditMode?: boolean;
  /** Whether this Excel honours Excel.run's delayForCellEdit (ExcelApi 1.11); true by default. */
  delaysForCellEdit?: boolean;
  /** Every write fails with this code: a read-only workbook, View mode on the web. */
  writesRefused?: ExcelErrorCode;
  /** The sheet active when the workbook opens; the first visible one by default. */
  activeSheet?: string;
}

/** A conditional format on a sheet: the user's (spec) or one the host added. */
export interface FakeFormat {
  sheet: string;
  address: string;
  mock: Mock;
  spec: FakeFormatSpec | null;
}

export interface SheetState {
  spec: FakeSheetSpec;
  formats: FakeFormat[];
}

type RunOptions = { delayForCellEdit?: boolean };
type Batched<T> = (context: Excel.RequestContext) => Promise<T>;

export class FakeExcel extends FakeKernel {
  readonly context: Excel.RequestContext;
  /** The sheet Excel shows, and the cell the user sees selected. */
  active: string;
  selection: { sheet: string; address: string } | null = null;
  private editing: boolean;
  private editDone: Promise<void>;
  private finishEdit: () => void = () => undefined;
  private activeAtBatchStart = "";
  private readonly sheets: SheetState[];
  private createdRanges: { label: string; mock: Mock }[] = [];
  private sheetMocks: Mock[] = [];

  constructor(
    specs: FakeSheetSpec[],
    private readonly options: FakeOptions = {},
  ) {
    super();
    this.sheets = specs.map((spec) => ({ spec, formats: [] }));
    for (const s of this.sheets) {
      s.formats = (s.spec.conditionalFormats ?? []).map((f) => ({
        sheet: s.spec.name,
        address: f.address,
        mock: formatMock(
          this,
          () => s.formats,
          (list) => (s.formats = list),
          s.spec.name,
          f.address,
          f.type,
          f.formula ?? null,
          f.broken === true,
        ),
        spec: f,
      }));
    }
    this.active =
      options.activeSheet ??
      specs.find((s) => (s.visibility ?? "Visible") === "Visible")?.name ??
      "";
    this.editing = options.cellEditMode === true;
    this.editDone = new Promise((resolve) => (this.finishEdit = resolve));
    const sheetMocks = this.sheets.map((s) => this.sheetMock(s));
    this.sheetMocks = sheetMocks;
    const worksheets = this.collection("worksheets", () => sheetMocks, null, {
      getItem: (name: string) => {
        this.log(`worksheets.getItem(${JSON.stringify(name)})`, [name]);
        const i = this.sheets.findIndex((s) => s.spec.name === name);
        if (i < 0) throw new Error(`fake: no sheet ${name}`);
        return this.wrap(sheetMocks[i], name);
      },
    });
    const context = this.mock("context", { workbook: {} }, null);
    context.workbook.worksheets = worksheets;
    context.sync = () => this.sync();
    this.context = this.wrap(context, "context") as unknown as Excel.RequestContext;
  }

  /** Excel.run as office.js has it, options first: the form the host's runner calls. */
  readonly run = async <T>(options: RunOptions, batch: Batched<T>): Promise<T> => {
    const delays = options.delayForCellEdit === true && this.options.delaysForCellEdit !== false;
    if (this.editing && delays) await this.editDone;
    return batch(this.context);
  };

  /** The user presses Enter: Excel leaves cell-edit mode and runs what it held back. */
  finishCellEdit(): void {
    this.editing = false;
    this.finishEdit();
  }

  /** Conditional formats on a sheet now, in collection order. */
  formatsOn(sheet: string): FakeFormat[] {
    return [...this.state(sheet).formats];
  }

  /** Ranges the host asked for by address, in order. */
  rangesAt(label: string): Mock[] {
    return this.createdRanges.filter((r) => r.label === label).map((r) => r.mock);
  }

  /** Protects or unprotects a sheet, as the user would between two clicks. */
  setProtected(sheet: string, value: boolean): void {
    this.state(sheet).spec.protected = value;
    const mock = this.sheetMocks[this.sheets.findIndex((s) => s.spec.name === sheet)];
    defineValue(mock.protection as Mock, "protected", value);
  }

  protected refusal(sheet: string | null): ExcelErrorCode | null {
    return (
      this.options.writesRefused ??
      (sheet !== null && this.state(sheet).spec.protected ? "AccessDenied" : null)
    );
  }

  protected batchRefusal(): ExcelErrorCode | null {
    return this.editing ? "InvalidOperationInCellEditMode" : null;
  }

  protected beforeBatch(): void {
    this.activeAtBatchStart = this.active;
  }

  protected limits() {
    return {
      requestBytes: this.options.requestLimitBytes ?? MB5,
      responseBytes: this.options.responseLimitBytes ?? MB5,
      responseCells: this.options.payloadLimitCells ?? Infinity,
    };
  }

  private state(name: string): SheetState {
    const s = this.sheets.find((x) => x.spec.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  private sheetMock(s: SheetState): Mock {
    const name = s.spec.name;
    const sheet: Mock = this.mock(
      name,
      {
        name,
        visibility: s.spec.visibility ?? "Visible",
        protection: { protected: s.spec.protected === true },
        getUsedRangeOrNullObject: (valuesOnly: boolean) => {
          this.log(`${name}.getUsedRangeOrNullObject(${valuesOnly})`);
          return this.wrapNew(this.usedRangeMock(s), `${name}.usedRange`);
        },
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => {
          this.log(`${name}.getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
          return this.wrapNew(this.blockMock(s, row, col, rows, cols), `${name}.block`);
        },
        getRange: (address?: string) => {
          this.log(`${name}.getRange(${address === undefined ? "" : JSON.stringify(address)})`, [
            address,
          ]);
          const label = `${name}!${address ?? "*"}`;
          const range = address === undefined ? this.sheetRangeMock(s) : this.rangeMock(s, address);
          this.createdRanges.push({ label, mock: range });
          return this.wrapNew(range, label);
        },
        getRanges: (address: string) => {
          this.log(`${name}.getRanges(${JSON.stringify(address)})`, [address]);
          return this.wrapNew(rangeAreasMock(this, s, address), `${name}!{${address}}`);
        },
        activate: () => {
          this.log(`${name}.activate()`);
          this.queue({
            label: `${name}.activate`,
            sheet: name,
            kind: "ui",
            apply: () => (this.active = name),
          });
        },
      },
      name,
    );
    // The sheet's own properties are small; protection is read with it.
    this.rules.set(sheet, {});
    return sheet;
  }

  private usedRangeMock(s: SheetState): Mock {
    const { values, origin } = s.spec;
    const empty = values.length === 0;
    return this.mock(
      `${s.spec.name}.usedRange`,
      {
        isNullObject: empty,
        rowIndex: empty ? 0 : (origin?.row ?? 1) - 1,
        columnIndex: empty ? 0 : (origin?.col ?? 1) - 1,
        rowCount: empty ? 0 : values.length,
        columnCount: empty ? 0 : values[0].length,
      },
      s.spec.name,
    );
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
    const box = { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols };
    const m = this.mock(
      `${s.spec.name}.block`,
      {
        address: `${s.spec.name}!${columnLetter(col + 1)}${row + 1}:${columnLetter(col + cols)}${row + rows}`,
        numberFormat: formats,
        values: tooBig ? [] : values,
        getMergedAreasOrNullObject: () => this.merged(s, box, `${s.spec.name}.block`),
      },
      s.spec.name,
    );
    if (tooBig) defineValue(m, "values", null);
    this.rules.set(m, {
      bytes: () =>
        Buffer.byteLength(JSON.stringify(values)) + Buffer.byteLength(JSON.stringify(formats)),
      cells: (arg) => (arg.includes("values") ? rows * cols : 0),
    });
    return m;
  }

  private sheetRangeMock(s: SheetState): Mock {
    const name = s.spec.name;
    const whole = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
    const m = this.mock(
      `${name}!*`,
      { getMergedAreasOrNullObject: () => this.merged(s, whole, `${name}!*`) },
      name,
    );
    defineFormats(this, m, s, null);
    return m;
  }

  /**
   * The merged areas of a range as Excel reports them: those whose top-left cell lies in the
   * range (whole, even where they reach outside it), and a failure past the 512-area limit.
   */
  private merged(s: SheetState, box: CellBox, label: string): unknown {
    this.log(`${label}.getMergedAreasOrNullObject()`);
    const name = s.spec.name;
    const inside = (s.spec.merges ?? []).filter((a) => {
      const m = parseAddress(a);
      return m.top >= box.top && m.top <= box.bottom && m.left >= box.left && m.left <= box.right;
    });
    const limit = this.options.mergedAreasLimit ?? 512;
    const m = this.mock(
      `${name}.merged`,
      {
        isNullObject: inside.length === 0,
        address: inside.map((a) => `'${name}'!${a}`).join(","),
        areaCount: inside.length,
      },
      name,
    );
    this.rules.set(m, {
      refuse: () => (inside.length > limit ? "GeneralException" : null),
      bytes: () => inside.join(",").length,
    });
    return this.wrapNew(m, `${name}.merged`);
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
    const m = this.mock(
      label,
      {
        address: `${name}!${address}`,
        values,
        select: () => {
          this.log(`${label}.select()`);
          this.queue({
            label: `${label}.select`,
            sheet: name,
            kind: "ui",
            // Excel selects on the sheet that was active when the batch began, or not at all.
            apply: () => {
              if (this.activeAtBatchStart === name) this.selection = { sheet: name, address };
            },
          });
        },
        merge: (across: boolean) => {
          this.log(`${label}.merge(${across})`);
          this.write(`${label}.merge`, name, () => undefined);
        },
        format: {
          font: { bold: false },
          horizontalAlignment: "General",
          verticalAlignment: "Bottom",
          wrapText: false,
          columnWidth: 48,
          borders: {
            getItem: (edge: string) => {
              this.log(`${label}.format.borders.getItem(${JSON.stringify(edge)})`);
              return this.wrapNew(
                this.mock(`${label}.border`, { style: "None" }, name),
                `${label}.${edge}`,
              );
            },
          },
        },
        dataValidation: { type: "None" },
        getMergedAreasOrNullObject: () => this.merged(s, box, label),
      },
      name,
    );
    this.rules.set(m, { bytes: () => Buffer.byteLength(JSON.stringify(values)) });
    defineFormats(this, m, s, address);
    this.writers.set(m, (written) => writeInto(s.spec, box.top, box.left, written as unknown[][]));
    return m;
  }
}
