/**
 * What each regional sheet says above its table: a title with the date the tables were checked
 * for, a line of what the sheet holds, and on «Свод» a legend of the states in their colours
 * with how many activities are in each. The header row is the same on every sheet (HEADER_ROW),
 * well within the first rows where readers of the workbook look for it.
 */
import { formatDay } from "../deadline/calendar";
import type { RowState } from "../report";
import { tablePrint, type PrintSetup } from "../layout/print";
import { STATE_ORDER } from "../plan";
import { STATE_LABEL } from "./labels";
import type { RegionalColumn, RegionalTotals, RegionalValue } from "./types";

/** Rows above the header: the title, what the sheet holds, the legend (or nothing). */
export const TITLE_ROWS = 3;
/** The 1-based row of every regional sheet's header. */
export const HEADER_ROW = TITLE_ROWS + 1;

export interface LegendCell {
  /** 0-based column of the sheet. */
  column: number;
  state: RowState;
  text: string;
}

export interface SheetTitle {
  title: string;
  subtitle: string;
  legend: LegendCell[];
}

/** The legend's cells need this many characters of column, or they are placed further right. */
const LEGEND_MIN_WIDTH = 11;

export function svodTitle(
  asOf: string,
  totals: RegionalTotals,
  columns: RegionalColumn[],
  part: number,
  stateCounts: Record<RowState, number>,
): SheetTitle {
  const more = part > 1 ? ` (продолжение, лист ${part})` : "";
  return {
    title: `Свод дорожных карт муниципалитетов на ${formatDay(asOf)}${more}`,
    subtitle:
      `Муниципалитетов: ${totals.municipalities}, мероприятий: ${totals.activities}` +
      `, неполных: ${totals.incomplete}. Состояние мероприятий:`,
    legend: legend(columns, stateCounts),
  };
}

export function summaryTitle(asOf: string, totals: RegionalTotals): SheetTitle {
  const share =
    totals.onTimeShare === null
      ? ""
      : `, выполнено из наступивших сроков: ${Math.round(totals.onTimeShare * 100)} %`;
  return {
    title: `Сводка по муниципалитетам на ${formatDay(asOf)}`,
    subtitle:
      `Муниципалитетов: ${totals.municipalities}, файлов: ${totals.files}, мероприятий: ` +
      `${totals.activities}, просрочено: ${totals.overdue}${share}`,
    legend: [],
  };
}

export function remarksTitle(asOf: string, rows: RegionalValue[][], severity: number): SheetTitle {
  const count = (label: string) => rows.filter((r) => r[severity] === label).length;
  return {
    title: `Замечания к дорожным картам на ${formatDay(asOf)}`,
    subtitle:
      `Замечаний: ${rows.length} (ошибок: ${count("ошибка")}, предупреждений: ` +
      `${count("предупреждение")}, сведений: ${count("сведения")})`,
    legend: [],
  };
}

/** «просрочено: 12», … left to right under the subtitle, each in a column wide enough. */
function legend(columns: RegionalColumn[], counts: Record<RowState, number>): LegendCell[] {
  const out: LegendCell[] = [];
  let column = 0;
  for (const state of STATE_ORDER) {
    while (column < columns.length && columns[column].width < LEGEND_MIN_WIDTH) column++;
    if (column >= columns.length) break;
    out.push({ column, state, text: `${STATE_LABEL[state]}: ${counts[state]}` });
    column++;
  }
  return out;
}

/** How many rows of «Свод» are in each state, read from its «Состояние» column. */
export function countStates(rows: RegionalValue[][], column: number): Record<RowState, number> {
  const counts = { overdue: 0, "due-soon": 0, "on-track": 0, done: 0, "no-deadline": 0 };
  const byLabel = new Map(STATE_ORDER.map((s) => [STATE_LABEL[s], s] as const));
  for (const row of rows) {
    const state = byLabel.get(String(row[column]));
    if (state) counts[state] += 1;
  }
  return counts;
}

/** The title rows of a sheet as cell values, `width` columns each. */
export function titleRows(title: SheetTitle | undefined, width: number): RegionalValue[][] {
  const rows: RegionalValue[][] = Array.from({ length: TITLE_ROWS }, () =>
    new Array<RegionalValue>(width).fill(null),
  );
  if (!title) return rows;
  rows[0][0] = title.title;
  rows[1][0] = title.subtitle;
  for (const cell of title.legend) rows[2][cell.column] = cell.text;
  return rows;
}

export function changesTitle(asOf: string, changes: number): SheetTitle {
  return {
    title: `Изменения с прошлого месяца на ${formatDay(asOf)}`,
    subtitle: `Изменений: ${changes}. Мероприятия сопоставлены по муниципалитету, номеру и тексту`,
    legend: [],
  };
}

/** The regional workbook's name, as its properties and a sheet without a title give it. */
export const REGIONAL_TITLE = "Свод дорожных карт";

/** How a regional sheet prints, whichever host writes it: its title at the top of each page. */
export function regionalPrint(sheet: { name: string; title?: SheetTitle | null }): PrintSetup {
  return tablePrint(sheet.title?.title ?? `${REGIONAL_TITLE}: ${sheet.name}`, HEADER_ROW);
}
