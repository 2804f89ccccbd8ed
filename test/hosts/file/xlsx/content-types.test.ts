import {
  contentTypeOf,
  readContentTypes,
  workbookPartByType,
  XLSB_WORKBOOK_TYPE,
} from "../../../../src/hosts/file/xlsx/content-types";
import { XmlScanner } from "../../../../src/hosts/file/xlsx/xml-scanner";

const types = (overrides: [string, string][]) =>
  readContentTypes(
    new XmlScanner(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("") +
        `</Types>`,
    ),
  );

describe("content types", () => {
  it("finds the workbook part by its declared kind, wherever it is", () => {
    const t = types([
      [
        "/docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
      ],
      ["/Book/Main.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"],
    ]);
    expect(workbookPartByType(t)).toBe("book/main.xml");
    expect(workbookPartByType(types([]))).toBeNull();
  });

  it("gives a part's kind by its override or by the default of its extension", () => {
    const t = readContentTypes(
      new XmlScanner(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="BIN" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>` +
          `<Override PartName="/xl/printerSettings1.bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/></Types>`,
      ),
    );
    expect(contentTypeOf(t, "/xl/workbook.bin")).toBe(XLSB_WORKBOOK_TYPE);
    expect(contentTypeOf(t, "xl/printerSettings1.bin")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.printersettings",
    );
    expect(contentTypeOf(t, "xl/styles.xml")).toBeNull();
  });
});
