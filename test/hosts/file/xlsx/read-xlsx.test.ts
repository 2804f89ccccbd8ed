import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { readXlsxFile } from "../../../../src/hosts/file/read-node";
import { webInflateRaw } from "../../../../src/hosts/file/inflate-web";
import { readWorkbookGrids } from "../../../../src/hosts/file/read";
import { MUNICIPAL_LIMITS, REGIONAL_LIMITS } from "../../../../src/hosts/file/xlsx/limits";
import { listZipEntries } from "../../../../src/hosts/file/xlsx/zip";
import { crc32, rawZip, zipParts } from "../../../support/zip";
import { CONTENT_TYPES, MAIN, REL, part, read, rels, sheetXml, simpleBook } from "./package";

const failure = async (bytes: Uint8Array) => {
  try {
    await read(bytes);
    return null;
  } catch (err) {
    return err as { code: string; reason?: string; detail?: string; message: string };
  }
};

const oneCell = (v: string) =>
  sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${v}</t></is></c></row>`);

describe("readXlsxGrids: the package", () => {
  it("reads the sheets in workbook order, flags hidden ones, skips chart sheets", async () => {
    const bytes = zipParts([
      CONTENT_TYPES,
      part(
        "_rels/.rels",
        rels([{ id: "rId1", type: "officeDocument", target: "xl/workbook.xml" }]),
      ),
      part(
        "xl/workbook.xml",
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
          `<sheet name="Второй" sheetId="2" r:id="a"/><sheet name="Диаграмма" sheetId="3" r:id="c"/>` +
          `<sheet name="Скрытый" sheetId="1" state="hidden" r:id="b"/></sheets></workbook>`,
      ),
      part(
        "xl/_rels/workbook.xml.rels",
        rels([
          { id: "b", type: "worksheet", target: "worksheets/sheet1.xml" },
          { id: "a", type: "worksheet", target: "/xl/worksheets/sheet2.xml" },
          { id: "c", type: "chartsheet", target: "chartsheets/sheet1.xml" },
        ]),
      ),
      part("xl/worksheets/sheet1.xml", oneCell("один")),
      part("xl/worksheets/sheet2.xml", oneCell("два")),
      part("xl/chartsheets/sheet1.xml", `<chartsheet xmlns="${MAIN}"/>`),
    ]);
    expect(await read(bytes)).toEqual([
      { sheet: "Второй", origin: { row: 1, col: 1 }, cells: [["два"]], merges: [] },
      { sheet: "Скрытый", origin: { row: 1, col: 1 }, cells: [["один"]], merges: [], hidden: true },
    ]);
  });

  it("finds a workbook part that is not xl/workbook.xml, by relationship or by content type", async () => {
    const parts = [
      part(
        "Book/Main.xml",
        `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Л" sheetId="1" r:id="R1"/></x:sheets></x:workbook>`,
      ),
      part(
        "Book/_rels/Main.xml.rels",
        rels([{ id: "R1", type: "worksheet", target: "../Sheets/One.xml" }]),
      ),
      part("Sheets/One.xml", oneCell("есть")),
    ];
    const byRel = zipParts([
      part("_rels/.rels", rels([{ id: "x", type: "officeDocument", target: "/Book/Main.xml" }])),
      ...parts,
    ]);
    const byType = zipParts([
      part(
        "[Content_Types].xml",
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/Book/Main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      ),
      ...parts,
    ]);
    for (const bytes of [byRel, byType]) {
      expect((await read(bytes)).map((g) => [g.sheet, g.cells])).toEqual([["Л", [["есть"]]]]);
    }
  });

  it("reads shared strings and date styles through the workbook's relationships", async () => {
    const bytes = simpleBook({
      sheets: [
        [
          "Лист1",
          sheetXml(
            `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>44440</v></c><c r="C1"><v>44440</v></c></row>`,
          ),
        ],
      ],
      sharedStrings: ["ноль", "один"],
      styles: `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
      workbookExtra: `<workbookPr date1904="false"/>`,
    });
    expect((await read(bytes))[0].cells).toEqual([["один", new Date(Date.UTC(2021, 8, 1)), 44440]]);
  });

  it("reads the same in the browser's DecompressionStream", async () => {
    const bytes = simpleBook({ sheets: [["Лист1", oneCell("Мероприятие")]] });
    expect(await readWorkbookGrids(bytes, { inflate: webInflateRaw })).toEqual(await read(bytes));
  });
});

describe("readXlsxGrids: what is not a workbook we read", () => {
  it("names an OpenDocument spreadsheet, a binary .xlsb and an empty archive", async () => {
    const mime = new TextEncoder().encode("application/vnd.oasis.opendocument.spreadsheet");
    const ods = rawZip([
      { name: "mimetype", packed: mime, size: mime.length, crc: crc32(mime), stored: true },
    ]);
    expect(await failure(ods)).toMatchObject({ code: "ods" });

    const xlsb = zipParts([
      part(
        "[Content_Types].xml",
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`,
      ),
      { name: "xl/workbook.bin", data: new Uint8Array(10) },
    ]);
    expect(await failure(xlsb)).toMatchObject({ code: "xlsb" });

    const empty = await failure(rawZip([]));
    expect(empty).toMatchObject({ code: "empty-file", reason: "empty-archive" });
    expect(empty?.message).toMatch(/Пустой файл/);

    const unlabelledXlsb = zipParts([
      part(
        "_rels/.rels",
        rels([{ id: "rId1", type: "officeDocument", target: "xl/workbook.bin" }]),
      ),
      { name: "xl/workbook.bin", data: new Uint8Array([0x83, 0x01, 0x00]) },
    ]);
    expect(await failure(unlabelledXlsb)).toMatchObject({ code: "xlsb" });

    // SheetJS declares ".bin" as a binary workbook's kind in every package, .xlsx included.
    const sheetjs = zipParts([
      part(
        "[Content_Types].xml",
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`,
      ),
      ...unzipAll(simpleBook({ sheets: [["Лист1", oneCell("xlsx")]] })).filter(
        (p) => p.name !== "[Content_Types].xml",
      ),
    ]);
    expect((await read(sheetjs))[0].cells).toEqual([["xlsx"]]);

    const docx = zipParts([part("word/document.xml", "<w:document/>")]);
    expect(await failure(docx)).toMatchObject({ code: "not-xlsx" });
    // Sheets without their workbook: a damaged .xlsx rather than some other archive.
    const partial = zipParts([part("xl/worksheets/sheet1.xml", oneCell("x"))]);
    expect(await failure(partial)).toMatchObject({ code: "corrupt" });
  });

  it("calls XML that cannot be read corrupt, keeping the parser's words out of the message", async () => {
    const bomb = simpleBook({
      sheets: [["Лист1", `<!DOCTYPE x [<!ENTITY a "a">]><worksheet xmlns="${MAIN}"/>`]],
    });
    const err = await failure(bomb);
    expect(err).toMatchObject({
      code: "corrupt",
      detail: "xl/worksheets/sheet1.xml: DTD not allowed at byte 0",
    });
    expect(err?.message).toBe(
      "Файл повреждён или передан не полностью: книгу не удалось прочитать.",
    );
  });
});

describe("readXlsxGrids: limits", () => {
  const rowsBook = (n: number) =>
    simpleBook({
      sheets: [
        [
          "Свод",
          sheetXml(
            Array.from(
              { length: n },
              (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`,
            ).join(""),
          ),
        ],
      ],
    });

  it("refuses a municipal file past 100,000 rows but reads our regional workbook", async () => {
    const bytes = rowsBook(MUNICIPAL_LIMITS.maxRows + 1);
    expect(await failure(bytes)).toMatchObject({ code: "too-large", reason: "rows" });
    const grids = await read(bytes, REGIONAL_LIMITS);
    expect(grids[0].cells).toHaveLength(MUNICIPAL_LIMITS.maxRows + 1);
    // The same from disk, as the monthly cycle reads last month's file.
    const dir = mkdtempSync(join(tmpdir(), "regional-"));
    try {
      const path = join(dir, "свод.xlsx");
      writeFileSync(path, bytes);
      await expect(readXlsxFile(path)).rejects.toMatchObject({ reason: "rows" });
      const fromDisk = await readXlsxFile(path, { limits: REGIONAL_LIMITS });
      expect(fromDisk[0].cells[MUNICIPAL_LIMITS.maxRows]).toEqual([MUNICIPAL_LIMITS.maxRows]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops a zip bomb in a part it reads, and never inflates one in a part it does not", async () => {
    const huge = deflateRawSync(Buffer.alloc(64 << 20, 0x20), { level: 9 });
    const book = simpleBook({ sheets: [["Лист1", oneCell("ok")]] });
    const withBomb = (name: string) =>
      rawZip([
        ...unzipAll(book).map((p) => ({
          ...p,
          packed: deflateRawSync(p.data),
          size: p.data.length,
          crc: crc32(p.data),
        })),
        { name, packed: huge, size: 100, crc: 0 },
      ]);
    const limits = { ...MUNICIPAL_LIMITS, maxTotalBytes: 16 << 20 };
    // A part named by no relationship: nothing reads it.
    expect((await read(withBomb("xl/media/image1.png"), limits))[0].cells).toEqual([["ok"]]);
    // The same bytes as the sheet itself (the later entry of a name wins).
    await expect(read(withBomb("xl/worksheets/sheet1.xml"), limits)).rejects.toMatchObject({
      code: "too-large",
      reason: "zip-bomb",
    });
  });
});

/** The parts of a package, inflated. */
function unzipAll(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  return listZipEntries(bytes).map((e) => ({
    name: e.name,
    data: new Uint8Array(
      inflateRawSync(bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize)),
    ),
  }));
}
