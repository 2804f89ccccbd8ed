import type { DocumentSettings, SaveResult } from "../../../src/hosts/excel/overrides-store";

/**
 * Office.Settings as Office keeps them: a copy in memory that get/set/remove change, written
 * whole to the document by saveAsync and read back by refreshAsync, both answering later. A
 * co-author saving in between changes the document, not this copy.
 */
export class MemorySettings implements DocumentSettings {
  readonly values = new Map<string, unknown>();
  /** The settings as saved in the document. */
  readonly document = new Map<string, unknown>();
  saved = 0;
  refreshed = 0;
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
    if (this.result.status === "succeeded") {
      this.document.clear();
      for (const [k, v] of this.values) this.document.set(k, v);
    }
    setTimeout(() => callback?.(this.result), 0);
  }
  refreshAsync(callback?: (result: SaveResult) => void): void {
    this.refreshed += 1;
    this.values.clear();
    for (const [k, v] of this.document) this.values.set(k, v);
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  }
  /** A setting already saved in the workbook when it is opened. */
  preload(name: string, value: unknown): void {
    this.values.set(name, value);
    this.document.set(name, value);
  }
  /** Another user of the shared workbook saves this setting. */
  coAuthorSaves(name: string, value: unknown): void {
    this.document.set(name, value);
  }
}
