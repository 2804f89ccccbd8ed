/** sharedStrings.xml: the workbook's table of strings, which cells of type "s" index. */
import { readStringItem } from "./string-item";
import { END, OPEN, type XmlScanner } from "./xml-scanner";

export function readSharedStrings(sc: XmlScanner): string[] {
  const out: string[] = [];
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t === OPEN && sc.is("si")) out.push(readStringItem(sc));
  }
  return out;
}
