/**
 * Hostile and broken inputs for the consolidation tests, generated on the spot: nothing binary
 * is committed, and each file is built the way such files come to be.
 */
import ExcelJS from "exceljs";
import zlib from "node:zlib";
import { crc32, rawZip, zipParts } from "../support/zip";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE2 compound file naming the given streams in its directory (as .xls and encrypted .xlsx do). */
export function oleFile(streams: string[]): Uint8Array {
  const out = new Uint8Array(4096);
  out.set(OLE_MAGIC, 0);
  streams.forEach((name, i) => {
    const at = 1024 + i * 128; // directory entries are 128 bytes, names UTF-16LE
    for (let j = 0; j < name.length; j++) out[at + j * 2] = name.charCodeAt(j);
  });
  return out;
}

export const legacyXls = (): Uint8Array =>
  oleFile(["Root Entry", "Workbook", "SummaryInformation"]);
export const passwordProtected = (): Uint8Array =>
  oleFile(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);

/** A real workbook cut in half on the way (a truncated e-mail attachment). */
export async function truncated(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Лист1").getCell("A1").value = "x";
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

export async function emptyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Лист1");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function noRoadmap(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Школы");
  ws.addRow(["№", "Наименование ОО", "Директор", "Телефон"]);
  for (let i = 1; i <= 15; i++)
    ws.addRow([`${i}.`, `МБОУ «СОШ № ${i}»`, `Директор ${i}`, `8 (42356) 3-12-${10 + i}`]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const MINIMAL_PARTS = (sheetXml: Uint8Array) => {
  const enc = new TextEncoder();
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return [
    {
      name: "[Content_Types].xml",
      data: enc.encode(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: enc.encode(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      data: enc.encode(
        `<?xml version="1.0"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: enc.encode(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml },
  ];
};

/** A sheet of a million rows, written row by row as an export from some system would be. */
export async function millionRows(): Promise<Uint8Array> {
  const chunks: string[] = [
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let r = 1; r <= 1_000_000; r++)
    chunks.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  chunks.push("</sheetData></worksheet>");
  const sheet = new TextEncoder().encode(chunks.join(""));
  return zipParts(MINIMAL_PARTS(sheet));
}

/**
 * A zip bomb: a couple of megabytes that inflate to `gigabytes` GB of spaces inside the sheet,
 * while the zip's directory claims a harmless size. Built from one compressed block repeated
 * (a full flush makes each block independent), so making it takes milliseconds.
 */
export function zipBomb(gigabytes = 2): Uint8Array {
  const block = zlib.deflateRawSync(Buffer.alloc(16 << 20, 0x20), {
    level: 9,
    finishFlush: zlib.constants.Z_FULL_FLUSH,
  });
  const repeats = gigabytes * 64;
  const data = new Uint8Array(block.length * repeats + 2);
  for (let i = 0; i < repeats; i++) data.set(block, i * block.length);
  data.set([0x03, 0x00], block.length * repeats); // an empty final block
  const parts = MINIMAL_PARTS(new Uint8Array(0)).slice(0, 4);
  const honest = parts.map((p) => ({
    ...p,
    packed: zlib.deflateRawSync(p.data),
    size: p.data.length,
    crc: crc32(p.data),
  }));
  const entries = [
    ...honest,
    { name: "xl/worksheets/sheet1.xml", packed: data, size: 1000, crc: 0 },
  ];
  return rawZip(entries);
}
