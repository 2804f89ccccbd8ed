import { ContentTypes, CONTENT_TYPE } from "../../../../../src/hosts/file/xlsx/write/content-types";

const EXISTING =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="w"/></Types>';

describe("ContentTypes", () => {
  it("writes a new package's types", () => {
    const t = ContentTypes.create();
    t.set("xl/workbook.xml", CONTENT_TYPE.workbook);
    expect(t.toXml()).toContain(
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>`,
    );
    expect(t.toXml()).toContain('<Default Extension="rels"');
  });

  it("patches an existing one: overrides added and removed, everything else as written", () => {
    const t = ContentTypes.parse(EXISTING);
    expect(t.changed).toBe(false);
    expect(t.typeOf("xl/workbook.xml")).toBe(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    expect(t.typeOf("xl/other.xml")).toBe("application/xml");
    t.remove("xl/worksheets/sheet1.xml");
    t.set("xl/worksheets/sheet2.xml", CONTENT_TYPE.worksheet);
    expect(t.toXml()).toBe(
      EXISTING.replace(
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="w"/>',
        "",
      ).replace(
        "</Types>",
        `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CONTENT_TYPE.worksheet}"/></Types>`,
      ),
    );
  });

  it("changes nothing when a part keeps its type", () => {
    const t = ContentTypes.parse(EXISTING);
    t.set("xl/worksheets/sheet1.xml", "w");
    expect(t.changed).toBe(false);
  });
});
