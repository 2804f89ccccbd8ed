/**
 * How the pane names a place: on a sheet «Лист «План», строки 12–40» and cell E12; in a Word
 * document (whose tables the report calls «Таблица N») «Таблица 2, строки 1–30» and «Строка 12,
 * столбец 5» — a Word table has no column letters.
 */
import { columnNumber } from "../../core/plan";
import type { Messages } from "../i18n";
import type { FindingItem } from "./findings";

function tableNumber(sheet: string): string {
  return sheet.match(/\d+$/)?.[0] ?? sheet;
}

export function tableHeadingText(
  text: Messages,
  document: boolean,
  sheet: string,
  first: number,
  last: number,
): string {
  return document
    ? text.documentTableHeading(tableNumber(sheet), first, last)
    : text.tableHeading(sheet, first, last);
}

export function findingPlaceText(text: Messages, document: boolean, f: FindingItem): string {
  if (!document) return f.row === null ? `${f.cell} · ${text.wholeTable}` : f.cell;
  const place = text.documentPlace(f.row, f.column === null ? null : columnNumber(f.column));
  return f.row === null ? [place, text.wholeTable].filter((x) => x !== "").join(" · ") : place;
}

/** A column as the user knows it: its letter on a sheet, its number in a Word table. */
export function columnLabel(document: boolean, column: string): string {
  return document ? String(columnNumber(column)) : column;
}
