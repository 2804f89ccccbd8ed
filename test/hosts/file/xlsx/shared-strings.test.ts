import { readSharedStrings } from "../../../../src/hosts/file/xlsx/shared-strings";
import { XmlScanner } from "../../../../src/hosts/file/xlsx/xml-scanner";

describe("readSharedStrings", () => {
  it("reads plain items, rich text runs joined, and drops phonetic guides", () => {
    const xml =
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5">` +
      `<si><t>Сентябрь 2021</t></si>` +
      `<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Срок: </t></r><r><t>до 01.10.2021</t></r></si>` +
      `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>` +
      `<si><t/></si><si/>` +
      `<si><t>a_x000D_&#10;b &amp; c</t></si>` +
      `</sst>`;
    expect(readSharedStrings(new XmlScanner(xml))).toEqual([
      "Сентябрь 2021",
      "Срок: до 01.10.2021",
      "東京",
      "",
      "",
      "a\r\nb & c",
    ]);
  });

  it("reads items with a namespace prefix", () => {
    const xml = `<x:sst xmlns:x="urn:x"><x:si><x:r><x:t>А</x:t></x:r><x:r><x:t>Б</x:t></x:r></x:si></x:sst>`;
    expect(readSharedStrings(new XmlScanner(xml))).toEqual(["АБ"]);
  });
});
