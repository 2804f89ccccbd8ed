import {
  contentTypeOf,
  isXlsbPackage,
  readContentTypes,
  workbookPartByType,
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
    expect(isXlsbPackage(t)).toBe(false);
    expect(workbookPartByType(types([]))).toBeNull();
  });

  it("recognises a binary workbook (.xlsb), declared by override or by extension", () => {
    const t = types([
      ["/xl/workbook.bin", "application/vnd.ms-excel.sheet.binary.macroEnabled.main"],
    ]);
    expect(isXlsbPackage(t)).toBe(true);
    const byDefault = readContentTypes(
      new XmlScanner(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="BIN" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`,
      ),
    );
    expect(isXlsbPackage(byDefault)).toBe(true);
    expect(contentTypeOf(byDefault, "/xl/workbook.bin")).toBe(
      "application/vnd.ms-excel.sheet.binary.macroenabled.main",
    );
    expect(contentTypeOf(byDefault, "xl/styles.xml")).toBeNull();
  });
});
