/**
 * A relationships part (.rels): new, or an existing one with relationships added and removed,
 * every other relationship left exactly as written.
 */
import { attributes } from "./package-view";
import { escapeAttr, matchesOf, XML_DECLARATION } from "./xml";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  officeDocument: `${R}/officeDocument`,
  worksheet: `${R}/worksheet`,
  sharedStrings: `${R}/sharedStrings`,
  styles: `${R}/styles`,
  calcChain: `${R}/calcChain`,
  extendedProperties: `${R}/extended-properties`,
  customProperties: `${R}/custom-properties`,
  coreProperties:
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
} as const;

const HEAD = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

interface NewRel {
  id: string;
  type: string;
  target: string;
}

export class RelsPart {
  private readonly ids = new Set<string>();
  private readonly added: NewRel[] = [];
  private readonly removed = new Set<string>();
  private next = 1;

  private constructor(private readonly xml: string | null) {
    if (xml === null) return;
    for (const m of matchesOf(xml, /<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
      const id = attributes(m[0]).Id;
      if (id) this.ids.add(id);
    }
  }

  static create(): RelsPart {
    return new RelsPart(null);
  }

  static parse(xml: string): RelsPart {
    return new RelsPart(xml);
  }

  /** Adds a relationship with a fresh id ("rId7"), or the id asked for if it is free. */
  add(type: string, target: string, wanted?: string): string {
    let id = wanted && !this.ids.has(wanted) ? wanted : "";
    while (id === "") {
      const next = `rId${this.next++}`;
      if (!this.ids.has(next)) id = next;
    }
    this.ids.add(id);
    this.added.push({ id, type, target });
    return id;
  }

  remove(id: string): void {
    const i = this.added.findIndex((r) => r.id === id);
    if (i >= 0) this.added.splice(i, 1);
    else this.removed.add(id);
  }

  get changed(): boolean {
    return this.added.length > 0 || this.removed.size > 0;
  }

  toXml(): string {
    const added = this.added.map(
      (r) =>
        `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`,
    );
    if (this.xml === null) return `${XML_DECLARATION}${HEAD}${added.join("")}</Relationships>`;
    const prefix = /<([\w.-]+:)?Relationships\b/.exec(this.xml)?.[1] ?? "";
    const kept = this.xml.replace(
      /<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?Relationship>)/g,
      (el) => (this.removed.has(attributes(el).Id ?? "") ? "" : el),
    );
    const end = kept.lastIndexOf(`</${prefix}Relationships>`);
    const own = added.map((a) =>
      prefix ? a.replace("<Relationship", `<${prefix}Relationship`) : a,
    );
    return kept.slice(0, end) + own.join("") + kept.slice(end);
  }
}
