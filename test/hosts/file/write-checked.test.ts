import ExcelJS from "exceljs";
import type { HighlightPlan } from "../../../src/core/plan";
import { reportSchema, type Report } from "../../../src/core/report";
import { writeCheckedCopy } from "../../../src/hosts/file/write-checked";
import { shownFill, shownFont } from "../../support/highlights";
import { zipTexts } from "../../support/zip";

const USER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};

/** A small roadmap whose data cells all share one style, as Excel files usually do. */
async function original(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("План");
  ws.getCell("A1").value = "ПЛАН («дорожная карта»)";
  ws.addRow([]);
  ws.addRow(["№", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат"]);
  ws.addRow([1, "Совещание", "Сентябрь 2021", "", "Протокол"]);
  ws.addRow([2, "Приказ", new Date(Date.UTC(2021, 9, 1)), "Иванов", "Приказ"]);
  ws.addRow([3, "=1+1 как текст", "Май 2022", "Петров", "Отчёт"]);
  for (let r = 4; r <= 6; r++) {
    for (let c = 1; c <= 5; c++) {
      ws.getCell(r, c).style = {
        fill: USER_FILL,
        font: { name: "Times New Roman", size: 12, bold: r === 6 },
      };
    }
  }
  ws.getCell("C5").numFmt = "dd.mm.yyyy";
  wb.addWorksheet("Замечания").getCell("A1").value = "мои заметки";
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const PLAN: HighlightPlan = {
  sheets: [
    {
      sheet: "План",
      areas: [
        { kind: "overdue", top: 4, bottom: 4, left: 1, right: 5 },
        { kind: "missing", top: 4, bottom: 4, left: 4, right: 4 },
      ],
    },
  ],
};

const REPORT: Report = reportSchema.parse({
  asOf: "2022-01-15",
  files: [
    {
      file: "план.xlsx",
      error: null,
      tables: [
        {
          sheet: "План",
          title: "ПЛАН («дорожная карта»)",
          municipality: null,
          period: null,
          headerRows: [3, 3],
          columns: [
            { column: "A", header: "№", field: "number" },
            { column: "B", header: "Мероприятие", field: "activity" },
            { column: "C", header: "Срок", field: "deadline" },
            { column: "D", header: "Ответственные", field: "responsible" },
            { column: "E", header: "Ожидаемый результат", field: "expectedResult" },
          ],
          rows: [
            {
              row: 4,
              kind: "item",
              number: "1",
              section: null,
              activity: "Совещание",
              deadline: { text: "Сентябрь 2021", kind: "date", start: null, due: "2021-09-30" },
              responsible: null,
              expectedResult: "Протокол",
              status: null,
              state: "overdue",
              findings: [
                {
                  code: "overdue",
                  severity: "error",
                  column: "C",
                  message: "Срок прошёл 30.09.2021",
                },
                {
                  code: "missing-responsible",
                  severity: "error",
                  column: "D",
                  message: "Не указан ответственный",
                },
              ],
            },
          ],
          findings: [
            {
              code: "no-status-column",
              severity: "info",
              column: null,
              message: "Нет столбца отметки",
            },
          ],
        },
      ],
    },
  ],
  summary: { tables: 1, items: 3, overdue: 1, incomplete: 1, done: 0 },
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The fill a person sees: the highlights are conditional formats over the user's own fills. */
function fillOf(ws: ExcelJS.Worksheet, address: string): string | undefined {
  return shownFill(ws, address);
}

describe("writeCheckedCopy", () => {
  it("paints the plan's cells and nothing else, keeping every value and font", async () => {
    const before = await readBack(await original());
    const after = await readBack(
      await writeCheckedCopy(await original(), { plan: PLAN, report: REPORT, lang: "ru" }),
    );
    const ws = after.getWorksheet("План")!;
    expect(["A4", "B4", "C4", "E4"].map((a) => fillOf(ws, a))).toEqual(Array(4).fill("FFFFC7CE"));
    expect(fillOf(ws, "D4")).toBe("FFF4B084");
    // Row 4's neighbours shared its style object: they keep the user's fill.
    expect(["A5", "E5", "A6", "E6"].map((a) => fillOf(ws, a))).toEqual(Array(4).fill("FFDDEBF7"));
    expect(shownFont(ws, "B4")).toMatchObject({
      name: "Times New Roman",
      size: 12,
      color: { argb: "FF9C0006" },
    });
    expect(shownFont(ws, "D4")).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(shownFont(ws, "B6")).toMatchObject({ bold: true });
    expect(shownFont(ws, "B6").color).toBeUndefined();

    const src = before.getWorksheet("План")!;
    for (let r = 1; r <= 6; r++) {
      for (let c = 1; c <= 5; c++) expect(ws.getCell(r, c).value).toEqual(src.getCell(r, c).value);
    }
    expect(ws.getCell("C5").numFmt).toBe("dd.mm.yyyy");
  });

  it("adds a findings sheet with a link to each cell, beside a sheet of the same name", async () => {
    const bytes = await writeCheckedCopy(await original(), {
      plan: PLAN,
      report: REPORT,
      lang: "ru",
    });
    const wb = await readBack(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["План", "Замечания", "Замечания 2"]);
    expect(wb.getWorksheet("Замечания")!.getCell("A1").value).toBe("мои заметки");
    const ws = wb.getWorksheet("Замечания 2")!;
    const rows = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      // An empty text is no cell at all (ExcelJS: a hole in the row's values).
      rows.push(
        Array.from((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1), (v) =>
          typeof v === "object" && v && "text" in v ? v.text : (v ?? ""),
        ),
      );
    }
    expect(rows).toEqual([
      ["Лист", "Ячейка", "Строка", "Важность", "Замечание", "Мероприятие", "Код"],
      ["План", "A3", "таблица в целом", "сведения", "Нет столбца отметки", "", "no-status-column"],
      ["План", "C4", 4, "ошибка", "Срок прошёл 30.09.2021", "Совещание", "overdue"],
      ["План", "D4", 4, "ошибка", "Не указан ответственный", "Совещание", "missing-responsible"],
    ]);
    // An internal link is the sheet's <hyperlink location>, which ExcelJS does not read back.
    expect(ws.getCell("B4").value).toBe("D4");
    const sheetXml = zipTexts(bytes).get("xl/worksheets/sheet3.xml")!;
    expect(sheetXml).toContain(`<hyperlink ref="B4" location="'План'!D4" display="D4"/>`);
    expect(ws.autoFilter).toBe("A1:G4");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes the findings sheet in English for an English report", async () => {
    const wb = await readBack(
      await writeCheckedCopy(await original(), { plan: PLAN, report: REPORT, lang: "en" }),
    );
    const ws = wb.getWorksheet("Findings")!;
    expect(ws.getCell("D2").value).toBe("info");
    expect(ws.getCell("C2").value).toBe("whole table");
  });

  it("says which sheet of the plan is missing from the workbook", async () => {
    const plan: HighlightPlan = { sheets: [{ sheet: "Нет такого", areas: [] }] };
    await expect(
      writeCheckedCopy(await original(), { plan, report: REPORT, lang: "ru" }),
    ).rejects.toThrow("Лист «Нет такого» не найден в книге");
  });
});
