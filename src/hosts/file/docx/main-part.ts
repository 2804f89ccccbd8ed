/**
 * Which part of an Office package is its main document, as the package itself says
 * (_rels/.rels, the officeDocument relationship), and so what the package is: a Word document
 * (word/document.xml as a rule) or a workbook (xl/workbook.xml). A package written by another
 * program may put them elsewhere — a workbook at the package's root, for one.
 */
import { parseXml } from "./xml";
import type { ZipPackage } from "./zip";

export type PackageKind = "docx" | "xlsx" | "other";

export interface MainPart {
  kind: PackageKind;
  /** The main part's name in the package ("word/document.xml"), or null when none is found. */
  part: string | null;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The target of the package's officeDocument relationship, or null. */
async function relatedMain(pkg: ZipPackage): Promise<string | null> {
  const rels = await pkg.read("_rels/.rels");
  if (rels === null) return null;
  let target: string | null = null;
  try {
    parseXml(new TextDecoder().decode(rels), {
      open(el) {
        const type = el.attr("Type");
        if (target === null && el.local === "Relationship" && type && OFFICE_DOCUMENT.test(type)) {
          target = el.attr("Target");
        }
      },
      close() {},
      text() {},
    });
  } catch {
    // A broken relationships part says nothing; the parts' names decide instead.
    return null;
  }
  if (target === null) return null;
  return (target as string).replace(/\\/g, "/").replace(/^\/+/, "");
}

function kindOf(part: string): PackageKind {
  const name = part.toLowerCase();
  if (/(^|\/)document\d*\.xml$/.test(name)) return "docx";
  if (/(^|\/)workbook\d*\.xml$/.test(name)) return "xlsx";
  return "other";
}

export async function mainPart(pkg: ZipPackage): Promise<MainPart> {
  const related = await relatedMain(pkg);
  const kind = related !== null && pkg.names.has(related) ? kindOf(related) : "other";
  if (kind !== "other") return { kind, part: related };
  if (pkg.names.has("word/document.xml")) return { kind: "docx", part: "word/document.xml" };
  // Anything else under xl/ (a binary .xlsb among them) is the workbook reader's to judge.
  if ([...pkg.names].some((n) => n.startsWith("xl/"))) return { kind: "xlsx", part: null };
  return { kind: "other", part: null };
}
