/**
 * [Content_Types].xml: the kind of every part. Used to find the workbook part when a package's
 * root relationships do not name it, and to tell .xlsb (a binary workbook part) apart.
 */
import { END, OPEN, type XmlScanner } from "./xml-scanner";

export interface ContentTypes {
  /** Part name (no leading slash, lower case) → content type. */
  overrides: Map<string, string>;
}

export function readContentTypes(sc: XmlScanner): ContentTypes {
  const overrides = new Map<string, string>();
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t !== OPEN || sc.name !== "Override") continue;
    const part = sc.attr("PartName");
    const type = sc.attr("ContentType");
    if (part !== null && type !== null) {
      overrides.set(part.replace(/^\/+/, "").toLowerCase(), type.trim().toLowerCase());
    }
  }
  return { overrides };
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

export function isXlsbPackage(types: ContentTypes): boolean {
  for (const type of types.overrides.values()) if (type === XLSB_WORKBOOK_TYPE) return true;
  return false;
}
