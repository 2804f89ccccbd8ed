import ExcelJS from "exceljs";
import type { HighlightPlan } from "../../../../../src/core/plan";
import { reportSchema, type Report } from "../../../../../src/core/report";
import { writeCheckedCopy } from "../../../../../src/hosts/file/write-checked";
import { isRegionalWorkbook, ourWorkbookKind } from "../../../../../src/hosts/file/write-regional";
import { nodeCompression } from "../../../../../src/hosts/file/xlsx/write/deflate-node";
import { shownFill } from "../../../../support/highlights";
import { richWorkbook } from "../../../../support/rich-workbook";
import { convertWithSoffice, pdfText } from "../../../../support/soffice";
import { zipEntries } from "../../../../support/zip";

jest.setTimeout(120_000);

const PLAN: HighlightPlan = {
  sheets: [
    {
      sheet: "План",
      areas: [
        { kind: "overdue", top: 4, bottom: 4, left: 1, right: 5 },
        { kind: "due-soon", top: 5, bottom: 6, left: 1, right: 5 },
        { kind: "missing", top: 4, bottom: 4, left: 4, right: 4 },
      ],
    },
  ],
};

const REPORT: Report = reportSchema.parse({
  asOf: "2022-01-15",
  files: [
    {
      file: "план.xlsm",
      error: null,
      tables: [
        {
          sheet: "План",
          title: "ПЛАН",
          municipality: null,
          period: null,
          headerRows: [3, 3],
          columns: [{ column: "A", header: "№", field: "number" }],
          rows: [
            {
              row: 4,
              kind: "item",
              number: "1",
              section: null,
              activity: "=1+1 <b>&</b>",
              deadline: { text: "Сентябрь 2021", kind: "date", start: null, due: "2021-09-30" },
              responsible: null,
              expectedResult: null,
              status: null,
              state: "overdue",
              findings: [
                { code: "overdue", severity: "error", column: "C", message: "Срок прошёл" },
              ],
            },
          ],
          findings: [],
        },
      ],
    },
  ],
  summary: { tables: 1, items: 3, overdue: 1, incomplete: 1, done: 0 },
});

/**
 * Parts our additions change: the sheet list, its relationships and types, the styles, the
 * package's relationships (our mark in docProps/custom.xml).
 */
const CHANGED = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet1.xml",
];

describe.each([
  ["a workbook", false, "xlsx"],
  ["a macro-enabled workbook", true, "xlsm"],
])("the checked copy of %s with a chart, an image, a pivot table", (_name, macro, ext) => {
  const original = richWorkbook({ macro });
  let copy: Uint8Array;
  beforeAll(async () => {
    copy = await writeCheckedCopy(
      original,
      { plan: PLAN, report: REPORT, lang: "ru" },
      { compression: nodeCompression },
    );
  });

  it("keeps every other part byte for byte, as stored", () => {
    const before = zipEntries(original);
    const after = zipEntries(copy);
    for (const [name, entry] of before) {
      if (CHANGED.includes(name)) continue;
      expect([name, Buffer.from(after.get(name)!.stored)]).toEqual([
        name,
        Buffer.from(entry.stored),
      ]);
      expect(after.get(name)!.crc).toBe(entry.crc);
    }
    expect([...after.keys()].filter((n) => !before.has(n))).toEqual([
      "xl/worksheets/sheet5.xml",
      "docProps/custom.xml",
    ]);
    if (macro) expect(after.get("xl/vbaProject.bin")).toBeDefined();
  });

  it("is marked as a checked copy, not as a regional workbook", async () => {
    expect(await ourWorkbookKind(copy)).toBe("checked-copy");
    expect(await isRegionalWorkbook(copy)).toBe(false);
    expect(await ourWorkbookKind(original)).toBeNull();
  });

  it("keeps the workbook's own type (macro-enabled stays macro-enabled) and names", () => {
    const text = (bytes: Uint8Array, part: string) =>
      Buffer.from(zipEntries(bytes).get(part)!.data).toString();
    const types = text(copy, "[Content_Types].xml");
    expect(types.includes("macroEnabled.main+xml")).toBe(macro);
    expect(types).toContain('<Override PartName="/xl/worksheets/sheet5.xml"');
    const workbook = text(copy, "xl/workbook.xml");
    expect(workbook).toContain("<definedName name=\"Районы\">'Данные'!$A$2:$A$4</definedName>");
    expect(workbook).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId7"/></pivotCaches>');
    expect(workbook).toContain('<sheet name="Заметки" sheetId="4" state="hidden" r:id="rId4"/>');
  });

  it("only inserts conditional formats and row heights into the highlighted sheet, before its data validation", () => {
    const sheet = (bytes: Uint8Array) =>
      Buffer.from(zipEntries(bytes).get("xl/worksheets/sheet1.xml")!.data).toString();
    // Row heights are the one change to the sheet's data (fit-rows.ts): attributes of <row>.
    const withoutHeights = (xml: string) =>
      xml.replace(/<row\b[^>]*>/g, (tag) => tag.replace(/\s(?:ht|customHeight)="[^"]*"/g, ""));
    const after = sheet(copy);
    const inserted =
      after.match(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g) ?? [];
    expect(inserted).toHaveLength(3);
    expect(withoutHeights(inserted.reduce((s, cf) => s.replace(cf, ""), after))).toBe(
      withoutHeights(sheet(original)),
    );
    expect(after.indexOf("<conditionalFormatting")).toBeGreaterThan(after.indexOf("</mergeCells>"));
    expect(after.indexOf("</conditionalFormatting><dataValidations")).toBeGreaterThan(0);
  });

  it("reads back with ExcelJS: the right cells highlighted, the findings sheet added", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "План",
      "Данные",
      "Сводная",
      "Заметки",
      "Замечания",
    ]);
    const ws = wb.getWorksheet("План")!;
    expect(["A4", "E4"].map((a) => shownFill(ws, a))).toEqual(["FFFFC7CE", "FFFFC7CE"]);
    expect(shownFill(ws, "D4")).toBe("FFF4B084");
    expect(["A5", "E6"].map((a) => shownFill(ws, a))).toEqual(["FFFFEB9C", "FFFFEB9C"]);
    expect(shownFill(ws, "A3")).toBeUndefined();
    const findings = wb.getWorksheet("Замечания")!;
    expect(findings.getCell("F2").value).toBe("=1+1 <b>&</b>");
    expect(findings.getCell("F2").type).toBe(ExcelJS.ValueType.String);
  });

  it("opens in LibreOffice with its chart, pivot table and our findings", async () => {
    const text = await pdfText(await convertWithSoffice(copy, ext, "pdf"));
    expect(text).toContain("Совещание");
    // LibreOffice lays the pivot table out again from its cache: its own grand-total label.
    expect(text).toMatch(/Total Resu|Итог/);
    expect(text).toContain("Срок прошёл");
    const roundTrip = new ExcelJS.Workbook();
    await roundTrip.xlsx.load(
      (await convertWithSoffice(copy, ext, "xlsx")) as unknown as ArrayBuffer,
    );
    const ws = roundTrip.getWorksheet("План")!;
    // LibreOffice understood our rules: it writes them back over the same cells.
    expect(shownFill(ws, "D4")).toBe("FFF4B084");
    expect(shownFill(ws, "B4")).toBe("FFFFC7CE");
  });
});
