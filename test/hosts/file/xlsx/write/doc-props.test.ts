import {
  appXml,
  coreXml,
  customXml,
  MARK_PROPERTY,
  readCustomProps,
} from "../../../../../src/hosts/file/xlsx/write/doc-props";

describe("document properties", () => {
  it("sets our properties in a new custom.xml and reads them back", () => {
    const xml = customXml(null, { [MARK_PROPERTY]: "regional-workbook", Листы: "Свод/Сводка" });
    expect(readCustomProps(xml)).toEqual(
      new Map([
        [MARK_PROPERTY, "regional-workbook"],
        ["Листы", "Свод/Сводка"],
      ]),
    );
    expect(xml).toContain('pid="2" name="RoadmapInspector"');
  });

  it("replaces ours in an existing custom.xml and keeps the user's", () => {
    const existing =
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="Отдел"><vt:lpwstr>УО</vt:lpwstr></property>' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="6" name="RoadmapInspector"><vt:lpwstr>old</vt:lpwstr></property>' +
      "</Properties>";
    const xml = customXml(existing, { [MARK_PROPERTY]: "regional-workbook" });
    expect(readCustomProps(xml)).toEqual(
      new Map([
        ["Отдел", "УО"],
        [MARK_PROPERTY, "regional-workbook"],
      ]),
    );
    expect(xml).toContain('pid="7" name="RoadmapInspector"');
  });

  it("writes core and app properties", () => {
    const core = coreXml({
      title: "Свод & итоги",
      creator: "Roadmap Inspector",
      created: new Date(Date.UTC(2022, 0, 15)),
    });
    expect(core).toContain("<dc:title>Свод &amp; итоги</dc:title>");
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2022-01-15T00:00:00Z</dcterms:modified>',
    );
    expect(appXml(["Свод", "Сводка"])).toContain(
      '<TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>Свод</vt:lpstr><vt:lpstr>Сводка</vt:lpstr></vt:vector></TitlesOfParts>',
    );
  });
});
