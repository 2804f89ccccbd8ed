import ExcelJS from "exceljs";
import { deflateRawSync } from "node:zlib";
import { FileReadError } from "../../../src/hosts/file/file-error";
import { nodeInflateRaw } from "../../../src/hosts/file/inflate-node";
import { webInflateRaw } from "../../../src/hosts/file/inflate-web";
import {
  DEFAULT_LIMITS,
  countSheetTags,
  guardXlsx as guardWith,
  listZipEntries,
} from "../../../src/hosts/file/zip-guard";

async function workbookWithRows(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Лист1");
  for (let i = 1; i <= rows; i++) ws.addRow([i, `Мероприятие ${i}`, "Сентябрь 2021"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A one-entry zip whose entry declares `declared` bytes but inflates to `real`. */
function lyingZip(name: string, real: number, declared: number): Uint8Array {
  const data = deflateRawSync(Buffer.alloc(real, 0x41), { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBytes.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + nameBytes.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, eocd]));
}

describe.each([
  ["web DecompressionStream", webInflateRaw],
  ["Node zlib", nodeInflateRaw],
])("guardXlsx with %s", (_name, inflate) => {
  const guardXlsx = (bytes: Uint8Array, limits = DEFAULT_LIMITS) =>
    guardWith(bytes, limits, inflate);

  it("counts a sheet's rows exactly, across inflate chunks", async () => {
    const bytes = await workbookWithRows(3000);
    await expect(guardXlsx(bytes, { ...DEFAULT_LIMITS, maxRows: 3000 })).resolves.toBeUndefined();
    await expect(guardXlsx(bytes, { ...DEFAULT_LIMITS, maxRows: 2999 })).rejects.toMatchObject({
      code: "too-large",
    });
    await expect(guardXlsx(bytes, { ...DEFAULT_LIMITS, maxCells: 8999 })).rejects.toMatchObject({
      code: "too-large",
    });
    await expect(guardXlsx(bytes, { ...DEFAULT_LIMITS, maxCells: 9000 })).resolves.toBeUndefined();
  });

  it("stops a zip bomb that lies about its size, by inflating with a cap", async () => {
    const bomb = lyingZip("xl/worksheets/sheet1.xml", 8 * 1024 * 1024, 1000);
    expect(listZipEntries(bomb)[0].declaredSize).toBe(1000);
    const err = await guardXlsx(bomb, { ...DEFAULT_LIMITS, maxTotalBytes: 4 * 1024 * 1024 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FileReadError);
    expect((err as FileReadError).code).toBe("too-large");
    expect((err as FileReadError).message).toMatch(/zip-бомба/);
  });

  it("calls a truncated archive corrupt", async () => {
    const bytes = await workbookWithRows(10);
    await expect(guardXlsx(bytes.subarray(0, bytes.length - 30))).rejects.toMatchObject({
      code: "corrupt",
    });
  });
});

describe("countSheetTags", () => {
  it("counts row and cell start tags, not their look-alikes", () => {
    const xml = new TextEncoder().encode(
      '<sheetData><row r="1"><c r="A1"/><c r="B1" t="s"><v>0</v></c></row><row r="2">' +
        '<c r="A2"><v>1</v></c></row></sheetData><rowBreaks count="1"><brk id="1"/></rowBreaks>' +
        '<cols><col min="1"/></cols>',
    );
    expect(countSheetTags(xml)).toEqual({ rows: 2, cells: 3 });
  });
});
