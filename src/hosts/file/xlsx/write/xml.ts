/**
 * The few XML text rules every part of the writer shares: escaping, the characters XML 1.0
 * cannot carry, Excel's "_x0041_" escapes, and A1-style cell references.
 */

// Characters XML 1.0 forbids; Excel reports a file holding one as damaged. Matching control
// characters is the point here. A surrogate pair is matched whole and kept; what is left of the
// surrogates is a lone half and goes (no lookbehind: EdgeHTML 18 has none).
/* eslint-disable no-control-regex */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
const NEEDS_CLEANING = /[\r_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

/** A whole surrogate pair stays; any other match of INVALID_XML is dropped. */
const keepPairs = (m: string): string => (m.length === 2 ? m : "");

/**
 * Text as a cell must hold it: characters XML cannot carry dropped, line ends as "\n", and
 * "_x0041_"-like runs kept literal — Excel reads such a run in a string as an escaped
 * character; "_x005F_" (an escaped "_") in front of it stops that.
 */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(INVALID_XML, keepPairs)
    .replace(/\r\n?/g, "\n")
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"\n\t]/;

/** Element content: &, < and > escaped. */
export function escapeText(s: string): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * An attribute value in double quotes. Line breaks and tabs as character references, or a
 * parser would normalise them to spaces.
 */
export function escapeAttr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** An attribute value or text as read from a part: entities and character references resolved. */
export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** `<t>` content: xml:space="preserve" when spaces at its ends must survive (Excel trims them). */
export function textElement(s: string): string {
  const preserve =
    s.length > 0 && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1)));
  return preserve ? `<t xml:space="preserve">${escapeText(s)}</t>` : `<t>${escapeText(s)}</t>`;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) {
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  }
  return s;
}

/** "A1" of a 1-based row and column. */
export function cellRef(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

/** "A1:C9", or "A1" for one cell. */
export function rangeRef(top: number, left: number, bottom: number, right: number): string {
  const tl = cellRef(top, left);
  return top === bottom && left === right ? tl : `${tl}:${cellRef(bottom, right)}`;
}

/** An absolute reference for defined names: 'Свод'!$A$1:$P$19. */
export function absoluteRange(
  sheet: string,
  top: number,
  left: number,
  bottom: number,
  right: number,
): string {
  const a = (r: number, c: number) => `$${columnName(c)}$${r}`;
  return `${quoteSheetName(sheet)}!${a(top, left)}:${a(bottom, right)}`;
}

/** A sheet name as formulas need it: always quoted, quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Every match of a global expression, one at a time, as `String.prototype.matchAll` gives them
 * (which EdgeHTML 18 lacks). Lazy, so a loop over a large part may stop early.
 */
export function* matchesOf(text: string, re: RegExp): Generator<RegExpExecArray> {
  if (!re.global) throw new Error(`matchesOf needs a global expression: ${String(re)}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === "") re.lastIndex += 1;
    yield m;
  }
}
