/**
 * How a regional sheet looks once its values are in (write-regional.ts): widths, the title and
 * legend, the Excel table, «Состояние» in the states' colours, «Сводка» shaded and its chart —
 * the same look as the file writer gives (hosts/file/xlsx/write/regional.ts).
 */
import { SUMMARY_CHART, SUMMARY_SCALES, type RegionalSheet } from "../../core/consolidate";
import { HEADER_ROW } from "../../core/consolidate/titles";
import { STATE_LABEL } from "../../core/consolidate/labels";
import { columnLetter } from "../../core/grid";
import { STATE_ORDER, STATE_STYLES } from "../../core/plan";

/** The name of our chart on «Сводка», so a rebuild finds exactly what it made. */
export const CHART_NAME = "RegionalChart";

/** Excel's column width unit is a character; Office.js sets it in points. */
const POINTS_PER_CHAR = 6;

/**
 * Widths, wrapping, the title in large bold and the legend in the states' colours, a frozen
 * header, an Excel table (filters on), totals in bold, «Состояние» coloured by state. No print
 * setup here: regional-print.ts gives it where the Excel has ExcelApi 1.9.
 */
export function layOut(ws: Excel.Worksheet, sheet: RegionalSheet, tableName: string): Excel.Table {
  const columns = sheet.columns.length;
  const dataRows = sheet.rows.length;
  const top = HEADER_ROW - 1;
  sheet.columns.forEach((c, i) => {
    const column = ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn();
    column.format.columnWidth = c.width * POINTS_PER_CHAR;
    column.format.wrapText = c.wrap;
    column.format.verticalAlignment = "Top";
  });
  const table = ws.tables.add(ws.getRangeByIndexes(top, 0, dataRows + 1, columns), true);
  table.name = tableName;
  if (sheet.totals) ws.getRangeByIndexes(top + dataRows + 1, 0, 1, columns).format.font.bold = true;
  ws.freezePanes.freezeRows(HEADER_ROW);
  if (sheet.title) {
    const title = ws.getRangeByIndexes(0, 0, 1, 1).format;
    title.font.bold = true;
    title.font.size = 14;
    title.wrapText = false;
    ws.getRangeByIndexes(1, 0, 1, 1).format.wrapText = false;
    for (const cell of sheet.title.legend) {
      const format = ws.getRangeByIndexes(2, cell.column, 1, 1).format;
      format.fill.color = STATE_STYLES[cell.state].fill;
      format.font.color = STATE_STYLES[cell.state].font;
      format.font.bold = true;
      format.wrapText = false;
    }
  }
  colourStates(ws, sheet, top);
  // Excel measures its own text: rows as tall as their wrapped cells (a file cannot ask this,
  // so the file host writes heights estimated by core/layout instead).
  const rows = dataRows + 1 + (sheet.totals ? 1 : 0);
  ws.getRangeByIndexes(top, 0, rows, columns).format.autofitRows();
  return table;
}

/**
 * «Состояние» coloured by state as the pane colours rows: one conditional format per state
 * over the column (the open workbook's cells keep their own formats).
 */
function colourStates(ws: Excel.Worksheet, sheet: RegionalSheet, top: number): void {
  const column = sheet.columns.findIndex((c) => c.key === "state");
  if (column < 0 || sheet.rows.length === 0) return;
  const range = ws.getRangeByIndexes(top + 1, column, sheet.rows.length, 1);
  // Relative to the range's first cell, as Excel reads a rule's formula.
  const first = `$${columnLetter(column + 1)}${top + 2}`;
  for (const state of STATE_ORDER) {
    const cf = range.conditionalFormats.add("Custom");
    cf.custom.rule.formula = `=${first}="${STATE_LABEL[state]}"`;
    cf.custom.format.fill.color = STATE_STYLES[state].fill;
    cf.custom.format.font.color = STATE_STYLES[state].font;
  }
}

/** «Сводка»'s shaded columns (SUMMARY_SCALES), as the file has them. */
export function shadeSummary(ws: Excel.Worksheet, summary: RegionalSheet): void {
  const n = summary.rows.length;
  if (n === 0) return;
  for (const scale of SUMMARY_SCALES) {
    const column = summary.columns.findIndex((c) => c.key === scale.key);
    if (column < 0) continue;
    const range = ws.getRangeByIndexes(HEADER_ROW, column, n, 1);
    const bound = (v: number | null, end: "LowestValue" | "HighestValue") =>
      v === null ? { type: end } : { type: "Number" as const, formula: String(v) };
    if (scale.kind === "dataBar") {
      const bar = range.conditionalFormats.add("DataBar").dataBar;
      bar.positiveFormat.fillColor = scale.colors[0];
      bar.positiveFormat.gradientFill = false;
      bar.lowerBoundRule = bound(scale.from, "LowestValue");
      bar.upperBoundRule = bound(scale.to, "HighestValue");
    } else {
      const [low, middle, high] = scale.colors;
      const point = (
        v: number | null,
        end: "LowestValue" | "HighestValue",
        color: string,
      ): Excel.ConditionalColorScaleCriterion => ({ ...bound(v, end), color });
      range.conditionalFormats.add("ColorScale").colorScale.criteria =
        high === undefined
          ? {
              minimum: point(scale.from, "LowestValue", low),
              maximum: point(scale.to, "HighestValue", middle),
            }
          : {
              minimum: point(scale.from, "LowestValue", low),
              midpoint: { type: "Percentile", formula: "50", color: middle },
              maximum: point(scale.to, "HighestValue", high),
            };
    }
  }
}

/** Overdue and done per municipality, beside the summary table. */
export function addChart(ws: Excel.Worksheet, summary: RegionalSheet): void {
  const n = summary.rows.length;
  if (n === 0) return;
  const [overdue, done] = SUMMARY_CHART.series;
  const top = HEADER_ROW - 1;
  const chart = ws.charts.add(
    "BarClustered",
    ws.getRangeByIndexes(top, overdue, n + 1, done - overdue + 1),
    "Columns",
  );
  chart.name = CHART_NAME;
  chart.title.text = "Просрочено и выполнено по муниципалитетам";
  const categories = ws.getRangeByIndexes(top + 1, SUMMARY_CHART.categories, n, 1);
  chart.series.getItemAt(0).setXAxisValues(categories);
  chart.series.getItemAt(1).setXAxisValues(categories);
  const right = summary.columns.length + 1;
  chart.setPosition(
    ws.getRangeByIndexes(top + 1, right, 1, 1),
    ws.getRangeByIndexes(top + Math.max(16, n + 2), right + 8, 1, 1),
  );
}
