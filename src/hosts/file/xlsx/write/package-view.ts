/**
 * An existing package (last month's regional file, the user's workbook) as the writer needs to
 * see it: its zip entries with everything needed to copy them untouched, a part's text on
 * demand, relationships and content types. Nothing is inflated unless asked for: a rebuild of a
 * 200,000-activity regional file never opens the old sheets it replaces.
 *
 * Kept in one module so that it can later be unified with the reader's own package view.
 */
import { type InflateRaw, webInflateRaw } from "../../inflate-web";
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

/** Parts are inflated with this cap: a regional file's biggest part is far below it. */
const MAX_PART_BYTES = 1024 * 1024 * 1024;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

const utf8 = new TextDecoder();
/** Latin-1 decodes names that do not claim UTF-8 one byte per character, as old zips mean. */
const latin1 = new TextDecoder("latin1");

function readEntries(b: Uint8Array): PackageEntry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new PackageError("это не архив .xlsx (нет оглавления архива)");
  const count = u16(b, eocd + 10);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new PackageError("архив формата ZIP64 (больше 4 ГБ) не поддерживается");
  }
  const entries: PackageEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) {
      throw new PackageError("оглавление архива повреждено");
    }
    const flags = u16(b, p + 8);
    const nameLen = u16(b, p + 28);
    const rawName = b.subarray(p + 46, p + 46 + nameLen);
    const local = u32(b, p + 42);
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) {
      throw new PackageError("архив обрезан");
    }
    if (flags & 1) throw new PackageError("части архива зашифрованы");
    const dataOffset = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    const compressedSize = u32(b, p + 20);
    if (dataOffset + compressedSize > b.length) throw new PackageError("архив обрезан");
    entries.push({
      name: (flags & 0x0800 ? utf8 : latin1).decode(rawName),
      flags,
      method: u16(b, p + 10),
      time: u16(b, p + 12),
      date: u16(b, p + 14),
      crc: u32(b, p + 16),
      compressedSize,
      size: u32(b, p + 24),
      data: b.subarray(dataOffset, dataOffset + compressedSize),
    });
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return entries;
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
  private readonly byName = new Map<string, PackageEntry>();
  private readonly texts = new Map<string, string>();

  private constructor(
    readonly entries: PackageEntry[],
    private readonly inflate: InflateRaw,
  ) {
    // Part names are case-insensitive in a package (OPC); zip names are not.
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  static open(bytes: Uint8Array, inflate: InflateRaw = webInflateRaw): PackageView {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new PackageError("это не книга Excel .xlsx (не архив)");
    }
    return new PackageView(readEntries(bytes), inflate);
  }

  entry(part: string): PackageEntry | undefined {
    return this.byName.get(part.toLowerCase());
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }

  /** A part's bytes, inflated; null if there is no such part. */
  async bytes(part: string): Promise<Uint8Array | null> {
    const e = this.entry(part);
    if (!e) return null;
    if (e.method === 0) return e.data;
    if (e.method !== 8) throw new PackageError(`часть ${e.name} сжата неизвестным способом`);
    let out: Uint8Array | null;
    try {
      out = await this.inflate(e.data, MAX_PART_BYTES);
    } catch (err) {
      throw new PackageError(
        `часть ${e.name} не распаковывается (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    if (out === null) throw new PackageError(`часть ${e.name} больше 1 ГБ`);
    return out;
  }

  /** A part's text (UTF-8), cached; null if there is no such part. */
  async text(part: string): Promise<string | null> {
    const key = part.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const b = await this.bytes(part);
    if (b === null) return null;
    const s = utf8.decode(b);
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
