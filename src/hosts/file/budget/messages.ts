/** What passes between the main thread and the thread that reads and checks files. */
import type { ColumnOverride } from "../../../core/recognize/overrides";
import type { Settings } from "../../../core/validate/settings";
import type { CheckedFile } from "../check-files";

export interface CheckRequest {
  id: number;
  file: string;
  settings: Settings;
  overrides: ColumnOverride[];
}

/** The file checked (encoded, see below), or a bug of ours, which must surface. */
export type CheckResponse =
  { id: number; ok: true; result: string } | { id: number; ok: false; error: string };

/**
 * A checked file as JSON with its dates tagged. Structured cloning would do, but it builds the
 * objects in the receiving thread's main realm, and under jest the code that reads them lives
 * in a realm of its own, where `instanceof Date` is then false. JSON built and parsed by our
 * own code gives objects of whatever realm that code runs in. It costs about a millisecond for
 * a 300-row roadmap.
 */
export function encodeChecked(file: CheckedFile): string {
  return JSON.stringify(file, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    if (!(original instanceof Date)) return value;
    const time = original.getTime();
    return { $date: Number.isNaN(time) ? "invalid" : time };
  });
}

export function decodeChecked(text: string): CheckedFile {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value === null || typeof value !== "object" || !("$date" in value)) return value;
    const time = (value as { $date: number | "invalid" }).$date;
    return new Date(time === "invalid" ? NaN : time);
  }) as CheckedFile;
}
