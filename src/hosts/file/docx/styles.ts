/**
 * The list numbering a paragraph style carries (styles.xml): a paragraph in «Нумерованный
 * список» is numbered though it names no list itself. Only what numbering needs is read.
 */
import { parseXml, type XmlInput } from "./xml";

export interface ListRef {
  numId: string;
  ilvl: number;
}

interface StyleNumbering {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

export type ParagraphStyles = Map<string, StyleNumbering>;

export function parseStyles(xml: XmlInput): ParagraphStyles {
  const styles: ParagraphStyles = new Map();
  let current: StyleNumbering | null = null;
  let depth = 0;
  let skipDepth = 0;
  parseXml(xml, {
    open(el) {
      depth++;
      if (skipDepth > 0 || el.ns !== "w") return;
      if (el.local === "style") {
        current = null;
        if (el.attr("type") === "paragraph") {
          current = { basedOn: null, numId: null, ilvl: null };
          styles.set(el.attr("styleId") ?? "", current);
        }
      } else if (el.local === "pPrChange" || el.local === "rPr") {
        skipDepth = depth;
      } else if (current && el.local === "basedOn") current.basedOn = el.attr("val");
      else if (current && el.local === "numId") current.numId = el.attr("val");
      else if (current && el.local === "ilvl") current.ilvl = Number(el.attr("val") ?? 0) || 0;
    },
    close(el) {
      if (skipDepth === depth) skipDepth = 0;
      depth--;
      if (el.ns === "w" && el.local === "style") current = null;
    },
    text() {},
    wantsText: () => false,
  });
  return styles;
}

/** The list a style numbers its paragraphs with, following basedOn; null when none. */
export function styleList(styles: ParagraphStyles, styleId: string): ListRef | null {
  const seen = new Set<string>();
  let numId: string | null = null;
  let ilvl: number | null = null;
  for (let id: string | null = styleId; id !== null && !seen.has(id);) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) break;
    numId ??= style.numId;
    ilvl ??= style.ilvl;
    id = style.basedOn;
  }
  if (numId === null || numId === "0") return null;
  return { numId, ilvl: ilvl ?? 0 };
}
