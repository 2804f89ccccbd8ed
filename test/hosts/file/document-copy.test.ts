import ExcelJS from "exceljs";
import type { Grid } from "../../../src/core/grid";
import {
  copyOverrides,
  copyRow,
  copyTables,
  writeDocumentCopy,
} from "../../../src/hosts/file/document-copy";
import type { TableLayout } from "../../../src/hosts/file/docx/table-layout";
import { buildReport } from "../../../src/core/report-builder";

/** A document's table as the reader gives it: two lines above, a header, a repeat, data. */
const GRID: Grid = {
  sheet: "Таблица 1",
  origin: { row: -1, col: 1 },
  cells: [
    ["УТВЕРЖДАЮ"],
    ["План мероприятий\nна 2021 год"],
    ["№", "Мероприятие", "Срок"],
    ["1.", "Совещание", "Сентябрь 2021"],
    ["№", "Мероприятие", "Срок"],
    ["2.", "Раздел на всю ширину", null],
    ["3.", "Длинное мероприятие, ".repeat(6).trim(), "Октябрь"],
  ],
  merges: [
    { top: 5, left: 1, bottom: 5, right: 2 },
    { top: 1, left: 0, bottom: 1, right: 2 },
  ],
};
const LAYOUT: TableLayout = {
  columns: [600, 4200, 2100],
  above: [
    { align: "left", indent: 4800 },
    { align: "center", indent: 0 },
  ],
  repeats: [{ row: 3, of: 1 }],
};

describe("a Word table laid out as a sheet of the checked copy", () => {
  const [table] = copyTables({ grids: [GRID], layouts: [LAYOUT] });

  it("sets each line above where it stood and the table below, its repeated header once", () => {
    expect(table.grid.origin).toEqual({ row: 1, col: 1 });
    expect(table.grid.cells).toEqual([
      [null, null, "УТВЕРЖДАЮ"],
      ["План мероприятий\nна 2021 год"],
      ["№", "Мероприятие", "Срок"],
      ["1.", "Совещание", "Сентябрь 2021"],
      ["2.", "Раздел на всю ширину", null],
      ["3.", "Длинное мероприятие, ".repeat(6).trim(), "Октябрь"],
    ]);
    expect(table.lines).toEqual(["left", "center"]);
    // The centred title across the table; the section's merge moved up past the dropped row.
    expect(table.grid.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 2 },
      { top: 4, left: 1, bottom: 4, right: 2 },
    ]);
    // Word's widths in Excel's characters: 1440 twips an inch, 96 pixels, 7 a character.
    expect(table.widths).toEqual([5.71, 40, 20]);
  });

  it("maps the document's rows to the copy's, a repeated row to the row it repeats", () => {
    expect([1, 2, 3, 4, 5].map((r) => copyRow([table], "Таблица 1", r))).toEqual([3, 4, 3, 5, 6]);
    expect(copyRow([table], "Таблица 1", 0)).toBe(2);
    expect(copyRow([table], "Таблица 2", 4)).toBe(4);
    const override = { sheet: "Таблица 1", headerRow: 1, column: "C", field: "deadline" as const };
    expect(copyOverrides([table], [override])).toEqual([{ ...override, headerRow: 3 }]);
  });

  it("writes it ruled and wrapped, with Word's widths and room for wrapped text", async () => {
    const report = buildReport({
      asOf: "2022-01-15",
      lang: "ru",
      files: [{ file: "doc", error: null, tables: [] }],
    });
    const bytes = await writeDocumentCopy([table], {
      plan: { sheets: [] },
      report,
      lang: "ru",
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Таблица 1")!;
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getCell("C1").value).toBe("УТВЕРЖДАЮ");
    expect(ws.getCell("C1").border?.top).toBeUndefined();
    expect(ws.getCell("A2").alignment?.horizontal).toBe("center");
    expect(ws.getRow(2).height).toBe(30);
    // Every cell of the table ruled, the empty and merged-over ones too.
    for (const address of ["A3", "C5", "B6"]) {
      expect([address, ws.getCell(address).border?.left?.style]).toEqual([address, "thin"]);
    }
    expect(ws.getCell("B6").alignment?.wrapText).toBe(true);
    // Fitted to its wrapped text (fit-rows.ts): more than one line.
    expect(ws.getRow(6).height).toBeGreaterThan(15);
    expect(ws.getRow(4).height).toBeUndefined();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Таблица 1", "Замечания"]);
  });

  it("gives a centred title longer than the table room to wrap across it", async () => {
    const long = "План мероприятий по повышению качества образования ".repeat(3).trim();
    const [wide] = copyTables({
      grids: [{ ...GRID, cells: [GRID.cells[0], [long], ...GRID.cells.slice(2)] }],
      layouts: [LAYOUT],
    });
    const report = buildReport({ asOf: "2022-01-15", lang: "ru", files: [] });
    const bytes = await writeDocumentCopy([wide], { plan: { sheets: [] }, report, lang: "ru" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Таблица 1")!;
    expect(ws.getRow(2).height).toBeGreaterThan(15);
    expect(ws.getCell("A2").alignment?.wrapText).toBe(true);
    expect(ws.getRow(1).height).toBeUndefined();
  });
});
