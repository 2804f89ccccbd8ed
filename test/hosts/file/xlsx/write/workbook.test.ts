import { PackageError } from "../../../../../src/hosts/file/xlsx/write/package-view";
import { filterDatabaseName, WorkbookXml } from "../../../../../src/hosts/file/xlsx/write/workbook";

const EXISTING =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<bookViews><workbookView firstSheet="1" activeTab="2"/></bookViews><sheets>' +
  '<sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Свод" sheetId="2" r:id="rId2"/>' +
  '<sheet name="B" sheetId="5" state="hidden" r:id="rId3"/></sheets>' +
  "<definedNames><definedName name=\"x\">'A'!$A$1</definedName>" +
  '<definedName name="_xlnm.Print_Area" localSheetId="2">\'B\'!$A$1:$C$3</definedName>' +
  '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">\'Свод\'!$A$1:$B$2</definedName>' +
  '</definedNames><calcPr calcId="1"/></workbook>';

describe("WorkbookXml", () => {
  it("reads the sheets and names", () => {
    const wb = WorkbookXml.parse(EXISTING);
    expect(wb.sheets.map((s) => [s.name, s.sheetId, s.rId, s.state])).toEqual([
      ["A", 1, "rId1", undefined],
      ["Свод", 2, "rId2", undefined],
      ["B", 5, "rId3", "hidden"],
    ]);
    expect(wb.names.map((n) => [n.name, n.scope?.name ?? null])).toEqual([
      ["x", null],
      ["_xlnm.Print_Area", "B"],
      ["_xlnm._FilterDatabase", "Свод"],
    ]);
    expect(wb.nextSheetId()).toBe(6);
  });

  it("writes back exactly what it read when nothing changed", () => {
    expect(WorkbookXml.parse(EXISTING).toXml()).toBe(EXISTING);
  });

  it("moves a sheet's names and the selected tab with it when a sheet before it goes", () => {
    const wb = WorkbookXml.parse(EXISTING);
    wb.sheets = wb.sheets.filter((s) => s.name !== "Свод");
    const xml = wb.toXml();
    expect(xml).toContain(
      '<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="5" state="hidden" r:id="rId3"/></sheets>',
    );
    expect(xml).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="1">\'B\'!$A$1:$C$3</definedName>',
    );
    expect(xml).not.toContain("_FilterDatabase");
    expect(xml).toContain('<workbookView firstSheet="0" activeTab="1"/>');
  });

  it("adds a sheet and its filter record", () => {
    const wb = WorkbookXml.parse(EXISTING);
    const entry = { name: "Д'Артаньян", sheetId: wb.nextSheetId(), rId: "rId9", raw: null };
    wb.sheets.push(entry);
    wb.names.push(filterDatabaseName(entry, { top: 1, left: 1, bottom: 4, right: 3 }));
    const xml = wb.toXml();
    expect(xml).toContain(`<sheet sheetId="6" name="Д'Артаньян" r:id="rId9"/></sheets>`);
    expect(xml).toContain(
      '<definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">\'Д\'\'Артаньян\'!$A$1:$C$4</definedName></definedNames>',
    );
  });

  it("adds definedNames in its place when the workbook has none", () => {
    const wb = WorkbookXml.parse(EXISTING.replace(/<definedNames>.*<\/definedNames>/, ""));
    wb.names.push(filterDatabaseName(wb.sheets[0], { top: 1, left: 1, bottom: 2, right: 2 }));
    expect(wb.toXml()).toMatch(/<\/sheets><definedNames>.*<\/definedNames><calcPr/);
  });

  it("keeps a namespace prefix the workbook uses", () => {
    const prefixed =
      '<x:workbook xmlns:x="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>';
    const wb = WorkbookXml.parse(prefixed);
    wb.sheets.push({ name: "B", sheetId: 2, rId: "rId2", raw: null });
    expect(wb.toXml()).toContain('<x:sheet sheetId="2" name="B" r:id="rId2"/></x:sheets>');
  });

  it("binds the relationships prefix on a new sheet when the workbook binds it on each sheet", () => {
    const local =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>' +
      '<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="A" sheetId="1" r:id="rId1"/>' +
      "</sheets></workbook>";
    const wb = WorkbookXml.parse(local);
    expect(wb.sheets[0].rId).toBe("rId1");
    wb.sheets.push({ name: "B", sheetId: 2, rId: "rId2", raw: null });
    expect(wb.toXml()).toContain(
      '<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" sheetId="2" name="B" r:id="rId2"/>',
    );
  });

  it("knows a locked structure, and refuses Strict Open XML", () => {
    expect(
      WorkbookXml.parse(
        EXISTING.replace("<bookViews>", '<workbookProtection lockStructure="1"/><bookViews>'),
      ).structureLocked,
    ).toBe(true);
    expect(WorkbookXml.parse(EXISTING).structureLocked).toBe(false);
    expect(() =>
      WorkbookXml.parse('<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>'),
    ).toThrow(PackageError);
  });
});
