/**
 * The regional workbook as LibreOffice opens it: every value back as written (text as text,
 * dates as dates), the filter kept (LibreOffice needs the hidden _FilterDatabase name for it) —
 * for a new workbook and for one rebuilt in place.
 */
import ExcelJS from "exceljs";
import {
  consolidate,
  HEADER_ROW,
  utcDate,
  type RegionalModel,
} from "../../../../../src/core/consolidate";
import { writeRegionalWorkbook } from "../../../../../src/hosts/file/write-regional";
import { nodeCompression } from "../../../../../src/hosts/file/xlsx/write/deflate-node";
import { BASIC_COLUMNS, buinsk, checkedTable, source } from "../../../../core/consolidate/fixtures";
import { convertWithSoffice, pdfText } from "../../../../support/soffice";

jest.setTimeout(120_000);

const TEXTS = ["=1+1", "+7 (423) 000-00-00", "-5", "@SUM(A1)", "_x0041_ stays", "a < b & c"];

function model(): RegionalModel {
  const odd = checkedTable({
    municipality: "г. Канск",
    columns: BASIC_COLUMNS,
    rows: TEXTS.map((t, i) => ({ values: [`${i + 1}.`, t, "Май 2021", t, t, null] })),
  });
  return consolidate([source("b.xlsx", [buinsk()]), source("k.xlsx", [odd])], {
    asOf: "2022-01-15",
  });
}

async function viaLibreOffice(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await convertWithSoffice(bytes, "xlsx", "xlsx")) as unknown as ArrayBuffer);
  return wb;
}

describe.each([
  [
    "a new regional workbook",
    async (m: RegionalModel) => writeRegionalWorkbook(m, { compression: nodeCompression }),
  ],
  [
    "a regional workbook rebuilt in place",
    async (m: RegionalModel) => {
      const first = await writeRegionalWorkbook(m, { compression: nodeCompression });
      return writeRegionalWorkbook(m, { existing: first, compression: nodeCompression });
    },
  ],
])("%s in LibreOffice", (_name, write) => {
  // (A headless conversion has no view, so LibreOffice writes no frozen pane for any file: the
  // frozen header is checked on our own bytes, in write-regional.test.ts.)
  it("keeps every value, text as text and dates as dates, and the filter", async () => {
    const m = model();
    const bytes = await write(m);
    const wb = await viaLibreOffice(bytes);
    for (const sheet of m.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      expect(ws.getRow(HEADER_ROW).values).toEqual([
        undefined,
        ...sheet.columns.map((c) => c.header),
      ]);
      const rows = sheet.totals ? [...sheet.rows, sheet.totals] : sheet.rows;
      rows.forEach((row, r) =>
        sheet.columns.forEach((c, i) => {
          const v = row[i];
          const want = v === null || v === "" ? null : c.kind === "date" ? utcDate(String(v)) : v;
          expect([sheet.name, r, i, ws.getCell(HEADER_ROW + 1 + r, i + 1).value]).toEqual([
            sheet.name,
            r,
            i,
            want,
          ]);
        }),
      );
      expect(ws.autoFilter).toBeTruthy();
    }
    const activities = wb.getWorksheet("Свод")!.getColumn(4).values;
    for (const t of TEXTS) expect(activities).toContain(t);
  });

  it("prints", async () => {
    const text = await pdfText(await convertWithSoffice(await write(model()), "xlsx", "pdf"));
    expect(text).toContain("Муниципалитет");
    expect(text).toContain("@SUM(A1)");
  });
});
