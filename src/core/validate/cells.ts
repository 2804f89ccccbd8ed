/** Reading a row's cells by column role. `TableRow.values` is aligned with `table.columns`. */
import type { Field } from "../fields";
import { cellText, type CellValue } from "../grid";
import type { RoadmapTable, TableColumn, TableRow } from "../recognize/types";

export interface RoleCell {
  column: TableColumn;
  value: CellValue;
}

export function columnsOf(table: RoadmapTable, field: Field): TableColumn[] {
  return table.columns.filter((c) => c.field === field);
}

export function hasColumn(table: RoadmapTable, field: Field): boolean {
  return table.columns.some((c) => c.field === field);
}

/** Column letter of the first column of a role: where a finding about that role points. */
export function fieldColumn(table: RoadmapTable, field: Field): string | null {
  return table.columns.find((c) => c.field === field)?.column ?? null;
}

export function roleCells(table: RoadmapTable, row: TableRow, field: Field): RoleCell[] {
  const out: RoleCell[] = [];
  table.columns.forEach((column, i) => {
    if (column.field === field) out.push({ column, value: row.values[i] ?? null });
  });
  return out;
}

export { isBlankValue } from "../grid";

/** Text of a role's cells, several cells joined by line breaks; null when all are empty. */
export function roleText(table: RoadmapTable, row: TableRow, field: Field): string | null {
  const parts = roleCells(table, row, field)
    .map((c) => cellText(c.value))
    .filter((t) => t !== "");
  return parts.length === 0 ? null : parts.join("\n");
}
