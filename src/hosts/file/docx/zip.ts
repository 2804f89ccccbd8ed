/**
 * The one door from the Word reader (and the format dispatch) to the zip: the entry list and
 * capped inflating come from the zip guard (zip-guard.ts, inflate-*.ts), and nothing else in
 * docx/ touches them, so a rewritten guard is re-pointed here alone.
 *
 * A part is inflated with a cap of what is left of the byte budget, whatever size the zip
 * declares for it, so a docx zip bomb costs at most the budget. Parts that are not read are
 * never inflated.
 */
import { type FileErrorCode, FileReadError } from "../file-error";
import { type InflateRaw, webInflateRaw } from "../inflate-web";
import { type GuardLimits, DEFAULT_LIMITS, listZipEntries } from "../zip-guard";

export type { GuardLimits } from "../zip-guard";
export { DEFAULT_LIMITS } from "../zip-guard";

type ZipEntry = ReturnType<typeof listZipEntries>[number];

/** Which codes a broken or oversized package is reported with (a workbook's or a document's). */
export interface PackageErrors {
  corrupt: FileErrorCode;
  tooLarge: FileErrorCode;
}

export const DOCUMENT_ERRORS: PackageErrors = {
  corrupt: "corrupt-docx",
  tooLarge: "too-large-docx",
};

export interface ZipPackage {
  /** Names of the package's parts, as stored ("word/document.xml"). */
  readonly names: ReadonlySet<string>;
  /** The inflated bytes of a part, or null when the package has no such part. */
  read(name: string): Promise<Uint8Array | null>;
}

export interface PackageOptions {
  inflate?: InflateRaw;
  limits?: GuardLimits;
  errors?: PackageErrors;
}

function recode(err: unknown, errors: PackageErrors): unknown {
  if (!(err instanceof FileReadError)) return err;
  const { reason, limit, detail } = err;
  if (err.code === "corrupt") return new FileReadError(errors.corrupt, { detail });
  if (err.code === "too-large")
    return new FileReadError(errors.tooLarge, { reason, limit, detail });
  return err;
}

/** Reads the zip's directory; throws FileReadError (with `errors`' codes) when it is broken. */
export function openPackage(bytes: Uint8Array, options: PackageOptions = {}): ZipPackage {
  const errors = options.errors ?? DOCUMENT_ERRORS;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const inflate = options.inflate ?? webInflateRaw;
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch (err) {
    throw recode(err, errors);
  }
  // Some Windows tools write "word\\document.xml": a part's name is the same with either slash.
  const byName = new Map(entries.map((e) => [e.name.replace(/\\/g, "/"), e]));
  let used = 0;
  const tooLarge = () =>
    new FileReadError(errors.tooLarge, {
      reason: "zip-bomb",
      limit: Math.round(limits.maxTotalBytes / 1048576),
    });
  return {
    names: new Set(byName.keys()),
    async read(name) {
      const e = byName.get(name);
      if (!e) return null;
      if (e.method !== 0 && e.method !== 8) {
        throw new FileReadError(errors.corrupt, {
          detail: `zip: ${name}: compression method ${e.method}`,
        });
      }
      const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      const budget = limits.maxTotalBytes - used;
      if (e.method === 0 ? data.length > budget : e.declaredSize > budget) throw tooLarge();
      let out: Uint8Array | null;
      try {
        out = e.method === 0 ? data : await inflate(data, budget);
      } catch (err) {
        throw new FileReadError(errors.corrupt, {
          detail: `zip: ${name}: ${err instanceof Error ? err.message : String(err)}`,
        });
      }
      if (out === null) throw tooLarge();
      used += out.length;
      return out;
    },
  };
}
