import ExcelJS from "exceljs";
import type { Grid } from "../../../../../src/core/grid";
import { writeGridsWorkbook } from "../../../../../src/hosts/file/write-grids";
import { convertWithSoffice, pdfText } from "../../../../support/soffice";

jest.setTimeout(60_000);

const TABLE: Grid = {
  sheet: "Таблица 1",
  origin: { row: 2, col: 2 },
  cells: [
    ["№", "Мероприятие", "Срок", "Ответственные"],
    ["1.", "=1+1 и +7 (423) 000-00-00", new Date(Date.UTC(2021, 9, 1)), "Иванов"],
    ["2.", "Очень длинное мероприятие, ".repeat(5).trim(), "Сентябрь 2021", null],
    ["Задача 2. Раздел на всю ширину", null, null, null],
    [3, "Число и логическое", 44470, true],
  ],
  merges: [{ top: 3, left: 0, bottom: 3, right: 3 }],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("writeGridsWorkbook", () => {
  it("writes each grid at its origin: values, types, dates, merges", async () => {
    const wb = await load(
      await writeGridsWorkbook([
        TABLE,
        { ...TABLE, sheet: "таблица 1", origin: { row: 1, col: 1 } },
      ]),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Таблица 1", "таблица 1 (2)"]);
    const ws = wb.getWorksheet("Таблица 1")!;
    TABLE.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 2, c + 2);
        // ExcelJS echoes a merged area's value in its other cells; the file holds it once.
        const own = cell.isMerged && cell.master.address !== cell.address ? null : cell.value;
        expect([r, c, own]).toEqual([r, c, v]);
      }),
    );
    expect(ws.getCell("C3").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("D3").numFmt).toBe("dd.mm.yyyy");
    expect(ws.getCell("B5").isMerged).toBe(true);
    expect(ws.getCell("E5").master.address).toBe("B5");
    expect(ws.getColumn(3).alignment?.wrapText).toBe(true);
    expect(ws.getColumn(3).width).toBe(60);
  });

  it("names sheets as Excel allows", async () => {
    const wb = await load(
      await writeGridsWorkbook([{ ...TABLE, sheet: "План: [2021/2022] годы, очень длинное имя" }]),
    );
    expect(wb.worksheets[0].name).toBe("План   2021 2022  годы, очень д");
  });

  it("opens in LibreOffice", async () => {
    const text = await pdfText(
      await convertWithSoffice(await writeGridsWorkbook([TABLE]), "xlsx", "pdf"),
    );
    expect(text).toContain("Задача 2. Раздел на всю ширину");
    expect(text).toContain("01.10.2021");
  });
});
