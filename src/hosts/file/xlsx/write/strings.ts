/**
 * How our text cells hold their text. A regional workbook uses a shared-string table, as Excel
 * does (ExcelJS reads "_x0041_"-like escapes only there); a sheet added to a user's workbook
 * (the checked copy's findings) uses inline strings, so the user's own table stays untouched.
 * Either way text is only ever a string cell: we never write a formula.
 */
import { decodeUtf8, encodeUtf8 } from "../../text-codec";
import { textElement } from "./xml";

/** The end of a string cell after `<c r=".." s=".."`: its type, its text, the closing tag. */
export interface StringCells {
  cell(text: string): string;
}

export const inlineStrings: StringCells = {
  cell: (text) => ` t="inlineStr"><is>${textElement(text)}</is></c>`,
};

const SST_HEAD =
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" uniqueCount="{unique}">';

/** The entries of a shared-string table we are not writing anew, by index. */
export interface KeptStrings {
  /** Entries in the old table. */
  count: number;
  /** Old entries still referenced by sheets we keep: index → the entry's bytes as stored. */
  kept: Map<number, Uint8Array>;
}

export class SharedStrings implements StringCells {
  private readonly indexOf = new Map<string, number>();
  /** Our texts by index (holes where an old entry stays). */
  private readonly texts: (string | undefined)[] = [];
  private readonly holes: number[];
  private next: number;
  private refs = 0;

  /** A new table, or one whose unreferenced old entries are reused for our texts. */
  constructor(private readonly old: KeptStrings = { count: 0, kept: new Map() }) {
    this.holes = [];
    for (let i = old.count - 1; i >= 0; i--) if (!old.kept.has(i)) this.holes.push(i);
    this.next = old.count;
  }

  cell(text: string): string {
    return ` t="s"><v>${this.index(text)}</v></c>`;
  }

  index(text: string): number {
    this.refs += 1;
    let i = this.indexOf.get(text);
    if (i === undefined) {
      i = this.holes.length > 0 ? this.holes.pop()! : this.next++;
      this.indexOf.set(text, i);
      this.texts[i] = text;
    }
    return i;
  }

  /** Whether the table has any entry at all (a workbook without text needs none). */
  get empty(): boolean {
    return this.next === 0;
  }

  /** The sharedStrings.xml part, as chunks: old entries copied as bytes, ours as text. */
  *part(): Generator<string | Uint8Array> {
    const kept = this.old.kept;
    // Free slots at the end are left out: no sheet refers to them.
    let unique = this.next;
    while (unique > 0 && this.texts[unique - 1] === undefined && !kept.has(unique - 1)) unique--;
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    yield SST_HEAD.replace("{count}", String(this.refs + kept.size)).replace(
      "{unique}",
      String(unique),
    );
    let batch = "";
    for (let i = 0; i < unique; i++) {
      const own = this.texts[i];
      if (own !== undefined) batch += `<si>${textElement(own)}</si>`;
      else {
        const old = kept.get(i);
        if (old) {
          if (batch) yield batch;
          batch = "";
          yield old;
        } else batch += "<si><t/></si>";
      }
      if (batch.length > 65536) {
        yield batch;
        batch = "";
      }
    }
    yield `${batch}</sst>`;
  }
}

/**
 * Indices of the shared strings a worksheet's cells use (`t="s"` cells), so that a rebuild
 * keeps exactly the entries the user's own sheets still need.
 */
export function sharedStringRefs(sheetXml: string, into: Set<number>): void {
  const prefix = /<([\w.-]+:)?worksheet\b/.exec(sheetXml)?.[1] ?? "";
  const cellTag = new RegExp(`<${prefix.replace(".", "\\.")}c\\b[^>]*>`, "g");
  const valueOpen = `<${prefix}v>`;
  const cellClose = `</${prefix}c>`;
  for (let m = cellTag.exec(sheetXml); m; m = cellTag.exec(sheetXml)) {
    const tag = m[0];
    if (tag.endsWith("/>") || !/\bt\s*=\s*["']s["']/.test(tag)) continue;
    const from = m.index + tag.length;
    const v = sheetXml.indexOf(valueOpen, from);
    const close = sheetXml.indexOf(cellClose, from);
    if (v < 0 || (close >= 0 && close < v)) continue;
    const n = parseInt(sheetXml.slice(v + valueOpen.length, v + valueOpen.length + 12), 10);
    if (Number.isFinite(n)) into.add(n);
  }
}

/**
 * The entries of an old sharedStrings.xml, as byte ranges (never decoded: a 200,000-activity
 * table is copied, not parsed), keeping those in `wanted`.
 */
export function keptEntries(sst: Uint8Array, wanted: Set<number>): KeptStrings {
  const head = decodeUtf8(sst.subarray(0, Math.min(sst.length, 512)));
  const prefix = /<([\w.-]+:)?sst\b/.exec(head)?.[1] ?? "";
  const open = bytesOf(`<${prefix}si`);
  const close = bytesOf(`</${prefix}si>`);
  const kept = new Map<number, Uint8Array>();
  let count = 0;
  let at = find(sst, open, 0);
  while (at >= 0) {
    const after = sst[at + open.length];
    // "<si>", "<si " or "<si/>", not "<sid…".
    if (after !== 0x3e && after !== 0x20 && after !== 0x2f && after !== 0x0a && after !== 0x0d) {
      at = find(sst, open, at + 1);
      continue;
    }
    const tagEnd = sst.indexOf(0x3e, at);
    let end: number;
    if (sst[tagEnd - 1] === 0x2f) end = tagEnd + 1;
    else {
      const c = find(sst, close, tagEnd);
      if (c < 0) break;
      end = c + close.length;
    }
    if (wanted.has(count)) kept.set(count, withoutPrefix(sst.subarray(at, end), prefix));
    count += 1;
    at = find(sst, open, end);
  }
  return { count, kept };
}

/** An entry written into our unprefixed table must lose its old namespace prefix. */
function withoutPrefix(entry: Uint8Array, prefix: string): Uint8Array {
  if (!prefix) return entry;
  const text = decodeUtf8(entry);
  return bytesOf(text.split(`<${prefix}`).join("<").split(`</${prefix}`).join("</"));
}

function bytesOf(s: string): Uint8Array {
  return encodeUtf8(s);
}

function find(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  for (let i = hay.indexOf(first, from); i >= 0; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
