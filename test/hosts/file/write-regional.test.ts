import ExcelJS from "exceljs";
import { inflateRawSync } from "node:zlib";
import { listZipEntries } from "../../../src/hosts/file/xlsx/zip";
import {
  consolidate,
  HEADER_ROW,
  titleRows,
  utcDate,
  type RegionalModel,
  type RegionalSheet,
} from "../../../src/core/consolidate";
import {
  RegionalWriteError,
  writeRegionalWorkbook,
  type WriteRegionalOptions,
} from "../../../src/hosts/file/write-regional";
import { zipParts } from "../../support/zip";
import { BASIC_COLUMNS, buinsk, checkedTable, source } from "../../core/consolidate/fixtures";

const INJECTIONS = ["=1+1", '=HYPERLINK("http://x","y")', "+7 (423) 000-00-00", "-5", "@SUM(A1)"];
const AWKWARD = [
  'a < b & c > d "q"',
  "  leading and trailing  ",
  "line1\nline2",
  "_x0041_ stays",
  "tab\there",
];

function model(extra: string[] = []): RegionalModel {
  const texts = [...INJECTIONS, ...AWKWARD, ...extra];
  const odd = checkedTable({
    sheet: "Лист1",
    municipality: "г. Канск",
    columns: [...BASIC_COLUMNS, ["Примечание", "other"]],
    rows: texts.map((t, i) => ({ values: [`${i + 1}.`, t, t, t, t, t, t] })),
  });
  return consolidate([source("001-buinsk.xlsx", [buinsk()]), source("kansk.xlsx", [odd])], {
    asOf: "2022-01-15",
  });
}

/** Every part of a zip package, inflated. */
function parts(bytes: Uint8Array): Map<string, Buffer> {
  return new Map(
    listZipEntries(bytes).map((entry) => {
      const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      return [entry.name, entry.method === 8 ? inflateRawSync(data) : Buffer.from(data)];
    }),
  );
}

/** One part of a zip package, inflated. */
function part(bytes: Uint8Array, name: string): string {
  const data = parts(bytes).get(name);
  if (!data) throw new Error(`no ${name}`);
  return data.toString("utf8");
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** What the sheet should hold, as ExcelJS reads it back. */
function expectedValue(sheet: RegionalSheet, col: number, v: unknown): unknown {
  if (v === null || v === "") return null;
  if (sheet.columns[col].kind === "date") return utcDate(String(v));
  return v;
}

function expectSheetMatches(ws: ExcelJS.Worksheet, sheet: RegionalSheet): void {
  // The title rows above the header, as the model has them.
  titleRows(sheet.title, sheet.columns.length).forEach((row, r) =>
    row.forEach((v, c) => expect(ws.getCell(r + 1, c + 1).value).toEqual(v)),
  );
  expect(ws.getRow(HEADER_ROW).values).toEqual([undefined, ...sheet.columns.map((c) => c.header)]);
  const all = sheet.totals ? [...sheet.rows, sheet.totals] : sheet.rows;
  all.forEach((row, r) => {
    sheet.columns.forEach((column, c) => {
      const cell = ws.getCell(HEADER_ROW + 1 + r, c + 1);
      expect(cell.value).toEqual(expectedValue(sheet, c, row[c]));
      if (column.kind === "text" && cell.value !== null) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.numFmt).toBe("@");
      }
    });
  });
  expect(ws.getCell(HEADER_ROW + 1 + all.length, 1).value).toBeNull();
}

describe.each<[string, () => Promise<WriteRegionalOptions>]>([
  ["a new workbook", async () => ({})],
  [
    "a rebuild into an existing workbook",
    async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Мой анализ").getCell("A1").value = "свои заметки";
      return { existing: new Uint8Array(await wb.xlsx.writeBuffer()) };
    },
  ],
])("writeRegionalWorkbook: %s", (_name, options) => {
  it("writes the three sheets with every value, text as text and dates as dates", async () => {
    const m = model();
    const wb = await load(await writeRegionalWorkbook(m, await options()));
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names.filter((n) => ["Свод", "Сводка", "Замечания"].includes(n))).toEqual([
      "Свод",
      "Сводка",
      "Замечания",
    ]);
    for (const sheet of m.sheets) expectSheetMatches(wb.getWorksheet(sheet.name)!, sheet);
  });

  it("keeps every value in its column when a row starts with empty cells", async () => {
    const m = model();
    const remarks = m.sheets[2];
    remarks.rows[0] = remarks.rows[0].map((v, i) => (i < 2 ? null : v));
    const wb = await load(await writeRegionalWorkbook(m, await options()));
    expectSheetMatches(wb.getWorksheet(remarks.name)!, remarks);
  });

  it("never turns municipal text into a formula", async () => {
    const wb = await load(await writeRegionalWorkbook(model(), await options()));
    const ws = wb.getWorksheet("Свод")!;
    const activities = ws.getColumn(4).values.slice(2);
    for (const text of INJECTIONS) expect(activities).toContain(text);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeFalsy();
      }),
    );
  });

  it("formats each column by its kind and merges no cells", async () => {
    const m = model();
    const wb = await load(await writeRegionalWorkbook(m, await options()));
    const formats = { text: "@", date: "dd.mm.yyyy", integer: "0", percent: "0%" };
    for (const sheet of m.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      sheet.columns.forEach((c, i) => expect(ws.getColumn(i + 1).numFmt).toBe(formats[c.kind]));
      const merges = (ws as unknown as { _merges: Record<string, unknown> })._merges;
      expect(Object.keys(merges)).toEqual([]);
    }
  });

  it("freezes the header, turns filters on and sets widths and wrapping", async () => {
    const m = model();
    const wb = await load(await writeRegionalWorkbook(m, await options()));
    for (const sheet of m.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
      const last = ws.getColumn(sheet.columns.length).letter;
      expect(ws.autoFilter).toBe(`A${HEADER_ROW}:${last}${sheet.rows.length + HEADER_ROW}`);
      sheet.columns.forEach((c, i) => {
        expect(ws.getColumn(i + 1).width).toBeCloseTo(c.width, 0);
        expect(Boolean(ws.getColumn(i + 1).alignment?.wrapText)).toBe(c.wrap);
      });
      expect(ws.getCell(HEADER_ROW, 1).font?.bold).toBe(true);
      // The title: large and bold; printed landscape, one page wide, the header on each page.
      expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
      expect(ws.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      });
      expect(ws.headerFooter.oddFooter).toBe("&CСтраница &P из &N");
    }
  });
});

describe("rebuilding", () => {
  it("replaces the regional sheets in place and leaves every other sheet alone", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Обложка").getCell("B2").value = "Свод по краю";
    wb.addWorksheet("Свод").getCell("A1").value = "старый свод";
    const mine = wb.addWorksheet("Мой анализ");
    mine.getCell("A1").value = { formula: "1+2", result: 3 };
    mine.getCell("A2").value = "=не формула";
    mine.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    const first = await writeRegionalWorkbook(model(), {
      existing: new Uint8Array(await wb.xlsx.writeBuffer()),
    });
    const m2 = model(["добавлено в июне"]);
    const second = await load(await writeRegionalWorkbook(m2, { existing: first }));
    expect(second.worksheets.map((ws) => ws.name)).toEqual([
      "Обложка",
      "Свод",
      "Мой анализ",
      "Сводка",
      "Замечания",
    ]);
    for (const sheet of m2.sheets) expectSheetMatches(second.getWorksheet(sheet.name)!, sheet);
    expect(second.getWorksheet("Обложка")!.getCell("B2").value).toBe("Свод по краю");
    const kept = second.getWorksheet("Мой анализ")!;
    expect(kept.getCell("A1").value).toEqual({ formula: "1+2", result: 3 });
    expect(kept.getCell("A2").value).toBe("=не формула");
    expect(kept.getCell("B1").fill).toMatchObject({ fgColor: { argb: "FFFF0000" } });
  });

  it("gives the same sheets once however many times it runs", async () => {
    const m = model();
    let bytes = await writeRegionalWorkbook(m);
    for (let i = 0; i < 3; i++) bytes = await writeRegionalWorkbook(m, { existing: bytes });
    const wb = await load(bytes);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Свод", "Сводка", "Замечания"]);
    for (const sheet of m.sheets) expectSheetMatches(wb.getWorksheet(sheet.name)!, sheet);
    // No stale filter record of the old sheets left for Excel to "repair": one per sheet, the
    // hidden name LibreOffice needs for its filter buttons, over the sheet's current rows; and
    // one print titles name per sheet, its header row.
    const names = [...part(bytes, "xl/workbook.xml").matchAll(/<definedName [^>]*>[^<]*</g)].map(
      (n) => n[0],
    );
    expect(names).toEqual(
      m.sheets.flatMap((sheet, i) => [
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
          `'${sheet.name}'!$A$${HEADER_ROW}:$${String.fromCharCode(64 + sheet.columns.length)}$${sheet.rows.length + HEADER_ROW}<`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${sheet.name}'!$${HEADER_ROW}:$${HEADER_ROW}<`,
      ]),
    );
  });

  it("keeps a chart of the rebuilt workbook (the old refusal is no longer needed)", async () => {
    const withChart = [...parts(await writeRegionalWorkbook(model()))].map(([name, data]) => ({
      name,
      data: new Uint8Array(data),
    }));
    withChart.push({
      name: "xl/charts/chart1.xml",
      data: new TextEncoder().encode("<c:chartSpace/>"),
    });
    const rebuilt = await writeRegionalWorkbook(model(), { existing: zipParts(withChart) });
    expect(part(rebuilt, "xl/charts/chart1.xml")).toBe("<c:chartSpace/>");
  });

  it("refuses a workbook where a sheet of ours is a chart sheet, with a clear message", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Свод");
    const sheets = [...parts(new Uint8Array(await wb.xlsx.writeBuffer()))].map(([name, data]) => ({
      name,
      data: new Uint8Array(
        name === "xl/_rels/workbook.xml.rels"
          ? Buffer.from(
              data.toString("utf8").replace("relationships/worksheet", "relationships/chartsheet"),
            )
          : data,
      ),
    }));
    const attempt = writeRegionalWorkbook(model(), { existing: zipParts(sheets) });
    await expect(attempt).rejects.toBeInstanceOf(RegionalWriteError);
    await expect(attempt).rejects.toMatchObject({ code: "unsafe-rebuild" });
    await expect(attempt).rejects.toThrow(
      "Перестроить свод в этой книге нельзя: лист «Свод» в ней — не таблица",
    );
  });

  it("refuses a target that is not a workbook", async () => {
    const attempt = writeRegionalWorkbook(model(), {
      existing: new TextEncoder().encode("just text, not a zip"),
    });
    await expect(attempt).rejects.toMatchObject({ code: "not-a-workbook" });
    await expect(attempt).rejects.toThrow(/^Файл для свода не является книгой Excel/);
  });
});

describe("the new workbook's bytes", () => {
  it("record each sheet's filter in the sheet, over the header and data rows", async () => {
    const m = model();
    const bytes = await writeRegionalWorkbook(m);
    const workbook = part(bytes, "xl/workbook.xml");
    m.sheets.forEach((sheet, i) => {
      const last = sheet.columns.length <= 26 ? String.fromCharCode(64 + sheet.columns.length) : "";
      expect(workbook).toContain(`<sheet sheetId="${i + 1}" name="${sheet.name}"`);
      expect(part(bytes, `xl/worksheets/sheet${i + 1}.xml`)).toContain(
        `<autoFilter ref="A${HEADER_ROW}:${last}${sheet.rows.length + HEADER_ROW}"/>`,
      );
    });
  });

  // ExcelJS stamps the zip entries and docProps/core.xml with the time of writing, so the bytes
  // differ from run to run; everything else is the same for the same model.
  it("are the same for the same model, but for the time of writing", async () => {
    const m = model();
    const content = async () =>
      new Map(
        [...parts(await writeRegionalWorkbook(m))].map(([name, data]) => [
          name,
          data
            .toString("utf8")
            .replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, "<$1/>"),
        ]),
      );
    const first = await content();
    expect(first.get("docProps/core.xml")).toContain("<modified/>");
    expect(await content()).toEqual(first);
  });

  it("drop characters XML cannot carry instead of producing a damaged file", async () => {
    const m = model(["bell\u0007 and nul\u0000 gone"]);
    const wb = await load(await writeRegionalWorkbook(m));
    expect(wb.getWorksheet("Свод")!.getColumn(4).values).toContain("bell and nul gone");
  });
});
