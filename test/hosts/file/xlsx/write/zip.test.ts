import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeCompression } from "../../../../../src/hosts/file/xlsx/write/deflate-node";
import { PackageView } from "../../../../../src/hosts/file/xlsx/write/package-view";
import { ZipWriter } from "../../../../../src/hosts/file/xlsx/write/zip";
import { zipEntries, zipParts } from "../../../../support/zip";

describe("ZipWriter", () => {
  it("writes parts from text and byte chunks that any unzip reads", async () => {
    const zip = new ZipWriter(nodeCompression);
    await zip.addPart("[Content_Types].xml", ["<Types/>"]);
    const big = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}">строка ${i}</row>`);
    await zip.addPart("xl/worksheets/лист.xml", [
      "<sheetData>",
      ...big,
      new TextEncoder().encode("</sheetData>"),
    ]);
    const bytes = zip.finish();
    const entries = zipEntries(bytes);
    expect([...entries.keys()]).toEqual(["[Content_Types].xml", "xl/worksheets/лист.xml"]);
    expect(Buffer.from(entries.get("xl/worksheets/лист.xml")!.data).toString()).toBe(
      `<sheetData>${big.join("")}</sheetData>`,
    );
    const dir = mkdtempSync(join(tmpdir(), "zip-test-"));
    try {
      writeFileSync(join(dir, "a.zip"), bytes);
      // unzip checks every entry's CRC and sizes.
      expect(execFileSync("unzip", ["-t", join(dir, "a.zip")]).toString()).toContain(
        "No errors detected",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("copies an entry of another package as stored, byte for byte", async () => {
    const source = zipParts([
      { name: "xl/media/image1.png", data: new Uint8Array([1, 2, 3, 250]) },
    ]);
    const view = PackageView.open(source);
    const zip = new ZipWriter(nodeCompression);
    zip.addStored(view.entry("xl/media/image1.png")!);
    const copied = zipEntries(zip.finish()).get("xl/media/image1.png")!;
    expect(Buffer.from(copied.stored)).toEqual(
      Buffer.from(zipEntries(source).get("xl/media/image1.png")!.stored),
    );
    expect([...copied.data]).toEqual([1, 2, 3, 250]);
  });

  it("is reproducible: the same parts give the same bytes", async () => {
    const write = async () => {
      const zip = new ZipWriter(nodeCompression);
      await zip.addPart("a.xml", ["<a/>"]);
      return Buffer.from(zip.finish());
    };
    expect(await write()).toEqual(await write());
  });

  it("refuses a part written twice", async () => {
    const zip = new ZipWriter(nodeCompression);
    await zip.addPart("a.xml", ["<a/>"]);
    await expect(zip.addPart("a.xml", ["<b/>"])).rejects.toThrow("written twice");
  });
});
