/**
 * How regional values become Excel cells, shared by the file and the Excel hosts so that both
 * write the same thing: the number format of each column kind and dates as serial numbers.
 */
import type { ColumnKind } from "./types";

/** "@" makes Excel keep whatever is typed or written as text: "=1+1" stays a string. */
export const NUMBER_FORMAT: Record<ColumnKind, string> = {
  text: "@",
  date: "dd.mm.yyyy",
  integer: "0",
  percent: "0%",
};

const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** YYYY-MM-DD → Excel's serial day number (1900 date system). */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - EPOCH_1899_12_30) / DAY_MS;
}

/** YYYY-MM-DD → a Date at UTC midnight of that day (how ExcelJS and the Grid carry dates). */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
