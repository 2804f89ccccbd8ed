import {
  readRelationships,
  relsPartOf,
  resolvePartName,
} from "../../../../src/hosts/file/xlsx/relationships";
import { XmlScanner } from "../../../../src/hosts/file/xlsx/xml-scanner";

describe("readRelationships", () => {
  it("reads ids as written, types by their last segment, targets resolved from the source part", () => {
    const xml =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="R5a3f0c" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="sheet2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="/xl/worksheets/Лист%202.xml"/>` +
      `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="../xl/./sharedStrings.xml"/>` +
      `<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/a%20b" TargetMode="External"/>` +
      `</Relationships>`;
    expect(readRelationships(new XmlScanner(xml), "xl/workbook.xml")).toEqual([
      { id: "R5a3f0c", type: "worksheet", target: "xl/worksheets/sheet1.xml", external: false },
      { id: "sheet2", type: "worksheet", target: "xl/worksheets/Лист 2.xml", external: false },
      { id: "rId3", type: "sharedStrings", target: "xl/sharedStrings.xml", external: false },
      { id: "rId4", type: "hyperlink", target: "https://example.org/a%20b", external: true },
    ]);
  });
});

describe("part names", () => {
  it("finds a part's relationships part", () => {
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPartOf("workbook.xml")).toBe("_rels/workbook.xml.rels");
  });

  it("resolves targets relative to the source's folder, absolute ones from the root", () => {
    expect(resolvePartName("xl/workbook.xml", "worksheets/s.xml")).toBe("xl/worksheets/s.xml");
    expect(resolvePartName("xl/workbook.xml", "/xl/worksheets/s.xml")).toBe("xl/worksheets/s.xml");
    expect(resolvePartName("xl/workbook.xml", "..\\other\\s.xml")).toBe("other/s.xml");
    expect(resolvePartName("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(resolvePartName("xl/workbook.xml", "100%.xml")).toBe("xl/100%.xml");
  });
});
