/**
 * The regional model's sheets as worksheet specs: the sheet's title rows (title, what it holds,
 * the legend of states in their colours), then the header bold on a light fill and frozen with
 * the rows above it, filter over header and data, «Состояние» cells coloured by state, widths and wrapping from the model, text columns "@" and
 * written as strings, dates as real dates, a bold totals row below the filter.
 */
import {
  HEADER_ROW,
  NUMBER_FORMAT,
  SUMMARY_SCALES,
  TITLE_ROWS,
  excelSerial,
  regionalPrint,
  titleRows,
  type ColumnKind,
  type RegionalModel,
  type RegionalSheet,
  type RegionalValue,
} from "../../../../core/consolidate";
import { STATE_LABEL } from "../../../../core/consolidate/labels";
import { TextFit, type CellFont } from "../../../../core/layout/row-height";
import { STATE_ORDER, STATE_STYLES } from "../../../../core/plan";
import type { RowState } from "../../../../core/report";
import type { NewSheet } from "./new-package";
import type { CellStyle, StyleSheet } from "./styles";
import type { CellInput, ScaleFormat, SheetRow } from "./worksheet";

export const HEADER_STYLE: CellStyle = {
  numFmt: "@",
  bold: true,
  fill: "DDEBF7",
  vertical: "top",
  wrap: true,
  border: true,
};

export function regionalSheets(model: RegionalModel, styles: StyleSheet): NewSheet[] {
  return model.sheets.map((sheet, i) => regionalSheet(sheet, styles, i === 0));
}

/** The cell formats of one sheet. */
interface Looks {
  /** The columns' own formats: unbordered, so the sheet below the table stays blank. */
  columns: number[];
  body: number[];
  bold: number[];
  header: number[];
  /** A «Свод» row's formats by the text of its «Состояние» cell (that cell coloured). */
  stateRows: Map<string, number[]> | null;
  title: number;
  subtitle: number;
  /** A legend cell's format by its state. */
  legend: Record<RowState, number>;
}

const TITLE_SIZE = 14;

function looksOf(sheet: RegionalSheet, styles: StyleSheet): Looks {
  const body = sheet.columns.map((c) =>
    styles.xf({ numFmt: NUMBER_FORMAT[c.kind], vertical: "top", wrap: c.wrap, border: true }),
  );
  const stateLook = (state: RowState): CellStyle => ({
    numFmt: "@",
    vertical: "top",
    border: true,
    fill: STATE_STYLES[state].fill.replace("#", ""),
    fontColor: STATE_STYLES[state].font.replace("#", ""),
  });
  const stateColumn = sheet.columns.findIndex((c) => c.key === "state");
  let stateRows: Map<string, number[]> | null = null;
  if (stateColumn >= 0) {
    stateRows = new Map();
    for (const state of STATE_ORDER) {
      const row = [...body];
      row[stateColumn] = styles.xf(stateLook(state));
      stateRows.set(STATE_LABEL[state], row);
    }
  }
  const legend = Object.fromEntries(
    STATE_ORDER.map((state) => [state, styles.xf({ ...stateLook(state), bold: true })]),
  ) as Record<RowState, number>;
  const header = styles.xf(HEADER_STYLE);
  return {
    columns: sheet.columns.map((c) =>
      styles.xf({ numFmt: NUMBER_FORMAT[c.kind], vertical: "top", wrap: c.wrap }),
    ),
    body,
    bold: sheet.columns.map((c) =>
      styles.xf({
        numFmt: NUMBER_FORMAT[c.kind],
        vertical: "top",
        wrap: c.wrap,
        bold: true,
        border: true,
      }),
    ),
    header: sheet.columns.map(() => header),
    stateRows,
    title: styles.xf({ numFmt: "@", bold: true, size: TITLE_SIZE, vertical: "top" }),
    subtitle: styles.xf({ numFmt: "@", vertical: "top" }),
    legend,
  };
}

function regionalSheet(sheet: RegionalSheet, styles: StyleSheet, selected: boolean): NewSheet {
  const looks = looksOf(sheet, styles);
  const cols = Math.max(1, sheet.columns.length);
  const rows = TITLE_ROWS + sheet.rows.length + 1 + (sheet.totals ? 1 : 0);
  return {
    name: sheet.name,
    spec: {
      columns: sheet.columns.map((c, i) => ({ width: c.width, style: looks.columns[i] })),
      rows: regionalRows(sheet, looks, styles.defaultFont),
      size: { rows, cols },
      freeze: { rows: HEADER_ROW },
      selected,
      autoFilter: {
        top: HEADER_ROW,
        left: 1,
        bottom: HEADER_ROW + sheet.rows.length,
        right: cols,
      },
      scales: sheet.name === "Сводка" ? scalesOf(sheet) : [],
      print: regionalPrint(sheet),
    },
  };
}

/** «Сводка»'s shaded columns (SUMMARY_SCALES) over its data rows. */
function scalesOf(sheet: RegionalSheet): ScaleFormat[] {
  if (sheet.rows.length === 0) return [];
  const out: ScaleFormat[] = [];
  for (const scale of SUMMARY_SCALES) {
    const column = sheet.columns.findIndex((c) => c.key === scale.key) + 1;
    if (column === 0) continue;
    out.push({
      area: {
        top: HEADER_ROW + 1,
        left: column,
        bottom: HEADER_ROW + sheet.rows.length,
        right: column,
      },
      kind: scale.kind,
      colors: scale.colors,
      from: scale.from,
      to: scale.to,
      priority: out.length + 1,
    });
  }
  return out;
}

/** The title rows, the header, the activities and the totals, each as tall as its text. */
function* regionalRows(sheet: RegionalSheet, looks: Looks, font: CellFont): Generator<SheetRow> {
  const fit = new TextFit(font);
  const boldFont = { ...font, bold: true };
  const width = sheet.columns.length;
  const [title, subtitle, legend] = titleRows(sheet.title, width);
  const titleStyles = new Array<number>(width).fill(0);
  titleStyles[0] = looks.title;
  yield {
    values: title,
    styles: titleStyles,
    height: sheet.title ? fit.height(1, { ...font, size: TITLE_SIZE, bold: true }) : undefined,
  };
  const subtitleStyles = new Array<number>(width).fill(0);
  subtitleStyles[0] = looks.subtitle;
  yield { values: subtitle, styles: subtitleStyles };
  const legendStyles = new Array<number>(width).fill(0);
  for (const cell of sheet.title?.legend ?? [])
    legendStyles[cell.column] = looks.legend[cell.state];
  yield { values: legend, styles: legendStyles };

  const headers = sheet.columns.map((c) => c.header);
  const headerFit = sheet.columns.map((c) => ({ width: c.width, wrap: true }));
  const headerFonts = sheet.columns.map(() => boldFont);
  yield {
    values: headers,
    styles: looks.header,
    height: fit.rowHeight(headers, headerFit, headerFonts) ?? undefined,
  };
  const kinds = sheet.columns.map((c) => c.kind);
  const state = sheet.columns.findIndex((c) => c.key === "state");
  for (const row of sheet.rows) {
    const values = cellValues(kinds, row);
    const styles = looks.stateRows?.get(String(row[state])) ?? looks.body;
    yield { values, styles, height: fit.rowHeight(values, sheet.columns) ?? undefined };
  }
  if (sheet.totals) {
    const values = cellValues(kinds, sheet.totals);
    const fonts = sheet.columns.map(() => boldFont);
    yield {
      values,
      styles: looks.bold,
      height: fit.rowHeight(values, sheet.columns, fonts) ?? undefined,
    };
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
