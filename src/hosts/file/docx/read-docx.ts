/**
 * .docx → Grids: every table of a Word document (a table continued after a page break as
 * one), with the paragraphs above it. Browser-safe (no Node APIs): the task pane's file mode
 * uses it as is; the CLI passes Node's zlib as the inflater.
 */
import type { Grid } from "../../../core/grid";
import { FileReadError } from "../file-error";
import type { InflateRaw } from "../inflate-web";
import { readBody } from "./body";
import { mainPart } from "./main-part";
import { documentGrids } from "./document-grids";
import { emptyNumbering, ListCounter, parseNumbering } from "./numbering";
import { type ParagraphStyles, parseStyles } from "./styles";
import { decodeXml, XmlError } from "./xml";
import { DEFAULT_LIMITS, DOCUMENT_ERRORS, type GuardLimits, openPackage } from "./zip";

export const DOCUMENT_PART = "word/document.xml";

export interface DocxReadOptions {
  limits?: GuardLimits;
  inflate?: InflateRaw;
}

function parsed<T>(part: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof XmlError) {
      throw new FileReadError("corrupt-docx", { detail: `${part}: ${err.message}` });
    }
    throw err;
  }
}

export async function readDocxGrids(
  bytes: Uint8Array,
  options: DocxReadOptions = {},
): Promise<Grid[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const pkg = openPackage(bytes, { inflate: options.inflate, limits, errors: DOCUMENT_ERRORS });
  const main = await mainPart(pkg);
  const part = main.kind === "docx" && main.part !== null ? main.part : DOCUMENT_PART;
  const document = await pkg.read(part);
  if (document === null) throw new FileReadError("not-docx", { detail: `no ${DOCUMENT_PART}` });
  // Word keeps the lists and the styles next to the document.
  const folder = part.includes("/") ? part.slice(0, part.lastIndexOf("/") + 1) : "";
  const numberingXml = await pkg.read(`${folder}numbering.xml`);
  const stylesXml = await pkg.read(`${folder}styles.xml`);
  const numbering = numberingXml
    ? parsed(`${folder}numbering.xml`, () => parseNumbering(decodeXml(numberingXml)))
    : emptyNumbering();
  const styles: ParagraphStyles = stylesXml
    ? parsed(`${folder}styles.xml`, () => parseStyles(decodeXml(stylesXml)))
    : new Map();
  const blocks = parsed(part, () =>
    readBody(decodeXml(document), {
      lists: new ListCounter(numbering),
      styles,
      limits: { maxRows: limits.maxRows, maxCells: limits.maxCells },
    }),
  );
  const grids = documentGrids(blocks);
  if (grids.length === 0) throw new FileReadError("no-table");
  return grids;
}
