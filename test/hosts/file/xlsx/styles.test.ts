import { readDateStyles } from "../../../../src/hosts/file/xlsx/styles";
import { XmlScanner } from "../../../../src/hosts/file/xlsx/xml-scanner";

describe("readDateStyles", () => {
  it("marks the cell styles whose number format is a date, custom or built in", () => {
    const xml =
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<numFmts count="3"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>` +
      `<numFmt numFmtId="165" formatCode="#,##0.00&quot;р.&quot;"/>` +
      `<numFmt numFmtId="14" formatCode="0.00"/></numFmts>` +
      `<cellStyleXfs count="1"><xf numFmtId="164"/></cellStyleXfs>` +
      `<cellXfs count="6">` +
      `<xf numFmtId="0" fontId="0"/>` +
      `<xf numFmtId="164" applyNumberFormat="1"><alignment wrapText="1"/></xf>` +
      `<xf numFmtId="165"/>` +
      `<xf numFmtId="22"/>` +
      `<xf numFmtId="14"/>` +
      `<xf numFmtId="49"/>` +
      `</cellXfs>` +
      `<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs>` +
      `</styleSheet>`;
    // Id 14 is a date by default, but this file redefines it as a number format.
    expect(readDateStyles(new XmlScanner(xml))).toEqual([false, true, false, true, false, false]);
  });
});
