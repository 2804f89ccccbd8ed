import { readWorkbook } from "../../../../src/hosts/file/xlsx/workbook";
import { XmlScanner } from "../../../../src/hosts/file/xlsx/xml-scanner";

describe("readWorkbook", () => {
  it("lists the sheets in order with their relationship ids and hidden states", () => {
    const xml =
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<workbookPr date1904="true"/><bookViews><workbookView/></bookViews><sheets>` +
      `<sheet name="План &amp; отчёт" sheetId="3" rel:id="rId9"/>` +
      `<sheet name="Скрытый" sheetId="1" state="hidden" rel:id="rId1"/>` +
      `<sheet name="Макрос" sheetId="2" state="veryHidden" rel:id="x"/>` +
      `<sheet name="Видимый" sheetId="4" state="visible" rel:id="rId4"/>` +
      `</sheets><definedNames><definedName name="sheet">x</definedName></definedNames></workbook>`;
    expect(readWorkbook(new XmlScanner(xml))).toEqual({
      date1904: true,
      sheets: [
        { name: "План & отчёт", relId: "rId9", hidden: false },
        { name: "Скрытый", relId: "rId1", hidden: true },
        { name: "Макрос", relId: "x", hidden: true },
        { name: "Видимый", relId: "rId4", hidden: false },
      ],
    });
  });

  it("uses the 1900 date system unless told otherwise", () => {
    const xml = `<x:workbook xmlns:x="urn:x"><x:workbookPr date1904="0"/><x:sheets/></x:workbook>`;
    expect(readWorkbook(new XmlScanner(xml))).toEqual({ date1904: false, sheets: [] });
  });
});
