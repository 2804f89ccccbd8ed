/**
 * Text of XML as the XML standard says a reader sees it: entity and character references
 * decoded, line ends normalised to "\n" (§2.11), attribute whitespace to spaces (§3.3.3); and
 * SpreadsheetML's own escape of characters XML cannot hold, `_xHHHH_` (ECMA-376 §22.9.2.19).
 */

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  let out = "";
  let last = 0;
  for (let i = s.indexOf("&"); i >= 0; i = s.indexOf("&", i + 1)) {
    const end = s.indexOf(";", i + 1);
    if (end < 0 || end - i > 12) continue; // a bare "&": kept as written, as lenient readers do
    const name = s.slice(i + 1, end);
    let ch: string | undefined;
    if (name.charCodeAt(0) === 0x23 /* # */) {
      const hex = name.charCodeAt(1) === 0x78 || name.charCodeAt(1) === 0x58;
      const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) ch = String.fromCodePoint(code);
    } else ch = NAMED[name];
    if (ch === undefined) continue; // an unknown entity (only a DTD could define one): kept
    out += s.slice(last, i) + ch;
    last = end + 1;
    i = end;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Character data between tags. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s.indexOf("&") >= 0 ? decodeEntities(s) : s;
}

function hasLiteralWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/** An attribute value: literal whitespace characters become spaces before references apply. */
export function decodeAttribute(raw: string): string {
  let s = raw;
  if (hasLiteralWhitespace(s)) s = s.replace(/\r\n|[\t\n\r]/g, " ");
  return s.indexOf("&") >= 0 ? decodeEntities(s) : s;
}

/** `_x000D_` → "\r": how Excel stores characters XML 1.0 cannot (and `_x005F_` a literal "_"). */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
