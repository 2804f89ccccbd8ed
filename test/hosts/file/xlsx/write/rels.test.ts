import { RelsPart, REL_TYPE } from "../../../../../src/hosts/file/xlsx/write/rels";

const EXISTING =
  '<?xml version="1.0"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId3" Type="t/styles" Target="styles.xml"/></Relationships>';

describe("RelsPart", () => {
  it("adds relationships with ids not yet taken", () => {
    const r = RelsPart.parse(EXISTING);
    expect(r.add(REL_TYPE.worksheet, "worksheets/sheet2.xml")).toBe("rId2");
    expect(r.add(REL_TYPE.worksheet, "worksheets/sheet3.xml")).toBe("rId4");
    expect(r.add(REL_TYPE.worksheet, "worksheets/sheet4.xml", "rId9")).toBe("rId9");
  });

  it("removes one and leaves the others exactly as written", () => {
    const r = RelsPart.parse(EXISTING);
    r.remove("rId1");
    expect(r.toXml()).toBe(EXISTING.replace(/<Relationship Id="rId1"[^>]*>/, ""));
    expect(RelsPart.parse(EXISTING).changed).toBe(false);
  });

  it("writes a new part", () => {
    const r = RelsPart.create();
    r.add(REL_TYPE.officeDocument, "xl/workbook.xml");
    expect(r.toXml()).toContain(
      `<Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/>`,
    );
  });
});
