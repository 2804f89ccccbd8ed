import type { RegionalModel, RegionalSheet, RegionalValue } from "../../../src/core/consolidate";

/** A sheet's rows as header → value records, for readable assertions. */
export function records(sheet: RegionalSheet): Record<string, RegionalValue>[] {
  return sheet.rows.map((row) =>
    Object.fromEntries(sheet.columns.map((c, i) => [c.header, row[i] ?? null])),
  );
}

export function sheetNamed(model: RegionalModel, name: string): RegionalSheet {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export const svod = (m: RegionalModel) => records(sheetNamed(m, "Свод"));
export const summary = (m: RegionalModel) => records(sheetNamed(m, "Сводка"));
export const remarks = (m: RegionalModel) => records(sheetNamed(m, "Замечания"));
