/**
 * How regional values become Excel cells, shared by the file and the Excel hosts so that both
 * write the same thing: the number format of each column kind and dates as serial numbers.
 */
import { excelSerialOf } from "../grid";
import type { ColumnKind } from "./types";

/** "@" makes Excel keep whatever is typed or written as text: "=1+1" stays a string. */
export const NUMBER_FORMAT: Record<ColumnKind, string> = {
  text: "@",
  date: "dd.mm.yyyy",
  integer: "0",
  percent: "0%",
};

/** YYYY-MM-DD → Excel's serial day number (1900 date system). */
export function excelSerial(iso: string): number {
  return excelSerialOf(utcDate(iso));
}

/** YYYY-MM-DD → a Date at UTC midnight of that day (how ExcelJS and the Grid carry dates). */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
