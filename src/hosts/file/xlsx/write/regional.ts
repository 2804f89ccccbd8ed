/**
 * The regional model's sheets as worksheet specs: header bold on a light fill and frozen,
 * filter over header and data, widths and wrapping from the model, text columns "@" and
 * written as strings, dates as real dates, a bold totals row below the filter.
 */
import {
  NUMBER_FORMAT,
  excelSerial,
  type ColumnKind,
  type RegionalModel,
  type RegionalSheet,
  type RegionalValue,
} from "../../../../core/consolidate";
import type { NewSheet } from "./new-package";
import type { CellStyle, StyleSheet } from "./styles";
import type { CellInput, SheetRow } from "./worksheet";

export const HEADER_STYLE: CellStyle = {
  numFmt: "@",
  bold: true,
  fill: "DDEBF7",
  vertical: "top",
  wrap: true,
};

export const REGIONAL_TITLE = "Свод дорожных карт";

export function regionalSheets(model: RegionalModel, styles: StyleSheet): NewSheet[] {
  return model.sheets.map((sheet, i) => regionalSheet(sheet, styles, i === 0));
}

function regionalSheet(sheet: RegionalSheet, styles: StyleSheet, selected: boolean): NewSheet {
  const body = sheet.columns.map((c) =>
    styles.xf({ numFmt: NUMBER_FORMAT[c.kind], vertical: "top", wrap: c.wrap }),
  );
  const bold = sheet.columns.map((c) =>
    styles.xf({ numFmt: NUMBER_FORMAT[c.kind], vertical: "top", wrap: c.wrap, bold: true }),
  );
  const header = styles.xf(HEADER_STYLE);
  const cols = Math.max(1, sheet.columns.length);
  const rows = sheet.rows.length + 1 + (sheet.totals ? 1 : 0);
  return {
    name: sheet.name,
    spec: {
      columns: sheet.columns.map((c, i) => ({ width: c.width, style: body[i] })),
      rows: regionalRows(
        sheet,
        sheet.columns.map(() => header),
        bold,
      ),
      size: { rows, cols },
      freeze: { rows: 1 },
      selected,
      autoFilter: { top: 1, left: 1, bottom: sheet.rows.length + 1, right: cols },
    },
  };
}

function* regionalRows(
  sheet: RegionalSheet,
  header: number[],
  bold: number[],
): Generator<SheetRow> {
  yield { values: sheet.columns.map((c) => c.header), styles: header };
  const kinds = sheet.columns.map((c) => c.kind);
  for (const row of sheet.rows) yield { values: cellValues(kinds, row) };
  if (sheet.totals) yield { values: cellValues(kinds, sheet.totals), styles: bold };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Serial days of the dates met so far: a region has few distinct due dates. */
const SERIALS = new Map<string, number>();

/** YYYY-MM-DD as Excel's serial day; anything else stays text, never lost. */
function serialDay(v: string): number | string {
  let n = SERIALS.get(v);
  if (n === undefined) {
    if (!ISO_DAY.test(v)) return v;
    n = excelSerial(v);
    if (SERIALS.size < 10_000) SERIALS.set(v, n);
  }
  return n;
}

/** Text columns always as strings; dates (YYYY-MM-DD) as serial days; numbers as numbers. */
function cellValues(kinds: ColumnKind[], row: RegionalValue[]): CellInput[] {
  const out: CellInput[] = new Array(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    const v = row[i];
    if (v === null || v === undefined) out[i] = null;
    else if (kinds[i] === "text") out[i] = String(v);
    else if (kinds[i] === "date" && typeof v === "string") out[i] = serialDay(v);
    else out[i] = v;
  }
  return out;
}
