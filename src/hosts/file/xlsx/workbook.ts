/** workbook.xml: the sheets in the order the user sees them, and the date system. */
import { END, OPEN, type XmlScanner } from "./xml-scanner";

export interface SheetEntry {
  name: string;
  /** Relationship id of the sheet's part (`r:id`, whatever the prefix). */
  relId: string;
  /** Hidden from the tabs: "hidden" (Format → Hide) or "veryHidden" (only VBA shows it). */
  hidden: boolean;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** The 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  date1904: boolean;
}

function isTrue(v: string | null): boolean {
  return v !== null && (v === "1" || v.toLowerCase() === "true");
}

export function readWorkbook(sc: XmlScanner): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t !== OPEN) continue;
    if (sc.name === "sheet") {
      const relId = sc.attr("id");
      if (relId === null) continue;
      const state = sc.attr("state");
      sheets.push({
        name: sc.attr("name") ?? "",
        relId,
        hidden: state === "hidden" || state === "veryHidden",
      });
    } else if (sc.name === "workbookPr") {
      date1904 = isTrue(sc.attr("date1904"));
    } else if (sc.name === "definedNames" || sc.name === "extLst") {
      sc.skipElement();
    }
  }
  return { sheets, date1904 };
}
