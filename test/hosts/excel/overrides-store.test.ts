import {
  loadOverrides,
  OVERRIDES_KEY,
  saveOverrides,
  updateOverrides,
  withOverride,
} from "../../../src/hosts/excel/overrides-store";
import { MemorySettings } from "./memory-settings";
import type { ColumnOverride } from "../../../src/core/recognize/overrides";

const A: ColumnOverride = { sheet: "План", headerRow: 5, column: "C", field: "deadline" };
const B: ColumnOverride = { sheet: "План", headerRow: 5, column: "D", field: "responsible" };

describe("column role overrides in document settings", () => {
  it("saves and loads them back", async () => {
    const settings = new MemorySettings();
    expect(loadOverrides(settings)).toEqual([]);
    await saveOverrides(settings, [A, B]);
    expect(settings.saved).toBe(1);
    expect(loadOverrides(settings)).toEqual([A, B]);
  });

  it("removes the setting when no override is left", async () => {
    const settings = new MemorySettings();
    await saveOverrides(settings, [A]);
    await saveOverrides(settings, []);
    expect(settings.values.has(OVERRIDES_KEY)).toBe(false);
    expect(loadOverrides(settings)).toEqual([]);
  });

  it("replaces an earlier choice for the same column", () => {
    const changed = { ...A, field: "other" as const };
    expect(withOverride([A, B], changed)).toEqual([B, changed]);
    expect(withOverride([A], { ...A, headerRow: 20 })).toEqual([A, { ...A, headerRow: 20 }]);
  });

  it("says clearly when the stored value is damaged", () => {
    const settings = new MemorySettings();
    settings.set(OVERRIDES_KEY, [{ sheet: "План", column: "c", field: "nonsense" }]);
    expect(() => loadOverrides(settings)).toThrow(/повреждены/);
  });

  it("fails with Office's reason when the workbook cannot be saved", async () => {
    const settings = new MemorySettings({
      status: "failed",
      error: { message: "Книга только для чтения" },
    });
    await expect(saveOverrides(settings, [A])).rejects.toMatchObject({
      code: "settings-not-saved",
      message: "Не удалось сохранить настройки книги: Книга только для чтения",
    });
  });

  it("keeps a co-author's correction saved since the pane opened", async () => {
    const settings = new MemorySettings();
    settings.preload(OVERRIDES_KEY, [A]);
    settings.coAuthorSaves(OVERRIDES_KEY, [A, B]);
    const C: ColumnOverride = { ...A, column: "E", field: "status" };
    const saved = await updateOverrides(settings, (current) => withOverride(current, C));
    expect(saved).toEqual([A, B, C]);
    expect(settings.document.get(OVERRIDES_KEY)).toEqual([A, B, C]);
    expect(settings.refreshed).toBe(1);
  });

  it("would lose it without reading the settings again first", async () => {
    const settings = new MemorySettings();
    settings.preload(OVERRIDES_KEY, [A]);
    settings.coAuthorSaves(OVERRIDES_KEY, [A, B]);
    await saveOverrides(settings, withOverride(loadOverrides(settings), { ...A, column: "E" }));
    expect(settings.document.get(OVERRIDES_KEY)).not.toContainEqual(B);
  });
});
