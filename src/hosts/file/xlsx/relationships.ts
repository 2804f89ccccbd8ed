/**
 * Relationship parts (`_rels/*.rels`, OPC): which part a workbook's sheet, shared strings or
 * styles live in. Ids are whatever the writer chose ("rId1", "R5a3f…", "sheet1"); targets are
 * relative to the source part's folder, absolute from the package root ("/xl/…"), or external.
 */
import { END, OPEN, type XmlScanner } from "./xml-scanner";

export interface Relationship {
  id: string;
  /** The type URI's last segment: "worksheet", "officeDocument", "sharedStrings" … */
  type: string;
  /** The target part's name from the package root, without a leading slash. */
  target: string;
  external: boolean;
}

export function readRelationships(sc: XmlScanner, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t !== OPEN || sc.name !== "Relationship") continue;
    const id = sc.attr("Id");
    const type = sc.attr("Type") ?? "";
    const target = sc.attr("Target");
    if (id === null || target === null) continue;
    const external = (sc.attr("TargetMode") ?? "").toLowerCase() === "external";
    out.push({
      id,
      // Transitional and Strict (purl.oclc.org) type URIs share their last segment.
      type: type.slice(type.lastIndexOf("/") + 1),
      target: external ? target : resolvePartName(sourcePart, target),
      external,
    });
  }
  return out;
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of the part that names it ("" for the package root). */
export function resolvePartName(sourcePart: string, target: string): string {
  let t = target.trim().replace(/\\/g, "/");
  try {
    t = decodeURIComponent(t); // part names are URIs: "Лист%201.xml" is "Лист 1.xml"
  } catch {
    // a stray "%" that is no escape: the name as written
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}
