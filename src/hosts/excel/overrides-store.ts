/**
 * Column roles the user corrected, remembered with the workbook in its document settings
 * (Office Settings API, every Excel version): the next check on any computer uses them.
 *
 * Settings live in memory and saveAsync writes all of them at once, so a co-author's save made
 * since the pane opened would be overwritten by ours. A change therefore re-reads the settings
 * (refreshAsync) first and applies itself to what is in the document now.
 */
import { z } from "zod";
import { FIELDS } from "../../core/fields";
import type { ColumnOverride } from "../../core/recognize/overrides";
import { ExcelHostError } from "./errors";

export const OVERRIDES_KEY = "roadmapInspector.columnOverrides";

/** What Office.Settings.saveAsync reports; at run time `status` is "succeeded" or "failed". */
export interface SaveResult {
  status: unknown;
  error?: { message: string } | null;
}

/** The part of Office.Settings the store uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: SaveResult) => void): void;
  refreshAsync(callback?: (result: SaveResult) => void): void;
}

const overridesSchema = z.array(
  z.object({
    sheet: z.string(),
    headerRow: z.number().int().positive(),
    column: z.string().regex(/^[A-Z]+$/),
    field: z.enum(FIELDS),
  }),
);

export function loadOverrides(settings: DocumentSettings): ColumnOverride[] {
  const stored = settings.get(OVERRIDES_KEY);
  if (stored === null || stored === undefined) return [];
  const parsed = overridesSchema.safeParse(stored);
  if (!parsed.success) {
    throw new ExcelHostError(
      "bad-settings",
      "Сохранённые в книге роли столбцов повреждены; сбросьте их кнопкой «Сбросить роли столбцов»",
    );
  }
  return parsed.data;
}

/** The overrides with `change` put in place of any earlier choice for the same column. */
export function withOverride(list: ColumnOverride[], change: ColumnOverride): ColumnOverride[] {
  const same = (o: ColumnOverride) =>
    o.sheet === change.sheet && o.headerRow === change.headerRow && o.column === change.column;
  return [...list.filter((o) => !same(o)), change];
}

export function saveOverrides(
  settings: DocumentSettings,
  overrides: ColumnOverride[],
): Promise<void> {
  if (overrides.length === 0) settings.remove(OVERRIDES_KEY);
  else settings.set(OVERRIDES_KEY, overrides);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (String(result.status).toLowerCase() === "succeeded") resolve();
      else
        reject(
          new ExcelHostError(
            "settings-not-saved",
            `Не удалось сохранить настройки книги: ${result.error?.message ?? "причина неизвестна"}`,
          ),
        );
    });
  });
}

/** The settings as saved in the document now, co-authors' changes included. */
export function refreshSettings(settings: DocumentSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.refreshAsync((result) => {
      if (String(result.status).toLowerCase() === "succeeded") resolve();
      else
        reject(
          new ExcelHostError(
            "settings-not-saved",
            `Не удалось прочитать настройки книги: ${result.error?.message ?? "причина неизвестна"}`,
          ),
        );
    });
  });
}

/**
 * Applies `change` to the overrides as saved now, saves, and returns what was saved. A list
 * given instead replaces them without reading what is there (the reset, also of damaged ones).
 */
export async function updateOverrides(
  settings: DocumentSettings,
  change: ((current: ColumnOverride[]) => ColumnOverride[]) | ColumnOverride[],
): Promise<ColumnOverride[]> {
  await refreshSettings(settings);
  const next = Array.isArray(change) ? change : change(loadOverrides(settings));
  await saveOverrides(settings, next);
  return next;
}
