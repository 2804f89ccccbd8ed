import type { DocumentSettings, SaveResult } from "../../../src/hosts/excel/overrides-store";

/** Office.Settings as a map: set/remove change it, saveAsync reports later, as Office does. */
export class MemorySettings implements DocumentSettings {
  readonly values = new Map<string, unknown>();
  saved = 0;
  constructor(private readonly result: SaveResult = { status: "succeeded" }) {}
  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback?: (result: SaveResult) => void): void {
    this.saved += 1;
    setTimeout(() => callback?.(this.result), 0);
  }
}
