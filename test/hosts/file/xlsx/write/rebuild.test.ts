import ExcelJS from "exceljs";
import { consolidate, HEADER_ROW, type RegionalModel } from "../../../../../src/core/consolidate";
import {
  isRegionalWorkbook,
  writeRegionalWorkbook,
} from "../../../../../src/hosts/file/write-regional";
import { nodeInflateRaw } from "../../../../../src/hosts/file/inflate-node";
import { readWorkbookGrids, REGIONAL_LIMITS } from "../../../../../src/hosts/file/read";
import { nodeCompression } from "../../../../../src/hosts/file/xlsx/write/deflate-node";
import { BASIC_COLUMNS, buinsk, checkedTable, source } from "../../../../core/consolidate/fixtures";
import { writeWithExcelJS } from "../../../../../bench/exceljs-writer";
import { richWorkbook } from "../../../../support/rich-workbook";
import { convertWithSoffice, pdfText } from "../../../../support/soffice";
import { rawZip, zipEntries, zipParts, zipTexts, crc32 } from "../../../../support/zip";

jest.setTimeout(120_000);

function model(activities: number, municipality = "г. Канск", sheetRows?: number): RegionalModel {
  const table = checkedTable({
    municipality,
    columns: BASIC_COLUMNS,
    rows: Array.from({ length: activities }, (_, i) => ({
      values: [
        `${i + 1}.`,
        `Мероприятие ${municipality} ${i + 1}`,
        "Май 2023",
        "УО",
        "Отчёт",
        null,
      ],
    })),
  });
  return consolidate([source("kansk.xlsx", [table]), source("b.xlsx", [buinsk()])], {
    asOf: "2022-01-15",
    sheetRows,
  });
}

const write = (m: RegionalModel, existing?: Uint8Array) =>
  writeRegionalWorkbook(m, { existing, compression: nodeCompression });

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every cell value of the user's sheets, as ExcelJS reads them. */
async function userValues(bytes: Uint8Array, sheets: string[]): Promise<unknown[][]> {
  const wb = await load(bytes);
  return sheets.map((name) => {
    const out: unknown[] = [];
    wb.getWorksheet(name)!.eachRow((row, r) =>
      row.eachCell((c, col) => out.push([r, col, c.value])),
    );
    return out;
  });
}

const USER_SHEETS = ["План", "Данные", "Сводная", "Заметки"];
/** Parts a rebuild may change: the sheet list and its relationships, types, styles, strings. */
const PACKAGE_PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
];

describe("rebuilding into a workbook with a chart, an image, a pivot table and macros", () => {
  const rich = richWorkbook({ macro: true });
  let first: Uint8Array;
  let second: Uint8Array;
  beforeAll(async () => {
    first = await write(model(30), rich);
    second = await write(model(12, "Кировский муниципальный район"), first);
  });

  it("keeps every part of the user's byte for byte, as stored, rebuild after rebuild", () => {
    const before = zipEntries(rich);
    for (const bytes of [first, second]) {
      const after = zipEntries(bytes);
      for (const [name, entry] of before) {
        if (PACKAGE_PARTS.includes(name)) continue;
        expect([name, Buffer.from(after.get(name)!.stored)]).toEqual([
          name,
          Buffer.from(entry.stored),
        ]);
      }
    }
    expect(zipTexts(second).get("[Content_Types].xml")).toContain("macroEnabled.main+xml");
  });

  it("keeps what the user's sheets read, their strings among the new ones", async () => {
    const want = await userValues(rich, USER_SHEETS);
    expect(await userValues(first, USER_SHEETS)).toEqual(want);
    expect(await userValues(second, USER_SHEETS)).toEqual(want);
  });

  it("replaces our sheets and no more: the same styles, a table of strings that does not grow", async () => {
    const wb = await load(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...USER_SHEETS,
      "Свод",
      "Сводка",
      "Замечания",
    ]);
    const rows = model(12, "Кировский муниципальный район").sheets[0].rows.length;
    expect(wb.getWorksheet("Свод")!.rowCount).toBe(HEADER_ROW + rows);
    const [a, b] = [first, second].map((x) => zipEntries(x));
    expect(Buffer.from(b.get("xl/styles.xml")!.stored)).toEqual(
      Buffer.from(a.get("xl/styles.xml")!.stored),
    );
    const unique = (x: Uint8Array) =>
      Number(/uniqueCount="(\d+)"/.exec(zipTexts(x).get("xl/sharedStrings.xml")!)![1]);
    // The smaller region's strings take the freed slots of the larger one's; the rest go.
    expect(unique(second)).toBeLessThan(unique(first));
    const again = await write(model(30), second);
    expect(unique(again)).toBe(unique(first));
  });

  it("is marked as ours, and the user's workbook is not", async () => {
    expect(await isRegionalWorkbook(first)).toBe(true);
    expect(await isRegionalWorkbook(second)).toBe(true);
    expect(await isRegionalWorkbook(await write(model(3)))).toBe(true);
    expect(await isRegionalWorkbook(rich)).toBe(false);
    expect(await isRegionalWorkbook(new TextEncoder().encode("not a zip"))).toBe(false);
  });

  it("opens in LibreOffice with the user's pivot table and our sheets", async () => {
    const text = await pdfText(await convertWithSoffice(second, "xlsm", "pdf"));
    expect(text).toContain("Совещание");
    expect(text).toMatch(/Total Resu|Итог/);
    expect(text).toContain("Мероприятие Кировский муниципальный район 12");
  });
});

describe("rebuilding sheet lists and names", () => {
  it("drops last month's «Свод (2)» when the region fits one sheet again, names following", async () => {
    const big = await write(model(25, "г. Канск", 10));
    const wb = await load(big);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Свод",
      "Свод (2)",
      "Свод (3)",
      "Сводка",
      "Замечания",
    ]);
    // A user's sheet after ours, with a print area of its own (scoped by position).
    const parts = [...zipEntries(big)].map(([name, e]) => ({ name, data: e.data }));
    const withUser = parts.map((p) => {
      const text = Buffer.from(p.data).toString();
      if (p.name === "xl/workbook.xml") {
        return {
          name: p.name,
          data: Buffer.from(
            text
              .replace("</sheets>", '<sheet sheetId="9" name="Мой" r:id="rId99"/></sheets>')
              .replace(
                "</definedNames>",
                '<definedName name="_xlnm.Print_Area" localSheetId="5">\'Мой\'!$A$1:$B$2</definedName></definedNames>',
              )
              .replace('activeTab="0"', 'activeTab="5"'),
          ),
        };
      }
      if (p.name === "xl/_rels/workbook.xml.rels") {
        return {
          name: p.name,
          data: Buffer.from(
            text.replace(
              "</Relationships>",
              '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet7.xml"/></Relationships>',
            ),
          ),
        };
      }
      if (p.name === "[Content_Types].xml") {
        return {
          name: p.name,
          data: Buffer.from(
            text.replace(
              "</Types>",
              '<Override PartName="/xl/worksheets/sheet7.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
            ),
          ),
        };
      }
      return p;
    });
    withUser.push({
      name: "xl/worksheets/sheet7.xml",
      data: Buffer.from(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>моё</t></is></c></row></sheetData></worksheet>',
      ),
    });
    const rebuilt = await write(model(5), zipParts(withUser));
    const back = await load(rebuilt);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Свод", "Сводка", "Замечания", "Мой"]);
    expect(back.getWorksheet("Мой")!.getCell("A1").value).toBe("моё");
    const workbook = zipTexts(rebuilt).get("xl/workbook.xml")!;
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="3">\'Мой\'!$A$1:$B$2</definedName>',
    );
    expect(workbook).toContain('activeTab="3"');
    expect(workbook).not.toContain("Свод (2)");
    expect([...zipEntries(rebuilt).keys()].filter((n) => n.startsWith("xl/worksheets/"))).toEqual([
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet4.xml",
      "xl/worksheets/sheet5.xml",
      "xl/worksheets/sheet7.xml",
    ]);
  });

  it("puts a new «Свод (2)» right after «Свод», and the rest after the user's sheets", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Обложка");
    wb.addWorksheet("Свод");
    wb.addWorksheet("Мой анализ");
    const existing = new Uint8Array(await wb.xlsx.writeBuffer());
    const back = await load(await write(model(25, "г. Канск", 10), existing));
    expect(back.worksheets.map((w) => w.name)).toEqual([
      "Обложка",
      "Свод",
      "Свод (2)",
      "Свод (3)",
      "Мой анализ",
      "Сводка",
      "Замечания",
    ]);
  });
});

describe("rebuilding drops what hung only on our old sheets", () => {
  /** Our workbook with a table on «Свод» (as Excel's add-in makes one) and a formula chain. */
  async function withTableAndChain(chainSheetId: number): Promise<Uint8Array> {
    const parts = [...zipEntries(await write(model(4)))].map(([name, e]) => ({
      name,
      data: e.data,
    }));
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const edit = (name: string, f: (t: string) => string) => {
      const p = parts.find((x) => x.name === name)!;
      p.data = Buffer.from(f(Buffer.from(p.data).toString()));
    };
    edit("xl/_rels/workbook.xml.rels", (t) =>
      t.replace(
        "</Relationships>",
        `<Relationship Id="rId90" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`,
      ),
    );
    edit("[Content_Types].xml", (t) =>
      t.replace(
        "</Types>",
        '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    parts.push(
      {
        name: "xl/worksheets/_rels/sheet1.xml.rels",
        data: Buffer.from(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/table" Target="../tables/table1.xml"/></Relationships>`,
        ),
      },
      { name: "xl/tables/table1.xml", data: Buffer.from("<table/>") },
      {
        name: "xl/calcChain.xml",
        data: Buffer.from(`<calcChain><c r="A1" i="${chainSheetId}"/><c r="A2"/></calcChain>`),
      },
    );
    return zipParts(parts);
  }

  it("removes a table made on «Свод» and a formula chain naming its cells", async () => {
    const rebuilt = zipTexts(await write(model(6), await withTableAndChain(1)));
    expect([...rebuilt.keys()].filter((n) => /table|calcChain|sheet1\.xml\.rels/.test(n))).toEqual(
      [],
    );
    expect(rebuilt.get("[Content_Types].xml")).not.toMatch(/table1|calcChain/);
    expect(rebuilt.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  });

  it("keeps a formula chain that names only the user's sheets", async () => {
    const rebuilt = zipTexts(await write(model(6), await withTableAndChain(7)));
    expect(rebuilt.get("xl/calcChain.xml")).toBe(
      '<calcChain><c r="A1" i="7"/><c r="A2"/></calcChain>',
    );
  });
});

describe("rebuilding what other programs saved", () => {
  it("rebuilds last month's file written by the previous (ExcelJS) writer", async () => {
    const old = await writeWithExcelJS(model(9));
    const m = model(4);
    const back = await load(await write(m, old));
    expect(back.worksheets.map((w) => w.name)).toEqual(["Свод", "Сводка", "Замечания"]);
    expect(back.getWorksheet("Свод")!.rowCount).toBe(HEADER_ROW + m.sheets[0].rows.length);
    const activities = back.getWorksheet("Свод")!.getColumn(4).values;
    expect(activities).toContain("Мероприятие г. Канск 4");
    expect(activities).not.toContain("Мероприятие г. Канск 5");
  });

  it("rebuilds a regional workbook LibreOffice saved again, keeping the user's sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Заметки").getCell("A1").value = "не трогать";
    const ours = await write(model(8), new Uint8Array(await wb.xlsx.writeBuffer()));
    const saved = await convertWithSoffice(ours, "xlsx", "xlsx");
    expect(await isRegionalWorkbook(saved)).toBe(true);
    const m = model(3);
    const rebuilt = await write(m, saved);
    const back = await load(rebuilt);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Заметки", "Свод", "Сводка", "Замечания"]);
    expect(back.getWorksheet("Заметки")!.getCell("A1").value).toBe("не трогать");
    expect(back.getWorksheet("Свод")!.rowCount).toBe(HEADER_ROW + m.sheets[0].rows.length);
    expect(await pdfText(await convertWithSoffice(rebuilt, "xlsx", "pdf"))).toContain(
      "Мероприятие г. Канск 3",
    );
  });
});

describe("refusing what is unsafe to touch", () => {
  const base = async () =>
    [...zipEntries(await write(model(2)))].map(([name, e]) => ({ name, data: e.data }));

  it("a signed workbook", async () => {
    const parts = await base();
    parts.push({ name: "_xmlsignatures/sig1.xml", data: Buffer.from("<Signature/>") });
    await expect(write(model(2), zipParts(parts))).rejects.toThrow(
      "книга подписана цифровой подписью",
    );
  });

  it("a shared workbook with a change log", async () => {
    const parts = await base();
    parts.push({ name: "xl/revisions/revisionHeaders.xml", data: Buffer.from("<headers/>") });
    await expect(write(model(2), zipParts(parts))).rejects.toThrow("общая книга");
  });

  it("a workbook whose structure is protected, when sheets must be added", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Лист1");
    const parts = [...zipEntries(new Uint8Array(await wb.xlsx.writeBuffer()))].map(([name, e]) => ({
      name,
      data:
        name === "xl/workbook.xml"
          ? Buffer.from(
              Buffer.from(e.data)
                .toString()
                .replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'),
            )
          : e.data,
    }));
    await expect(write(model(2), zipParts(parts))).rejects.toMatchObject({
      code: "unsafe-rebuild",
    });
  });

  it("a zip whose entries are encrypted", async () => {
    const data = new TextEncoder().encode("x");
    const zip = Buffer.from(
      rawZip([{ name: "xl/workbook.xml", packed: data, size: 1, crc: crc32(data) }]),
    );
    zip.writeUInt16LE(0x0801, 6);
    zip.writeUInt16LE(0x0801, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    await expect(write(model(2), zip)).rejects.toMatchObject({ code: "not-a-workbook" });
  });
});

describe("a region of 200,000 activities", () => {
  it("rebuilds in place without opening the old sheets, and reads back within the regional limits", async () => {
    const small = model(3);
    const svod = small.sheets[0];
    const rows = Array.from({ length: 200_000 }, (_, i) => {
      const row = [...svod.rows[i % svod.rows.length]];
      row[3] = `Мероприятие ${i + 1}`;
      return row;
    });
    const big: RegionalModel = { ...small, sheets: [{ ...svod, rows }, ...small.sheets.slice(1)] };
    const first = await write(big);
    const oldSheet = zipEntries(first).get("xl/worksheets/sheet1.xml")!;
    let inflated = 0;
    const counting = async (data: Uint8Array, max: number) => {
      const out = await nodeInflateRaw(data, max);
      inflated += out?.length ?? 0;
      return out;
    };
    const rebuilt = await writeRegionalWorkbook(big, {
      existing: first,
      compression: nodeCompression,
      inflate: counting,
    });
    expect(inflated).toBeLessThan(oldSheet.data.length / 100);
    const sheet = Buffer.from(zipEntries(rebuilt).get("xl/worksheets/sheet1.xml")!.data).toString();
    expect(sheet.includes(`<dimension ref="A1:L${HEADER_ROW + 200_000}"/>`)).toBe(true);
    expect(sheet.split("<row ").length - 1).toBe(HEADER_ROW + 200_000);
    expect(
      zipTexts(rebuilt).get("xl/sharedStrings.xml")!.includes("<t>Мероприятие 200000</t>"),
    ).toBe(true);
    expect(await isRegionalWorkbook(rebuilt)).toBe(true);

    // Read back as next month's cycle reads last month's region: our reader with
    // REGIONAL_LIMITS. The municipal cap of 100,000 rows is not for our own file.
    const grids = await readWorkbookGrids(rebuilt, {
      limits: REGIONAL_LIMITS,
      inflate: nodeInflateRaw,
    });
    expect(grids.map((g) => g.sheet)).toEqual(big.sheets.map((x) => x.name));
    const svodGrid = grids[0];
    expect(svodGrid.cells).toHaveLength(HEADER_ROW + 200_000);
    expect(svodGrid.cells[HEADER_ROW - 1][3]).toBe("Мероприятие");
    expect(svodGrid.cells[HEADER_ROW - 1 + 200_000][3]).toBe("Мероприятие 200000");
    await expect(readWorkbookGrids(rebuilt, { inflate: nodeInflateRaw })).rejects.toMatchObject({
      code: "too-large",
      reason: "rows",
    });
  });
});
