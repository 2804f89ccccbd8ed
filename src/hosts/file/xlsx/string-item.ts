/**
 * The text of a string item — a shared string `<si>` or a cell's inline `<is>`: plain `<t>`, or
 * rich text runs `<r><t>…</t></r>` joined (their fonts are not data). Phonetic guides `<rPh>`
 * (furigana over Japanese text) are a reading aid, not part of the text, and are skipped.
 */
import { decodeExcelEscapes } from "./xml-text";
import { CLOSE, END, OPEN, TEXT, type XmlScanner } from "./xml-scanner";

/** Reads from just after the item's start tag to its end tag (`si` or `is`). */
export function readStringItem(sc: XmlScanner): string {
  if (sc.selfClosing) {
    sc.next();
    return "";
  }
  let out = "";
  let inText = false;
  for (;;) {
    const t = sc.next();
    if (t === TEXT) {
      if (inText) out += sc.text();
    } else if (t === OPEN) {
      if (sc.is("t")) inText = true;
      else if (sc.is("rPh") || sc.is("phoneticPr") || sc.is("rPr") || sc.is("extLst")) {
        sc.skipElement();
      }
    } else if (t === CLOSE) {
      if (sc.is("t")) inText = false;
      else if (sc.is("si") || sc.is("is")) break;
    } else if (t === END) break;
  }
  return decodeExcelEscapes(out);
}
