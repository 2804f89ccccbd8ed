/**
 * A new workbook package from sheets: the parts every workbook needs, in the order sniffers
 * expect ([Content_Types].xml first), the sheets streamed, then the shared strings they filled
 * and the styles they use.
 */
import { ContentTypes, CONTENT_TYPE } from "./content-types";
import type { Compression } from "./deflate";
import { appXml, coreXml, customXml, type CoreProps } from "./doc-props";
import { RelsPart, REL_TYPE } from "./rels";
import type { SharedStrings } from "./strings";
import type { StyleSheet } from "./styles";
import { sheetNames, WorkbookXml, type DefinedName } from "./workbook";
import { worksheetXml, type WorksheetSpec } from "./worksheet";
import { ZipWriter } from "./zip";

export interface NewSheet {
  name: string;
  spec: WorksheetSpec;
}

export interface NewPackage {
  sheets: NewSheet[];
  styles: StyleSheet;
  strings: SharedStrings;
  core: CoreProps;
  /** Text custom properties (docProps/custom.xml); none written when absent. */
  custom?: Record<string, string>;
}

export async function writeNewPackage(
  pkg: NewPackage,
  compression: Compression,
): Promise<Uint8Array> {
  const zip = new ZipWriter(compression);
  const types = ContentTypes.create();
  const root = RelsPart.create();
  const wbRels = RelsPart.create();
  const workbook = WorkbookXml.create();

  types.set("xl/workbook.xml", CONTENT_TYPE.workbook);
  root.add(REL_TYPE.officeDocument, "xl/workbook.xml");
  types.set("docProps/core.xml", CONTENT_TYPE.core);
  root.add(REL_TYPE.coreProperties, "docProps/core.xml");
  types.set("docProps/app.xml", CONTENT_TYPE.app);
  root.add(REL_TYPE.extendedProperties, "docProps/app.xml");
  if (pkg.custom) {
    types.set("docProps/custom.xml", CONTENT_TYPE.custom);
    root.add(REL_TYPE.customProperties, "docProps/custom.xml");
  }
  const names: DefinedName[] = [];
  pkg.sheets.forEach((sheet, i) => {
    const part = `worksheets/sheet${i + 1}.xml`;
    types.set(`xl/${part}`, CONTENT_TYPE.worksheet);
    const entry = {
      name: sheet.name,
      sheetId: i + 1,
      rId: wbRels.add(REL_TYPE.worksheet, part),
      raw: null,
    };
    workbook.sheets.push(entry);
    names.push(...sheetNames(entry, sheet.spec));
  });
  workbook.names = names;
  types.set("xl/sharedStrings.xml", CONTENT_TYPE.sharedStrings);
  wbRels.add(REL_TYPE.sharedStrings, "sharedStrings.xml");
  types.set("xl/styles.xml", CONTENT_TYPE.styles);
  wbRels.add(REL_TYPE.styles, "styles.xml");

  await zip.addPart("[Content_Types].xml", [types.toXml()]);
  await zip.addPart("_rels/.rels", [root.toXml()]);
  await zip.addPart("docProps/core.xml", [coreXml(pkg.core)]);
  await zip.addPart("docProps/app.xml", [appXml(pkg.sheets.map((s) => s.name))]);
  if (pkg.custom) await zip.addPart("docProps/custom.xml", [customXml(null, pkg.custom)]);
  await zip.addPart("xl/workbook.xml", [workbook.toXml()]);
  await zip.addPart("xl/_rels/workbook.xml.rels", [wbRels.toXml()]);
  for (const [i, sheet] of pkg.sheets.entries()) {
    await zip.addPart(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(sheet.spec, pkg.strings));
  }
  await zip.addPart("xl/sharedStrings.xml", pkg.strings.part());
  await zip.addPart("xl/styles.xml", [pkg.styles.toXml()]);
  return zip.finish();
}
