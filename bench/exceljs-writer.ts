/**
 * The regional workbook as the previous writer made it with ExcelJS (one style object per
 * column, deflate level 1) — kept here only to measure our writer against it.
 */
import ExcelJS from "exceljs";
import { NUMBER_FORMAT, utcDate, type RegionalModel } from "../src/core/consolidate";

export async function writeWithExcelJS(model: RegionalModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    const body = sheet.columns.map((c) => ({
      numFmt: NUMBER_FORMAT[c.kind],
      alignment: { vertical: "top" as const, wrapText: c.wrap },
    }));
    ws.columns = sheet.columns.map((c, i) => ({ key: c.key, width: c.width, style: body[i] }));
    ws.addRow(sheet.columns.map((c) => c.header)).font = { bold: true };
    const rows = sheet.totals ? [...sheet.rows, sheet.totals] : sheet.rows;
    for (const values of rows) {
      const row = ws.addRow(
        values.map((v, i) =>
          v === null || v === ""
            ? undefined
            : sheet.columns[i].kind === "date"
              ? utcDate(String(v))
              : v,
        ),
      );
      row.eachCell((cell, col) => {
        cell.style = body[col - 1];
      });
    }
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: sheet.rows.length + 1, column: sheet.columns.length },
    };
  }
  return new Uint8Array(
    await wb.xlsx.writeBuffer({
      zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
    } as never),
  );
}
