/**
 * [Content_Types].xml: the type of every part. A new package gets its own; an existing one is
 * patched — overrides of parts we add or drop, nothing else.
 */
import { attributes } from "./package-view";
import { escapeAttr, matchesOf, XML_DECLARATION } from "./xml";

export const CONTENT_TYPE = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

const HEAD = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">';

export class ContentTypes {
  /** Lower-cased "/part" → the part name as written and its type. */
  private readonly added = new Map<string, { name: string; type: string }>();
  private readonly removed = new Set<string>();
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();

  private constructor(private readonly xml: string | null) {
    if (xml === null) return;
    for (const m of matchesOf(xml, /<(?:[\w.-]+:)?(Override|Default)\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (m[1] === "Override" && a.PartName) {
        this.overrides.set(a.PartName.toLowerCase(), a.ContentType ?? "");
      } else if (m[1] === "Default" && a.Extension) {
        this.defaults.set(a.Extension.toLowerCase(), a.ContentType ?? "");
      }
    }
  }

  static create(): ContentTypes {
    return new ContentTypes(null);
  }

  static parse(xml: string): ContentTypes {
    return new ContentTypes(xml);
  }

  /** The type of a part ("xl/workbook.xml"). */
  typeOf(part: string): string | undefined {
    const key = `/${part}`.toLowerCase();
    if (this.removed.has(key)) return undefined;
    const own = this.added.get(key)?.type ?? this.overrides.get(key);
    if (own !== undefined) return own;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return this.defaults.get(ext);
  }

  set(part: string, type: string): void {
    const key = `/${part}`.toLowerCase();
    this.removed.delete(key);
    if (this.overrides.get(key) === type) return;
    if (this.overrides.has(key)) this.removed.add(key);
    this.added.set(key, { name: `/${part}`, type });
  }

  remove(part: string): void {
    const key = `/${part}`.toLowerCase();
    this.added.delete(key);
    if (this.overrides.has(key)) this.removed.add(key);
  }

  get changed(): boolean {
    return this.added.size > 0 || this.removed.size > 0;
  }

  toXml(): string {
    const added = [...this.added.values()].map(
      ({ name, type }) =>
        `<Override PartName="${escapeAttr(name)}" ContentType="${escapeAttr(type)}"/>`,
    );
    if (this.xml === null) {
      return (
        XML_DECLARATION +
        HEAD +
        `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/>` +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        added.join("") +
        "</Types>"
      );
    }
    const prefix = /<([\w.-]+:)?Types\b/.exec(this.xml)?.[1] ?? "";
    let xml = this.xml.replace(
      /<(?:[\w.-]+:)?Override\b[^>]*>(?:\s*<\/(?:[\w.-]+:)?Override>)?/g,
      (el) => {
        const name = attributes(el).PartName?.toLowerCase();
        return name !== undefined && this.removed.has(name) ? "" : el;
      },
    );
    const end = xml.lastIndexOf(`</${prefix}Types>`);
    const own = added.map((a) => (prefix ? a.replace("<Override", `<${prefix}Override`) : a));
    xml = xml.slice(0, end) + own.join("") + xml.slice(end);
    return xml;
  }
}
