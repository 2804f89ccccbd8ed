/**
 * An existing package (last month's regional file, the user's workbook) as the writer needs to
 * see it: its zip entries with everything needed to copy them untouched, a part's text on
 * demand, relationships and content types. Nothing is inflated unless asked for: a rebuild of a
 * 200,000-activity regional file never opens the old sheets it replaces.
 *
 * It stands on the reader's zip layer (../zip.ts, ../parts.ts): one zip directory (ZIP64 and
 * backslashed names included) and one inflating with one byte budget. Our own regional file is
 * opened with REGIONAL_LIMITS — the municipal row and size caps never apply to it.
 */
import { decodeUtf8 } from "../../text-codec";
import { FileReadError } from "../../file-error";
import { type InflateRaw, webInflateRaw } from "../../inflate-web";
import { REGIONAL_LIMITS, type ReadLimits } from "../limits";
import { PackageParts } from "../parts";
import { ZipArchive, type ZipEntry } from "../zip";
import type { StoredEntry } from "./zip";
import { matchesOf, unescapeXml } from "./xml";

/** Why an existing package cannot be opened for writing into. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

export interface PackageEntry extends StoredEntry {
  flags: number;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The package part the target names (resolved against the source part); "" if external. */
  part: string;
}

/** The zip layer's error in the words a writer's caller shows (its technical detail aside). */
function packageTrouble(err: unknown, part?: string): unknown {
  if (!(err instanceof FileReadError)) return err;
  const where = part === undefined ? "" : ` (часть ${part})`;
  if (err.code === "too-large") {
    return new PackageError(`архив распаковывается больше чем в ${err.limit ?? "?"} МБ${where}`);
  }
  // The zip directory is the first thing read: without it nothing is a package.
  if (err.detail?.includes("end-of-central-directory")) {
    return new PackageError("нет оглавления архива: файл обрезан или это не архив");
  }
  return new PackageError(`архив повреждён или обрезан${where}`);
}

/** Attributes of one start tag, entities resolved; names keep their prefix ("r:id"). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

/** The .rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → root. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part, as a package part name. */
export function resolvePart(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** Parses a .rels part. */
export function parseRelationships(xml: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of matchesOf(xml, /<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const external = a.TargetMode === "External";
    out.push({
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: a.Target ?? "",
      external,
      part: external ? "" : resolvePart(source, a.Target ?? ""),
    });
  }
  return out;
}

export class PackageView {
  readonly entries: PackageEntry[];
  private readonly stored = new Map<ZipEntry, PackageEntry>();
  private readonly texts = new Map<string, string>();

  private constructor(
    private readonly zip: ZipArchive,
    private readonly parts: PackageParts,
  ) {
    this.entries = zip.entries.map((e) => {
      const entry: PackageEntry = {
        name: e.name,
        flags: e.flags,
        method: e.method,
        time: e.time,
        date: e.date,
        crc: e.crc,
        compressedSize: e.compressedSize,
        size: e.declaredSize,
        data: zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
      };
      this.stored.set(e, entry);
      return entry;
    });
  }

  /**
   * `limits`: what the parts read may inflate to, all together — REGIONAL_LIMITS (our own
   * regional file) unless the caller opens a municipal file.
   */
  static open(
    bytes: Uint8Array,
    inflate: InflateRaw = webInflateRaw,
    limits: ReadLimits = REGIONAL_LIMITS,
  ): PackageView {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new PackageError("это не книга Excel .xlsx (не архив)");
    }
    let zip: ZipArchive;
    try {
      zip = new ZipArchive(bytes);
    } catch (err) {
      throw packageTrouble(err);
    }
    if (zip.entries.some((e) => e.flags & 1)) throw new PackageError("части архива зашифрованы");
    return new PackageView(zip, new PackageParts(zip, limits, inflate));
  }

  /** The entry a part name means: as spelled, else in any case (OPC names ignore case). */
  entry(part: string): PackageEntry | undefined {
    const found = this.zip.find(part);
    return found === null ? undefined : this.stored.get(found);
  }

  has(part: string): boolean {
    return this.zip.find(part) !== null;
  }

  /** A part's bytes, inflated; null if there is no such part. */
  async bytes(part: string): Promise<Uint8Array | null> {
    try {
      return await this.parts.read(part);
    } catch (err) {
      throw packageTrouble(err, this.entry(part)?.name ?? part);
    }
  }

  /** A part's text (UTF-8), cached; null if there is no such part. */
  async text(part: string): Promise<string | null> {
    const key = part.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const b = await this.bytes(part);
    if (b === null) return null;
    const s = decodeUtf8(b);
    this.texts.set(key, s);
    return s;
  }

  /** The relationships of a part ("" for the package's own); empty if it has none. */
  async relationships(part: string): Promise<Relationship[]> {
    const xml = await this.text(relsPartOf(part));
    return xml === null ? [] : parseRelationships(xml, part);
  }

  /** The workbook part, as the package's root relationship names it. */
  async workbookPart(): Promise<string> {
    const root = await this.relationships("");
    const main = root.find((r) => r.type.endsWith("/officeDocument") && !r.external);
    if (!main || !this.has(main.part)) {
      throw new PackageError("в архиве нет книги Excel (xl/workbook.xml)");
    }
    return this.entry(main.part)!.name;
  }
}
