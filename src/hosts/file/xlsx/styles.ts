/**
 * styles.xml, only as far as dates go: which cell styles (`<c s="…">`, an index into
 * `cellXfs`) carry a date or time number format. Fonts, fills and borders are not read.
 */
import { isBuiltInDateFormat, isDateFormatCode } from "./number-format";
import { CLOSE, END, OPEN, type XmlScanner } from "./xml-scanner";

/** Per cell style index: whether a number in that style is a date. */
export type DateStyles = boolean[];

export function readDateStyles(sc: XmlScanner): DateStyles {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t === OPEN) {
      const name = sc.name;
      if (name === "numFmt") {
        const id = Number(sc.attr("numFmtId"));
        const code = sc.attr("formatCode");
        if (Number.isInteger(id) && code !== null) custom.set(id, code);
      } else if (name === "cellXfs") {
        inCellXfs = true;
      } else if (name === "xf" && inCellXfs) {
        const id = Number(sc.attr("numFmtId") ?? 0);
        xfFormats.push(Number.isInteger(id) ? id : 0);
        sc.skipElement(); // its alignment and protection children
      } else if (name === "cellStyleXfs" || name === "dxfs" || name === "extLst") {
        // Other lists of xf, and differential formats of conditional formatting: not cell styles.
        sc.skipElement();
      }
    } else if (t === CLOSE && sc.name === "cellXfs") {
      inCellXfs = false;
    }
  }
  return xfFormats.map((id) => {
    // A custom code may redefine a built-in id; Excel and LibreOffice both honour it.
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id);
  });
}
