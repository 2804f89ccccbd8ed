/**
 * The parts of a package we read, each inflated once, with one byte budget for them all: a
 * workbook's (read-xlsx.ts) and a Word document's (docx/read-docx.ts) alike.
 *
 * A zip bomb is caught in what we inflate: every part is inflated with a cap of what is left of
 * the budget, whatever size the zip declares for it. Parts we do not need (images, drawings,
 * printer settings, pivot caches, VBA) are never inflated: their sizes, declared or real,
 * cost nothing and cannot exhaust anything, so an archive carrying a bomb in a part no reader
 * opens is read like any other.
 */
import { FileReadError } from "../file-error";
import type { InflateRaw } from "../inflate-web";
import type { ReadLimits } from "./limits";
import { XmlError, type XmlScanner } from "./xml-scanner";
import { scanXml } from "./xml-source";
import type { ZipArchive, ZipEntry } from "./zip";

export class PackageParts {
  private inflated = 0;

  constructor(
    private readonly zip: ZipArchive,
    private readonly limits: ReadLimits,
    private readonly inflate: InflateRaw,
  ) {}

  has(part: string): boolean {
    return this.zip.find(part) !== null;
  }

  /** The part's bytes, or null when the package has no such part. */
  async read(part: string): Promise<Uint8Array | null> {
    const entry = this.zip.find(part);
    if (entry === null) return null;
    const bytes = await this.inflateEntry(entry);
    this.inflated += bytes.length;
    return bytes;
  }

  /**
   * A part parsed with `read` (given the part's scanner), or null when the package has no such
   * part. XML that cannot be tokenised makes the package corrupt; the part and the scanner's
   * words go to the detail.
   */
  async readXml<T>(part: string, read: (sc: XmlScanner) => T): Promise<T | null> {
    const bytes = await this.read(part);
    if (bytes === null) return null;
    try {
      return read(scanXml(bytes));
    } catch (err) {
      if (err instanceof XmlError) {
        throw new FileReadError("corrupt", { detail: `${part}: ${err.message}` });
      }
      throw err;
    }
  }

  private bomb(): FileReadError {
    return new FileReadError("too-large", {
      reason: "zip-bomb",
      limit: Math.round(this.limits.maxTotalBytes / 1048576),
    });
  }

  private async inflateEntry(e: ZipEntry): Promise<Uint8Array> {
    if (e.flags & 1) {
      throw new FileReadError("corrupt", { detail: `zip: ${e.name}: encrypted zip entry` });
    }
    const data = this.zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    const budget = this.limits.maxTotalBytes - this.inflated;
    if (e.method === 0) {
      if (data.length > budget) throw this.bomb();
      return data;
    }
    if (e.method !== 8) {
      throw new FileReadError("corrupt", {
        detail: `zip: ${e.name}: compression method ${e.method}`,
      });
    }
    // An honest declaration past the budget need not be inflated to be refused.
    if (e.declaredSize > budget) throw this.bomb();
    let out: Uint8Array | null;
    try {
      out = await this.inflate(data, budget, e.declaredSize);
    } catch (err) {
      throw new FileReadError("corrupt", {
        detail: `zip: ${e.name}: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
    if (out === null) throw this.bomb();
    return out;
  }
}
