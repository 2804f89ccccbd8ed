/** Text of a municipal cell made safe for an .xlsx part, whichever writer writes it. */

// Characters XML 1.0 forbids; Excel reports a file holding one as damaged. Matching control
// characters is the point here.
/* eslint-disable no-control-regex */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_CLEANING = /[\r_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

/**
 * Drops characters XML cannot carry and keeps "_x0041_"-like text literal: Excel reads such a
 * run in a string as an escaped character, "_x005F_" (an escaped "_") in front stops that.
 */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(INVALID_XML, "")
    .replace(/\r\n?/g, "\n")
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

const MARKUP = /[&<>"]/;

export function escapeXml(text: string): string {
  const clean = cleanText(text);
  if (!MARKUP.test(clean)) return clean;
  return clean
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
