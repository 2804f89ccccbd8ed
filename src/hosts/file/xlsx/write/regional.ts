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
import { STATE_LABEL } from "../../../../core/consolidate/labels";
import { TextFit, type CellFont } from "../../../../core/layout/row-height";
import { STATE_ORDER, STATE_STYLES } from "../../../../core/plan";
import type { NewSheet } from "./new-package";
import type { CellStyle, StyleSheet } from "./styles";
import { tablePrint } from "./print";
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
  const state = sheet.columns.findIndex((c) => c.key === "state");
  const stateStyles = state < 0 ? null : stateRowStyles(body, state, styles);
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
        stateStyles,
        styles.defaultFont,
      ),
      size: { rows, cols },
      freeze: { rows: 1 },
      selected,
      autoFilter: { top: 1, left: 1, bottom: sheet.rows.length + 1, right: cols },
      print: tablePrint(`${REGIONAL_TITLE}: ${sheet.name}`, 1),
    },
  };
}

/** The per-column formats of a «Свод» row in each state: its «Состояние» cell coloured. */
function stateRowStyles(
  body: number[],
  column: number,
  styles: StyleSheet,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const state of STATE_ORDER) {
    const look = STATE_STYLES[state];
    const row = [...body];
    row[column] = styles.xf({
      numFmt: "@",
      vertical: "top",
      fill: look.fill.replace("#", ""),
      fontColor: look.font.replace("#", ""),
    });
    out.set(STATE_LABEL[state], row);
  }
  return out;
}

function* regionalRows(
  sheet: RegionalSheet,
  header: number[],
  bold: number[],
  stateStyles: Map<string, number[]> | null,
  font: CellFont,
): Generator<SheetRow> {
  const fit = new TextFit(font);
  const boldFont = { ...font, bold: true };
  const headers = sheet.columns.map((c) => c.header);
  const headerFit = sheet.columns.map((c) => ({ width: c.width, wrap: true }));
  const headerFonts = sheet.columns.map(() => boldFont);
  yield {
    values: headers,
    styles: header,
    height: fit.rowHeight(headers, headerFit, headerFonts) ?? undefined,
  };
  const kinds = sheet.columns.map((c) => c.kind);
  const state = sheet.columns.findIndex((c) => c.key === "state");
  for (const row of sheet.rows) {
    const values = cellValues(kinds, row);
    const styles = stateStyles?.get(String(row[state]));
    yield { values, styles, height: fit.rowHeight(values, sheet.columns) ?? undefined };
  }
  if (sheet.totals) {
    const values = cellValues(kinds, sheet.totals);
    const fonts = sheet.columns.map(() => boldFont);
    yield { values, styles: bold, height: fit.rowHeight(values, sheet.columns, fonts) ?? undefined };
  }
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
