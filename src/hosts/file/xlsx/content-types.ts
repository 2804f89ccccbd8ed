/**
 * [Content_Types].xml: the kind of every part. Used to find the workbook part when a package's
 * root relationships do not name it, and to tell .xlsb (a binary workbook part) apart — by the
 * kind of the workbook part itself: writers declare a default for ".bin" in any package.
 */
import { END, OPEN, type XmlScanner } from "./xml-scanner";

export interface ContentTypes {
  /** Part name (no leading slash, lower case) → content type (lower case). */
  overrides: Map<string, string>;
  /** File extension (lower case, no dot) → content type of parts not overridden. */
  defaults: Map<string, string>;
}

export function readContentTypes(sc: XmlScanner): ContentTypes {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t !== OPEN) continue;
    const type = sc.attr("ContentType")?.trim().toLowerCase();
    if (type === undefined) continue;
    if (sc.name === "Override") {
      const part = sc.attr("PartName");
      if (part !== null) overrides.set(part.replace(/^\/+/, "").toLowerCase(), type);
    } else if (sc.name === "Default") {
      const ext = sc.attr("Extension");
      if (ext !== null) defaults.set(ext.toLowerCase(), type);
    }
  }
  return { overrides, defaults };
}

/** The content type of a part: its override, or the default of its extension. */
export function contentTypeOf(types: ContentTypes, part: string): string | null {
  const name = part.replace(/^\/+/, "").toLowerCase();
  const own = types.overrides.get(name);
  if (own !== undefined) return own;
  const dot = name.lastIndexOf(".");
  return dot < 0 ? null : (types.defaults.get(name.slice(dot + 1)) ?? null);
}

const WORKBOOK_TYPES = [
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroenabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  "application/vnd.ms-excel.template.macroenabled.main+xml",
];
export const XLSB_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.binary.macroenabled.main";

/** The part holding the workbook by its declared kind, or null. */
export function workbookPartByType(types: ContentTypes): string | null {
  for (const [part, type] of types.overrides) if (WORKBOOK_TYPES.includes(type)) return part;
  return null;
}
