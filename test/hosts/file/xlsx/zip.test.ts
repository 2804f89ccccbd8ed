import { FileReadError } from "../../../../src/hosts/file/file-error";
import { listZipEntries, ZipArchive } from "../../../../src/hosts/file/xlsx/zip";
import { crc32, rawZip, zipParts } from "../../../support/zip";

const enc = new TextEncoder();

describe("listZipEntries", () => {
  it("lists entries with their method, sizes and data offsets", () => {
    const zip = zipParts([
      { name: "a.xml", data: enc.encode("<a/>") },
      { name: "папка/б.xml", data: enc.encode("<b>".repeat(100)) },
    ]);
    const entries = listZipEntries(zip);
    expect(entries.map((e) => [e.name, e.method, e.declaredSize])).toEqual([
      ["a.xml", 8, 4],
      ["папка/б.xml", 8, 300],
    ]);
  });

  it("calls a cut archive or a damaged directory corrupt, with a technical detail", () => {
    const zip = zipParts([{ name: "a.xml", data: enc.encode("<a/>".repeat(50)) }]);
    const cut = (bytes: Uint8Array) => {
      try {
        listZipEntries(bytes);
        return null;
      } catch (err) {
        return err as FileReadError;
      }
    };
    expect(cut(zip.subarray(0, zip.length - 10))).toMatchObject({ code: "corrupt" });
    const broken = zip.slice();
    broken[zip.length - 22 + 16] ^= 0x40; // the directory offset
    const err = cut(broken);
    expect(err).toBeInstanceOf(FileReadError);
    expect(err?.code).toBe("corrupt");
    expect(err?.detail).toMatch(/^zip: /);
    expect(err?.message).not.toMatch(/zip:|directory/);
  });

  it("follows ZIP64 sizes and offsets in the extra field", () => {
    // An entry whose 32-bit fields say "see ZIP64", as streaming .NET writers produce.
    const data = enc.encode("<x/>");
    const plain = rawZip([{ name: "x.xml", packed: data, size: data.length, crc: crc32(data) }]);
    const entries = listZipEntries(plain);
    const central = plain.length - 22 - (46 + 5);
    const extra = new Uint8Array(4 + 24);
    const view = new DataView(extra.buffer);
    view.setUint16(0, 1, true);
    view.setUint16(2, 24, true);
    view.setUint32(4, data.length, true); // declared size
    view.setUint32(12, data.length, true); // compressed size
    view.setUint32(20, 0, true); // local header offset
    const head = plain.slice(0, central);
    const dir = plain.slice(central, central + 46 + 5);
    const dv = new DataView(dir.buffer);
    dv.setUint32(20, 0xffffffff, true);
    dv.setUint32(24, 0xffffffff, true);
    dv.setUint32(42, 0xffffffff, true);
    dv.setUint16(30, extra.length, true);
    const eocd = plain.slice(plain.length - 22);
    new DataView(eocd.buffer).setUint32(12, dir.length + extra.length, true);
    const zip64 = new Uint8Array([...head, ...dir, ...extra, ...eocd]);
    expect(listZipEntries(zip64)).toEqual(entries);
  });
});

describe("ZipArchive", () => {
  it("finds parts case-insensitively, with or without a leading slash or backslashes", () => {
    const zip = new ZipArchive(
      zipParts([
        { name: "XL\\Workbook.xml", data: enc.encode("<w/>") },
        { name: "/xl/styles.xml", data: enc.encode("<s/>") },
      ]),
    );
    expect(zip.find("xl/workbook.xml")?.name).toBe("XL\\Workbook.xml");
    expect(zip.find("/XL/STYLES.XML")?.name).toBe("/xl/styles.xml");
    expect(zip.find("xl/sharedStrings.xml")).toBeNull();
  });

  it("takes the later of two entries with one name, as JSZip does", () => {
    const zip = new ZipArchive(
      zipParts([
        { name: "a.xml", data: enc.encode("<first/>") },
        { name: "a.xml", data: enc.encode("<second/>") },
      ]),
    );
    expect(zip.find("a.xml")?.declaredSize).toBe("<second/>".length);
  });
});
