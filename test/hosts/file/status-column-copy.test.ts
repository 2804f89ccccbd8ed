import ExcelJS from "exceljs";
import { checkGrids } from "../../../src/core/check";
import { buildHighlightPlan } from "../../../src/core/plan";
import { buildReport } from "../../../src/core/report-builder";
import {
  STATUS_CHOICES,
  STATUS_HEADER,
  statusColumnTargets,
} from "../../../src/core/status-column";
import type { CheckedTable } from "../../../src/core/validate/types";
import { readGrids } from "../../../src/hosts/file/dispatch";
import { nodeInflateRaw } from "../../../src/hosts/file/inflate-node";
import { StatusColumnOccupiedError, writeCheckedCopy } from "../../../src/hosts/file/write-checked";
import { nodeCompression } from "../../../src/hosts/file/xlsx/write/deflate-node";
import { richWorkbook } from "../../support/rich-workbook";
import { convertWithSoffice } from "../../support/soffice";
import { zipEntries } from "../../support/zip";

jest.setTimeout(120_000);

const AS_OF = "2022-01-15";
const ALERT = { title: "Отметка об исполнении", message: "Можно вписать и своё." };

async function check(bytes: Uint8Array): Promise<CheckedTable[]> {
  const read = await readGrids(bytes, { inflate: nodeInflateRaw });
  return checkGrids(read.grids, { settings: { asOf: AS_OF, lang: "ru" } });
}

/** The checked copy as `roadmap convert --status-column` and the pane's checkbox make it. */
async function copyWithStatus(original: Uint8Array): Promise<Uint8Array> {
  const tables = await check(original);
  const report = buildReport({
    asOf: AS_OF,
    lang: "ru",
    files: [{ file: "план.xlsx", error: null, tables }],
  });
  return writeCheckedCopy(
    original,
    {
      plan: buildHighlightPlan(tables),
      report,
      lang: "ru",
      statusColumns: { targets: statusColumnTargets(tables.map((t) => t.table)), alert: ALERT },
    },
    { compression: nodeCompression, inflate: nodeInflateRaw },
  );
}

/** What a check found, row by row: what must not change when the column is added. */
function outcome(tables: CheckedTable[]) {
  return tables.map((t) => ({
    sheet: t.table.sheet,
    headerRows: t.table.headerRows,
    rows: t.rows.map((r) => ({
      row: r.row.row,
      activity: r.row.values[t.table.columns.findIndex((c) => c.field === "activity")],
      state: r.state,
      findings: r.findings.map((f) => `${f.code}@${f.column ?? ""}`),
    })),
    findings: t.findings.map((f) => f.code).filter((c) => c !== "no-status-column"),
  }));
}

const statusColumn = (t: CheckedTable) => t.table.columns.find((c) => c.field === "status");

/** A roadmap made in Excel (ExcelJS): a two-row header merged as people make them. */
async function twoRowHeader(extra?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Дорожная карта");
  ws.getCell("A1").value = "ПЛАН мероприятий («дорожная карта»)";
  ws.mergeCells("A1:D1");
  ws.getRow(3).values = ["№ п/п", "Наименование мероприятия", "Сроки", "Ответственные"];
  ws.getRow(4).values = [1, 2, 3, 4];
  ws.addRow([1, "Разработка плана", "Сентябрь 2021", "Управление образования"]);
  ws.addRow([2, "Проведение совещания", "Май 2022", "Иванов И.И."]);
  ws.addRow([3, "Мониторинг", "В течение года", ""]);
  ws.getColumn(2).width = 40;
  extra?.(ws);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("the checked copy with «Отметка об исполнении» added on request", () => {
  describe("a workbook with a chart, a pivot table and a drop-down of its own", () => {
    const original = richWorkbook();
    let copy: Uint8Array;
    beforeAll(async () => {
      copy = await copyWithStatus(original);
    });

    it("changes only the sheet, the styles and what every checked copy changes", () => {
      const before = zipEntries(original);
      const after = zipEntries(copy);
      const changed = [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
      ];
      for (const [name, entry] of before) {
        if (changed.includes(name)) continue;
        expect([name, Buffer.from(after.get(name)!.stored)]).toEqual([
          name,
          Buffer.from(entry.stored),
        ]);
      }
      // The shared-string table is untouched: the header is an inline string.
      expect(Buffer.from(after.get("xl/sharedStrings.xml")!.data)).toEqual(
        Buffer.from(before.get("xl/sharedStrings.xml")!.data),
      );
    });

    it("keeps every cell of the sheet, and adds the column next to the table", async () => {
      const [before, after] = await Promise.all(
        [original, copy].map(async (b) => (await readGrids(b, { inflate: nodeInflateRaw })).grids),
      );
      const plan = (grids: typeof before) => grids.find((g) => g.sheet === "План")!;
      const cells = plan(after).cells;
      // Column F (6th) is new; A..E are the user's, cell for cell.
      expect(cells.map((r) => r.slice(0, 5))).toEqual(plan(before).cells.map((r) => r.slice(0, 5)));
      expect(cells[2][5]).toBe(STATUS_HEADER);
      expect(cells.filter((r, i) => i !== 2).every((r) => (r[5] ?? null) === null)).toBe(true);
      for (const g of before.filter((x) => x.sheet !== "План")) {
        expect(after.find((x) => x.sheet === g.sheet)).toEqual(g);
      }
    });

    it("reads back with ExcelJS: the header, the list over the rows, the user's list kept", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(copy as unknown as ArrayBuffer);
      const ws = wb.getWorksheet("План")!;
      expect(ws.getCell("F3").value).toBe(STATUS_HEADER);
      expect(ws.getCell("F3").font?.bold).toBe(true);
      for (const ref of ["F4", "F6"]) {
        expect(ws.getCell(ref).dataValidation).toMatchObject({
          type: "list",
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: "information",
          errorTitle: ALERT.title,
          error: ALERT.message,
          formulae: [`"${STATUS_CHOICES.join(",")}"`],
        });
      }
      expect(ws.getCell("F3").dataValidation).toBeUndefined();
      expect(ws.getCell("F7").dataValidation).toBeUndefined();
      expect(ws.getCell("D5").dataValidation).toMatchObject({ formulae: ['"Иванов,Петров"'] });
      expect(ws.getColumn(6).width).toBe(20);
    });

    it("checks as before, the new column now the table's status column", async () => {
      const [before, after] = await Promise.all([check(original), check(copy)]);
      expect(outcome(after)).toEqual(outcome(before));
      expect(before.map(statusColumn)).toEqual([undefined]);
      expect(after.map((t) => statusColumn(t)?.column)).toEqual(["F"]);
      expect(after[0].findings.map((f) => f.code)).not.toContain("no-status-column");
    });

    it("does not list «no status column» among the copy's findings", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(copy as unknown as ArrayBuffer);
      const codes = wb.getWorksheet("Замечания")!.getColumn(7).values;
      expect(codes).not.toContain("no-status-column");
      expect(codes).toContain("Код");
    });

    it("opens in LibreOffice and reads back through our reader with the same check", async () => {
      const saved = new Uint8Array(await convertWithSoffice(copy, "xlsx", "xlsx"));
      const [before, after] = await Promise.all([check(original), check(saved)]);
      expect(outcome(after)).toEqual(outcome(before));
      expect(after.map((t) => statusColumn(t)?.column)).toEqual(["F"]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(saved as unknown as ArrayBuffer);
      expect(wb.getWorksheet("План")!.getCell("F5").dataValidation).toMatchObject({
        type: "list",
        errorStyle: "information",
      });
    });
  });

  describe("a workbook with a two-row header", () => {
    it("merges the header down the band, checks as before, and LibreOffice keeps it", async () => {
      const original = await twoRowHeader();
      const copy = await copyWithStatus(original);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(copy as unknown as ArrayBuffer);
      const ws = wb.getWorksheet("Дорожная карта")!;
      expect(ws.getCell("E3").value).toBe(STATUS_HEADER);
      expect(ws.getCell("E4").isMerged).toBe(true);
      expect(ws.getCell("E4").master.address).toBe("E3");
      expect(ws.getCell("E5").dataValidation).toMatchObject({ type: "list" });
      expect(ws.getCell("E7").dataValidation).toMatchObject({ type: "list" });

      const saved = new Uint8Array(await convertWithSoffice(copy, "xlsx", "xlsx"));
      const [before, after] = await Promise.all([check(original), check(saved)]);
      expect(before.map((t) => t.table.headerRows)).toEqual([[3, 4]]);
      expect(outcome(after)).toEqual(outcome(before));
      expect(after.map((t) => statusColumn(t)?.column)).toEqual(["E"]);
    });

    it("is refused, nothing written, when the column next to the table holds anything", async () => {
      const original = await twoRowHeader((ws) => {
        ws.getCell("E6").value = "примечание";
      });
      await expect(copyWithStatus(original)).rejects.toThrow(StatusColumnOccupiedError);
      await expect(copyWithStatus(original)).rejects.toMatchObject({
        sheet: "Дорожная карта",
        column: "E",
      });
    });

    it("leaves a table that has its status column alone", async () => {
      const original = await twoRowHeader((ws) => {
        ws.getCell("E3").value = "Отметка о выполнении";
        ws.getCell("E4").value = 5;
        ws.getCell("E5").value = "выполнено";
      });
      const tables = await check(original);
      expect(tables.map((t) => statusColumn(t)?.column)).toEqual(["E"]);
      expect(statusColumnTargets(tables.map((t) => t.table))).toEqual([]);
    });
  });
});
