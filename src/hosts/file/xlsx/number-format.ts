/**
 * Which number formats show a number as a date or time. A cell stores only a number; its
 * style's number format says whether Excel shows «01.09.2021» or 44440, and only the former
 * is a date to us.
 */

/**
 * Built-in formats (ECMA-376 Part 1 §18.8.30) that are dates or times: 14–22 and 45–47 in every
 * locale, 27–36 and 50–58 in the East Asian ones (era and CJK calendar formats).
 */
export function isBuiltInDateFormat(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

const ELAPSED = /^(h+|m+|s+)$/i;

/**
 * A format code that shows a date or time: a day, month, year, hour or second code outside
 * quoted text, escapes (`\x`), spacing and fill characters (`_x`, `*x`) and bracketed
 * conditions, colours and locales (`[Red]`, `[$-419]`) — but an elapsed-time bracket (`[h]`)
 * is time. `General` is a number.
 */
export function isDateFormatCode(code: string): boolean {
  if (/^general$/i.test(code.trim())) return false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (c === "\\" || c === "_" || c === "*") {
      i++;
    } else if (c === "[") {
      const end = code.indexOf("]", i + 1);
      if (end < 0) return false;
      if (ELAPSED.test(code.slice(i + 1, end))) return true;
      i = end;
    } else if (/[dmyhsb]/i.test(c)) {
      // "b" is the Buddhist year (b, bb, bbbb); "e" is left out: 0.00E+00 is scientific.
      return true;
    }
  }
  return false;
}
