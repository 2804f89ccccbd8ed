/**
 * Word documents built by hand for tests: WordprocessingML written out exactly (a gridBefore,
 * a tracked deletion, a vMerge without a value — what the `docx` package would not write),
 * zipped as a minimal .docx.
 */
import { zipParts } from "./zip";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A run of text. */
export const r = (text: string): string =>
  `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** A paragraph of plain text (line breaks in `text` become w:br). */
export function p(text = ""): string {
  const runs = text
    .split("\n")
    .map((line, i) => (i > 0 ? "<w:r><w:br/></w:r>" : "") + (line === "" ? "" : r(line)))
    .join("");
  return `<w:p>${runs}</w:p>`;
}

export interface CellProps {
  span?: number;
  vMerge?: "restart" | "continue" | "bare";
  hMerge?: "restart" | "continue";
}

/** A cell: its text as paragraphs (one per line), or raw inner XML when `xml` is set. */
export function tc(text: string | null, props: CellProps = {}, xml?: string): string {
  const pr: string[] = [];
  if (props.span && props.span > 1) pr.push(`<w:gridSpan w:val="${props.span}"/>`);
  if (props.hMerge) pr.push(`<w:hMerge w:val="${props.hMerge}"/>`);
  if (props.vMerge === "bare") pr.push("<w:vMerge/>");
  else if (props.vMerge) pr.push(`<w:vMerge w:val="${props.vMerge}"/>`);
  const content = xml ?? (text ?? "").split("\n").map(p).join("");
  return `<w:tc>${pr.length ? `<w:tcPr>${pr.join("")}</w:tcPr>` : ""}${content || "<w:p/>"}</w:tc>`;
}

export function tr(
  cells: string[],
  props: { gridBefore?: number; gridAfter?: number; xml?: string } = {},
): string {
  const pr: string[] = [];
  if (props.gridBefore) pr.push(`<w:gridBefore w:val="${props.gridBefore}"/>`);
  if (props.gridAfter) pr.push(`<w:gridAfter w:val="${props.gridAfter}"/>`);
  if (props.xml) pr.push(props.xml);
  return `<w:tr>${pr.length ? `<w:trPr>${pr.join("")}</w:trPr>` : ""}${cells.join("")}</w:tr>`;
}

/** A row of plain cells. */
export const row = (...texts: (string | null)[]): string => tr(texts.map((t) => tc(t)));

export function tbl(rows: string[], widths: number[]): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

export function documentXml(body: string, prefix = "w"): string {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
  return prefix === "w"
    ? xml
    : xml
        .replace(/(<\/?)w:/g, `$1${prefix}:`)
        .replace(/xmlns:w=/, `xmlns:${prefix}=`)
        .replace(/ w:(\w+)=/g, ` ${prefix}:$1=`);
}

const enc = new TextEncoder();

export interface DocxParts {
  numbering?: string;
  styles?: string;
}

/** A minimal .docx holding `body` (and, when given, numbering.xml and styles.xml). */
export function docxBytes(body: string, parts: DocxParts = {}): Uint8Array {
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const files = [
    {
      name: "[Content_Types].xml",
      data: enc.encode(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: enc.encode(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    },
    { name: "word/document.xml", data: enc.encode(documentXml(body)) },
  ];
  if (parts.numbering) {
    files.push({
      name: "word/numbering.xml",
      data: enc.encode(wrapPart("numbering", parts.numbering)),
    });
  }
  if (parts.styles)
    files.push({ name: "word/styles.xml", data: enc.encode(wrapPart("styles", parts.styles)) });
  return zipParts(files);
}

export function wrapPart(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="${W_NS}">${inner}</w:${root}>`;
}

/** numbering.xml content: one abstract list of the given levels, and list instances of it. */
export function decimalList(abstractId: string, levels: string[], numIds: string[]): string {
  const lvls = levels
    .map(
      (text, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/></w:lvl>`,
    )
    .join("");
  const nums = numIds
    .map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/></w:num>`)
    .join("");
  return `<w:abstractNum w:abstractNumId="${abstractId}">${lvls}</w:abstractNum>${nums}`;
}

/** A paragraph of list `numId` at level `ilvl`. */
export function listP(numId: string, text = "", ilvl = 0): string {
  return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${text ? r(text) : ""}</w:p>`;
}
