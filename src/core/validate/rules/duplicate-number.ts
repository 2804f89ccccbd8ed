import type { Finding } from "../types";
import { fieldColumn } from "../cells";
import { makeFinding } from "../finding";
import type { TableRule } from "./types";

/** "3." and "3" are the same number; "1.2." and "1.2" too. */
export function normaliseNumber(n: string): string {
  return n.replace(/\s+/g, "").replace(/\.+$/, "");
}

/**
 * The same number twice among the items of one section (numbering restarts per section).
 * The finding goes on every later occurrence and names the first.
 */
export const duplicateNumber: TableRule = (table) => {
  const column = fieldColumn(table, "number") ?? fieldColumn(table, "activity");
  const first = new Map<string, number>();
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.kind !== "item" || row.number === null) continue;
    const number = normaliseNumber(row.number);
    if (number === "") continue;
    // A NUL separator cannot occur in cell text, so section and number never run together.
    const key = `${row.section ?? ""}\u0000${number}`;
    const firstRow = first.get(key);
    if (firstRow === undefined) first.set(key, row.row);
    else
      out.push(makeFinding("duplicate-number", row.row, column, { number: row.number, firstRow }));
  }
  return out;
};
