/**
 * docProps: core.xml (title, dates), app.xml (the program, the sheet names) and custom.xml,
 * where we mark a regional workbook as ours — so that a later run never consolidates it as a
 * municipality, and a rebuild knows which sheets it made.
 */
import { attributes, type PackageView } from "./package-view";
import { escapeAttr, escapeText, matchesOf, unescapeXml, XML_DECLARATION } from "./xml";

/** The custom property that marks our workbooks, and its value for a regional workbook. */
export const MARK_PROPERTY = "RoadmapInspector";
export const REGIONAL_MARK = "regional-workbook";
/** The mark of a checked copy: the user's workbook with our findings sheet in it. */
export const CHECKED_MARK = "checked-copy";
/** The custom property listing the sheets we wrote, "/"-separated (no sheet name holds "/"). */
export const SHEETS_PROPERTY = "RoadmapInspectorSheets";

const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const CUSTOM_NS =
  'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';

export interface CoreProps {
  title?: string;
  subject?: string;
  creator?: string;
  /** ISO date-time; absent in tests that compare output. */
  created?: Date;
}

export function coreXml(p: CoreProps): string {
  const when = p.created ? p.created.toISOString().replace(/\.\d{3}Z$/, "Z") : null;
  const el = (name: string, v: string | undefined) =>
    v === undefined ? "" : `<${name}>${escapeText(v)}</${name}>`;
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el("dc:title", p.title) +
    el("dc:subject", p.subject) +
    el("dc:creator", p.creator) +
    el("cp:lastModifiedBy", p.creator) +
    (when
      ? `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`
      : "") +
    "</cp:coreProperties>"
  );
}

export function appXml(sheetNames: string[]): string {
  const titles = sheetNames.map((n) => `<vt:lpstr>${escapeText(n)}</vt:lpstr>`).join("");
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Roadmap Inspector</Application>" +
    '<HeadingPairs><vt:vector size="2" baseType="variant">' +
    `<vt:variant><vt:lpstr>Листы</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant>` +
    "</vt:vector></HeadingPairs>" +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    "</Properties>"
  );
}

/** custom.xml with our text properties set: new, or an existing one patched. */
export function customXml(existing: string | null, props: Record<string, string>): string {
  const own = Object.keys(props);
  let xml = existing ?? `${XML_DECLARATION}<Properties ${CUSTOM_NS}></Properties>`;
  const prefix = /<([\w.-]+:)?Properties\b/.exec(xml)?.[1] ?? "";
  let maxPid = 1;
  xml = xml.replace(
    /<(?:[\w.-]+:)?property\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?property>)/g,
    (el) => {
      const a = attributes(el.slice(0, el.indexOf(">") + 1));
      const pid = Number(a.pid);
      if (Number.isFinite(pid)) maxPid = Math.max(maxPid, pid);
      return own.includes(a.name ?? "") ? "" : el;
    },
  );
  const vt =
    /xmlns:([\w.-]+)\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/docPropsVTypes["']/.exec(
      xml,
    )?.[1];
  if (vt === undefined) {
    xml = xml.replace(
      /<([\w.-]+:)?Properties\b/,
      (m) => `${m} xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"`,
    );
  }
  const v = vt ?? "vt";
  const added = own
    .map(
      (name) =>
        `<${prefix}property fmtid="${FMTID}" pid="${++maxPid}" name="${escapeAttr(name)}">` +
        `<${v}:lpwstr>${escapeText(props[name])}</${v}:lpwstr></${prefix}property>`,
    )
    .join("");
  const selfClosed = new RegExp(`<${prefix.replace(".", "\\.")}Properties\\b([^>]*)/>`);
  if (selfClosed.test(xml)) {
    return xml.replace(
      selfClosed,
      (_m, attrs: string) => `<${prefix}Properties${attrs}>${added}</${prefix}Properties>`,
    );
  }
  const end = xml.lastIndexOf(`</${prefix}Properties>`);
  return xml.slice(0, end) + added + xml.slice(end);
}

/** Text custom properties of a custom.xml, by name. */
export function readCustomProps(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<(?:[\w.-]+:)?property\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?property>/g;
  for (const m of matchesOf(xml, re)) {
    const name = attributes(m[1]).name;
    const value = /<(?:[\w.-]+:)?lpwstr>([\s\S]*?)<\/(?:[\w.-]+:)?lpwstr>/.exec(m[2]);
    if (name && value) out.set(name, unescapeXml(value[1]));
  }
  return out;
}

/** The custom.xml part of a package, as its root relationships name it. */
export async function customPropsPart(view: PackageView): Promise<string | null> {
  const rel = (await view.relationships("")).find(
    (r) => r.type.endsWith("/custom-properties") && !r.external,
  );
  return rel && view.has(rel.part) ? view.entry(rel.part)!.name : null;
}

export interface OurMark {
  kind: string;
  /** The sheets we wrote, in order. */
  sheets: string[];
}

/** Our mark on a package, or null if we did not write it. */
export async function readOurMark(view: PackageView): Promise<OurMark | null> {
  const part = await customPropsPart(view);
  const xml = part === null ? null : await view.text(part);
  if (xml === null) return null;
  const props = readCustomProps(xml);
  const kind = props.get(MARK_PROPERTY);
  if (kind === undefined) return null;
  const sheets = (props.get(SHEETS_PROPERTY) ?? "").split("/").filter((s) => s !== "");
  return { kind, sheets };
}
