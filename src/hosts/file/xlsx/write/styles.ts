/**
 * styles.xml: the cell formats (xf) and differential formats (dxf) our sheets use. A new
 * workbook gets a small stylesheet of its own; a workbook we write into (a rebuild, a checked
 * copy) keeps its own and gets ours appended only where missing — sheets refer to styles by
 * index, so nothing already there may move. An identical entry is reused, so rebuilding every
 * month does not grow the file.
 */
import { escapeAttr, XML_DECLARATION } from "./xml";

export interface CellStyle {
  /** A number format code ("@", "0", "dd.mm.yyyy"); General when absent. */
  numFmt?: string;
  bold?: boolean;
  /** Points; the workbook's default size otherwise. */
  size?: number;
  /** RRGGBB. */
  fontColor?: string;
  /** RRGGBB: a solid fill. */
  fill?: string;
  wrap?: boolean;
  /** A thin grey line on every side: a table that prints as one without the sheet's grid. */
  border?: boolean;
  vertical?: "top" | "center" | "bottom";
  horizontal?: "left" | "center" | "right";
}

/** A conditional format's look: what it paints over the cell's own format. */
export interface DiffStyle {
  /** RRGGBB. */
  fill?: string;
  /** RRGGBB. */
  fontColor?: string;
  bold?: boolean;
}

/** Number formats Excel knows by id (ECMA-376 §18.8.30); others get ids from 164. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** The order of a stylesheet's sections (CT_Stylesheet): new sections go in their place. */
const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Section = (typeof SECTION_ORDER)[number];
/** Sections whose entries we may append to, and the element name of an entry. */
const LISTS = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  dxfs: "dxf",
} as const;
type ListSection = keyof typeof LISTS;

const NEW_STYLESHEET =
  XML_DECLARATION +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  // Arial 10: every office suite has it or its metric twin (Liberation Sans), so the row
  // heights estimated for it (core/layout) hold wherever the workbook is opened; Calibri
  // becomes a wider font where Carlito is not installed.
  '<fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/>' +
  "</styleSheet>";

interface ListState {
  /** The entries as written, for finding an identical one. */
  entries: string[];
  /** Appended by us; the section is rewritten only when there are some. */
  added: string[];
}

function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, "").toUpperCase()}`;
}

export class StyleSheet {
  private readonly lists = new Map<ListSection, ListState>();
  private readonly prefix: string;
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly xfCache = new Map<string, number>();
  private readonly dxfCache = new Map<string, number>();

  private constructor(private readonly xml: string) {
    this.prefix = /<([\w.-]+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    for (const section of Object.keys(LISTS) as ListSection[]) {
      this.lists.set(section, { entries: this.children(section), added: [] });
    }
    for (const fmt of this.lists.get("numFmts")!.entries) {
      const id = Number(/numFmtId\s*=\s*["'](\d+)/.exec(fmt)?.[1] ?? NaN);
      const code = /formatCode\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(fmt);
      if (!Number.isFinite(id) || !code) continue;
      const decoded = (code[1] ?? code[2]).replace(/&quot;/g, '"').replace(/&amp;/g, "&");
      if (!this.customFormats.has(decoded)) this.customFormats.set(decoded, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
  }

  /** The stylesheet of a new workbook. */
  static create(): StyleSheet {
    return new StyleSheet(NEW_STYLESHEET);
  }

  /** An existing workbook's styles.xml, to append to. */
  static parse(xml: string): StyleSheet {
    if (!/<([\w.-]+:)?styleSheet\b/.test(xml)) throw new Error("styles.xml: no styleSheet");
    return new StyleSheet(xml);
  }

  /**
   * The workbook's default font (the first): its size and family, which row heights are
   * estimated for and a column's character is counted in.
   */
  get defaultFont(): { size: number; name?: string } {
    const base = this.lists.get("fonts")!.entries[0] ?? "";
    const size = Number(/<(?:[\w.-]+:)?sz\b[^>]*?\bval\s*=\s*["']([\d.]+)["']/.exec(base)?.[1]);
    const name = /<(?:[\w.-]+:)?name\b[^>]*?\bval\s*=\s*["']([^"']*)["']/.exec(base)?.[1];
    return { size: Number.isFinite(size) && size > 0 ? size : 11, name };
  }

  /**
   * How a cell of the workbook's own format `xf` (cellXfs index) is drawn, as far as row
   * heights go: whether its text wraps, and its font.
   */
  cellLook(xf: number): { wrap: boolean; font: { size: number; bold?: boolean; name?: string } } {
    const entry = this.lists.get("cellXfs")!.entries[xf] ?? "";
    const wrap = /<(?:[\w.-]+:)?alignment\b[^>]*?\bwrapText\s*=\s*["'](?:1|true)["']/.test(entry);
    const fontId = Number(/\bfontId\s*=\s*["'](\d+)["']/.exec(entry)?.[1] ?? "0");
    const font =
      this.lists.get("fonts")!.entries[fontId] ?? this.lists.get("fonts")!.entries[0] ?? "";
    const size = Number(/<(?:[\w.-]+:)?sz\b[^>]*?\bval\s*=\s*["']([\d.]+)["']/.exec(font)?.[1]);
    const name = /<(?:[\w.-]+:)?name\b[^>]*?\bval\s*=\s*["']([^"']*)["']/.exec(font)?.[1];
    const b = /<(?:[\w.-]+:)?b\b([^>]*)\/?>/.exec(font);
    const bold = b !== null && !/\bval\s*=\s*["'](?:0|false)["']/.test(b[1]);
    return {
      wrap,
      font: { size: Number.isFinite(size) && size > 0 ? size : this.defaultFont.size, bold, name },
    };
  }

  /** Whether anything was appended (the part must then be written anew). */
  get changed(): boolean {
    return [...this.lists.values()].some((l) => l.added.length > 0);
  }

  /** The index of a cell format (cellXfs), appended if the workbook has none like it. */
  xf(style: CellStyle): number {
    const key = JSON.stringify(style);
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const numFmtId = this.numFmt(style.numFmt ?? "General");
    const fontId =
      style.bold || style.fontColor || style.size ? this.intern("fonts", this.font(style)) : 0;
    const fillId = style.fill ? this.intern("fills", solidFill(style.fill, "fg")) : 0;
    const borderId = style.border ? this.intern("borders", THIN_BORDER) : 0;
    const align = alignment(style);
    const styleXf = this.lists.get("cellStyleXfs")!.entries.length > 0 ? ' xfId="0"' : "";
    const applied =
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : "") +
      (fontId !== 0 ? ' applyFont="1"' : "") +
      (fillId !== 0 ? ' applyFill="1"' : "") +
      (borderId !== 0 ? ' applyBorder="1"' : "") +
      (align ? ' applyAlignment="1"' : "");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${styleXf}${applied}`;
    const id = this.intern("cellXfs", align ? `${head}>${align}</xf>` : `${head}/>`);
    this.xfCache.set(key, id);
    return id;
  }

  /** The index of a differential format (dxfs), for conditional formats. */
  dxf(style: DiffStyle): number {
    const key = JSON.stringify(style);
    const cached = this.dxfCache.get(key);
    if (cached !== undefined) return cached;
    const font =
      style.bold || style.fontColor
        ? `<font>${style.bold ? "<b/>" : ""}${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : ""}</font>`
        : "";
    // In a dxf, a solid fill's colour is its background colour (unlike a cell's fill).
    const fill = style.fill ? solidFill(style.fill, "bg") : "";
    const id = this.intern("dxfs", `<dxf>${font}${fill}</dxf>`);
    this.dxfCache.set(key, id);
    return id;
  }

  /** The stylesheet, with whatever was appended. */
  toXml(): string {
    let xml = this.xml;
    for (const section of SECTION_ORDER) {
      if (!(section in LISTS)) continue;
      const list = this.lists.get(section as ListSection)!;
      if (list.added.length === 0) continue;
      xml = this.writeSection(xml, section as ListSection, list);
    }
    return xml;
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    const list = this.lists.get("numFmts")!;
    const entry = `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`;
    list.entries.push(entry);
    list.added.push(entry);
    return id;
  }

  /** The workbook's default font (the first), made bold or coloured. */
  private font(style: CellStyle): string {
    const base = this.lists.get("fonts")!.entries[0] ?? "<font/>";
    const p = this.prefix;
    let inner = /^<[^>]*\/>$/.test(base)
      ? ""
      : base.replace(/^<[^>]*>/, "").replace(/<\/[^>]*>$/, "");
    inner = stripPrefix(inner, p);
    if (style.fontColor) {
      inner = inner.replace(/<color\b[^>]*\/>/g, "") + `<color rgb="${argb(style.fontColor)}"/>`;
    }
    if (style.size) {
      const sz = `<sz val="${style.size}"/>`;
      inner = /<sz\b[^>]*\/>/.test(inner) ? inner.replace(/<sz\b[^>]*\/>/, sz) : sz + inner;
    }
    if (style.bold && !/<b\s*\/>|<b\s+val="(1|true)"/.test(inner)) inner = `<b/>${inner}`;
    return `<font>${inner}</font>`;
  }

  /** Index of an identical entry, or of the entry appended now. */
  private intern(section: ListSection, entry: string): number {
    const list = this.lists.get(section)!;
    const own = withPrefix(entry, this.prefix);
    const found = list.entries.indexOf(own);
    if (found >= 0) return found;
    list.entries.push(own);
    list.added.push(own);
    return list.entries.length - 1;
  }

  /** Top-level entries of a section, as their exact text. */
  private children(section: ListSection): string[] {
    const span = this.sectionSpan(this.xml, section);
    if (!span || span.selfClosing) return [];
    const body = this.xml.slice(span.innerStart, span.innerEnd);
    const name = `(?:${escapeRe(this.prefix)})?${LISTS[section]}`;
    const re = new RegExp(`<${name}\\b[^>]*?\\/>|<${name}\\b[^>]*>[\\s\\S]*?<\\/${name}>`, "g");
    return body.match(re) ?? [];
  }

  private sectionSpan(
    xml: string,
    section: Section,
  ): {
    start: number;
    end: number;
    innerStart: number;
    innerEnd: number;
    selfClosing: boolean;
  } | null {
    const p = escapeRe(this.prefix);
    const open = new RegExp(`<${p}${section}\\b[^>]*?(\\/?)>`).exec(xml);
    if (!open) return null;
    const start = open.index;
    const innerStart = start + open[0].length;
    if (open[1] === "/") {
      return { start, end: innerStart, innerStart, innerEnd: innerStart, selfClosing: true };
    }
    const close = `</${this.prefix}${section}>`;
    const innerEnd = xml.indexOf(close, innerStart);
    if (innerEnd < 0) throw new Error(`styles.xml: ${section} is not closed`);
    return { start, end: innerEnd + close.length, innerStart, innerEnd, selfClosing: false };
  }

  private writeSection(xml: string, section: ListSection, list: ListState): string {
    const p = this.prefix;
    const count = list.entries.length;
    const span = this.sectionSpan(xml, section);
    if (span) {
      const openTag = xml.slice(span.start, span.innerStart);
      const attrs = openTag
        .replace(/^<[\w.:-]+/, "")
        .replace(/\/?>$/, "")
        .replace(/\s*\bcount\s*=\s*("[^"]*"|'[^']*')/, "");
      const inner = span.selfClosing ? "" : xml.slice(span.innerStart, span.innerEnd);
      const rewritten = `<${p}${section}${attrs} count="${count}">${inner}${list.added.join("")}</${p}${section}>`;
      return xml.slice(0, span.start) + rewritten + xml.slice(span.end);
    }
    const element = `<${p}${section} count="${count}">${list.added.join("")}</${p}${section}>`;
    // Before the first section that follows it in the schema, or at the end.
    for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)) {
      const at = this.sectionSpan(xml, later);
      if (at) return xml.slice(0, at.start) + element + xml.slice(at.start);
    }
    const end = xml.lastIndexOf(`</${p}styleSheet>`);
    return xml.slice(0, end) + element + xml.slice(end);
  }
}

const THIN_BORDER =
  "<border>" +
  ["left", "right", "top", "bottom"]
    .map((side) => `<${side} style="thin"><color rgb="FFA6A6A6"/></${side}>`)
    .join("") +
  "<diagonal/></border>";

function solidFill(rgb: string, color: "fg" | "bg"): string {
  return `<fill><patternFill patternType="solid"><${color}Color rgb="${argb(rgb)}"/></patternFill></fill>`;
}

function alignment(style: CellStyle): string {
  const a =
    (style.horizontal ? ` horizontal="${style.horizontal}"` : "") +
    (style.vertical ? ` vertical="${style.vertical}"` : "") +
    (style.wrap ? ' wrapText="1"' : "");
  return a ? `<alignment${a}/>` : "";
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Our fragments in the stylesheet's own namespace prefix (most files have none). */
export function withPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : fragment;
}

function stripPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.split(`<${prefix}`).join("<").split(`</${prefix}`).join("</") : fragment;
}
