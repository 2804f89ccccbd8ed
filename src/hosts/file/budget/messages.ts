/** What passes between the main thread and the thread that reads and checks files. */
import type { ColumnOverride } from "../../../core/recognize/overrides";
import type { Settings } from "../../../core/validate/settings";
import type { CheckedFile, CheckFileOptions } from "../check-files";

export interface CheckRequest {
  id: number;
  file: string;
  settings: Settings;
  overrides: ColumnOverride[];
  options?: CheckFileOptions;
}

/** The file checked (with a probe date, see below), or a bug of ours, which must surface. */
export type CheckResponse =
  | { id: number; ok: true; result: CheckedFile; probe: Date }
  | { id: number; ok: false; error: string };

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

/**
 * The checked file as this realm's objects. Structured cloning builds the received objects in
 * the thread's main realm, where the code reading them lives — except under jest, whose test
 * code runs in a realm of its own, where such a date is no `instanceof Date` (and the core asks
 * that). There, and only there (the probe tells), dates are rebuilt in place.
 */
export function receiveChecked(res: { result: CheckedFile; probe: Date }): CheckedFile {
  if (res.probe instanceof Date) return res.result;
  const fix = (v: unknown): unknown => {
    if (isDate(v)) return new Date(v.getTime());
    if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = fix(o[k]);
    }
    return v;
  };
  return fix(res.result) as CheckedFile;
}
