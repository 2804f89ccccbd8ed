/**
 * SpreadsheetML packages written by hand for the reader's tests: each part as some writer
 * would put it, so that a test names exactly the XML it is about.
 */
import { nodeInflateRaw } from "../../../../src/hosts/file/inflate-node";
import { readWorkbookGrids } from "../../../../src/hosts/file/read";
import type { ReadLimits } from "../../../../src/hosts/file/xlsx/limits";
import { zipParts, type ZipPart } from "../../../support/zip";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

const enc = new TextEncoder();

export function part(name: string, xml: string): ZipPart {
  return { name, data: enc.encode(xml) };
}

export function rels(list: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
    list
      .map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`)
      .join("") +
    `</Relationships>`
  );
}

export const CONTENT_TYPES = part(
  "[Content_Types].xml",
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
);

export function sheetXml(body: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${body}</sheetData>${after}</worksheet>`;
}

export interface SimpleBook {
  /** Sheet name → its worksheet XML (sheetXml()), in order. */
  sheets: [string, string][];
  sharedStrings?: string[];
  /** styles.xml in full. */
  styles?: string;
  workbookExtra?: string;
  hidden?: Record<string, "hidden" | "veryHidden">;
}

/** A workbook as Excel lays it out: xl/workbook.xml, xl/worksheets/sheetN.xml, rId1… */
export function simpleBook(book: SimpleBook): Uint8Array {
  const sheetTags = book.sheets
    .map(([name], i) => {
      const state = book.hidden?.[name];
      return `<sheet name="${name}" sheetId="${i + 1}"${state ? ` state="${state}"` : ""} r:id="rId${i + 1}"/>`;
    })
    .join("");
  const wbRels = book.sheets.map((_, i) => ({
    id: `rId${i + 1}`,
    type: "worksheet",
    target: `worksheets/sheet${i + 1}.xml`,
  }));
  const parts: ZipPart[] = [
    CONTENT_TYPES,
    part("_rels/.rels", rels([{ id: "rId1", type: "officeDocument", target: "xl/workbook.xml" }])),
    part(
      "xl/workbook.xml",
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.workbookExtra ?? ""}<sheets>${sheetTags}</sheets></workbook>`,
    ),
    ...book.sheets.map(([, xml], i) => part(`xl/worksheets/sheet${i + 1}.xml`, xml)),
  ];
  if (book.sharedStrings) {
    wbRels.push({ id: "rIdS", type: "sharedStrings", target: "sharedStrings.xml" });
    parts.push(
      part(
        "xl/sharedStrings.xml",
        `<?xml version="1.0"?><sst xmlns="${MAIN}">${book.sharedStrings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`,
      ),
    );
  }
  if (book.styles) {
    wbRels.push({ id: "rIdY", type: "styles", target: "styles.xml" });
    parts.push(part("xl/styles.xml", book.styles));
  }
  parts.push(part("xl/_rels/workbook.xml.rels", rels(wbRels)));
  return zipParts(parts);
}

export function read(bytes: Uint8Array, limits?: ReadLimits) {
  return readWorkbookGrids(bytes, { inflate: nodeInflateRaw, limits });
}
