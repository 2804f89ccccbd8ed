import { readFile } from "node:fs/promises";
import { join } from "node:path";
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { readGrids } from "../../../src/hosts/file/dispatch";
import type { FileReadError } from "../../../src/hosts/file/file-error";
import { isDocumentName, sniff } from "../../../src/hosts/file/sniff";
import { MUNICIPAL_LIMITS } from "../../../src/hosts/file/xlsx/limits";
import { legacyXls, oleFile, passwordProtected } from "../../cli/bad-workbooks";
import { docxBytes, row, tbl, W_NS } from "../../support/word";
import { crc32, rawZip, zipParts } from "../../support/zip";
import { toZip64 } from "../../support/zip64";
import { listZipEntries } from "../../../src/hosts/file/xlsx/zip";

/** The parts of a package, inflated. */
function unzip(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  return listZipEntries(bytes).map((e) => ({
    name: e.name,
    data: new Uint8Array(
      zlib.inflateRawSync(bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize)),
    ),
  }));
}

const legacyDoc = () => oleFile(["Root Entry", "WordDocument", "1Table", "SummaryInformation"]);

async function codeOf(bytes: Uint8Array, fileName?: string): Promise<string> {
  const err = await readGrids(bytes, { fileName }).then(
    () => null,
    (e: unknown) => e as { code: string },
  );
  return err?.code ?? "read";
}

describe("one dispatch by content", () => {
  it("reads a zip with word/document.xml as a Word document, whatever its name", async () => {
    const bytes = docxBytes(tbl([row("a", "b")], [1, 1]));
    for (const name of ["plan.docx", "plan.xlsx", undefined]) {
      const r = await readGrids(bytes, { fileName: name });
      expect(r.format).toBe("docx");
      expect(r.grids[0].sheet).toBe("Таблица 1");
    }
  });

  it("reads a zip with xl/ as a workbook, even named .docx", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("План").getCell("A1").value = "x";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readGrids(bytes, { fileName: "plan.docx" });
    expect(r.format).toBe("xlsx");
    expect(r.grids[0].sheet).toBe("План");
  });

  it("tells a legacy .doc, a legacy .xls and an encrypted package apart", async () => {
    expect(await codeOf(legacyDoc(), "plan.doc")).toBe("legacy-doc");
    expect(await codeOf(legacyDoc(), "plan.xls")).toBe("legacy-doc");
    expect(await codeOf(legacyXls(), "plan.xls")).toBe("legacy-xls");
    // Office encrypts a .docx and an .xlsx alike: only the name tells whose words to use.
    expect(await codeOf(passwordProtected(), "plan.docx")).toBe("encrypted-docx");
    expect(await codeOf(passwordProtected(), "plan.xlsx")).toBe("encrypted");
    expect(await codeOf(oleFile(["Root Entry"]), "plan.doc")).toBe("legacy-doc");
    expect(await codeOf(oleFile(["Root Entry"]), "plan.xls")).toBe("legacy-xls");
  });

  it("names an empty file, and a file that is no zip in the words of its name", async () => {
    expect(await codeOf(new Uint8Array(0), "plan.docx")).toBe("empty-file");
    const text = new TextEncoder().encode("Дорожная карта, просто текст");
    expect(await codeOf(text, "plan.docx")).toBe("not-docx");
    expect(await codeOf(text, "plan.xlsx")).toBe("not-xlsx");
  });

  it("says a zip that is neither is not what its name promises", async () => {
    const zip = zipParts([{ name: "readme.txt", data: new TextEncoder().encode("hi") }]);
    expect(await codeOf(zip, "plan.docx")).toBe("not-docx");
    expect(await codeOf(zip, "plan.xlsx")).toBe("not-xlsx");
    const cut = docxBytes(tbl([row("a")], [1]));
    expect(await codeOf(cut.subarray(0, 200), "plan.docx")).toBe("corrupt-docx");
  });
});

describe("sniffing", () => {
  it("sees a zip, an OLE container by its streams, or something else", () => {
    expect(sniff(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe("zip");
    expect(sniff(legacyDoc())).toBe("ole-word");
    expect(sniff(legacyXls())).toBe("ole-excel");
    expect(sniff(passwordProtected())).toBe("ole-encrypted");
    expect(sniff(new Uint8Array([1, 2, 3]))).toBe("unknown");
    expect(sniff(new Uint8Array(0))).toBe("empty");
  });

  it("knows the names a Word document goes by", () => {
    expect(["a.docx", "A.DOC", "b.docm", " c.dotx "].every(isDocumentName)).toBe(true);
    expect(["a.xlsx", "a.docx.xlsx", "doc", undefined].some(isDocumentName)).toBe(false);
  });
});

describe("the package's main part", () => {
  const enc = new TextEncoder();
  const rels = (target: string) =>
    enc.encode(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`,
    );
  const body = enc.encode(
    `<w:document xmlns:w="${W_NS}"><w:body>${tbl([row("a", "b")], [1, 1])}</w:body></w:document>`,
  );

  it("reads a document whose main part is not word/document.xml, as its relationship says", async () => {
    const zip = zipParts([
      { name: "_rels/.rels", data: rels("/doc/document2.xml") },
      { name: "doc/document2.xml", data: body },
    ]);
    const r = await readGrids(zip, { fileName: "x.docx" });
    expect(r.format).toBe("docx");
    expect(r.grids[0].cells).toEqual([["a", "b"]]);
  });

  it("reads part names written with backslashes", async () => {
    const zip = zipParts([
      { name: "_rels\\.rels", data: rels("word/document.xml") },
      { name: "word\\document.xml", data: body },
    ]);
    expect((await readGrids(zip, { fileName: "x.docx" })).grids[0].cells).toEqual([["a", "b"]]);
  });

  it("takes a package whose main part is a workbook at its root for a workbook", async () => {
    const zip = zipParts([
      { name: "_rels/.rels", data: rels("workbook.xml") },
      { name: "workbook.xml", data: enc.encode("<workbook/>") },
    ]);
    expect(await codeOf(zip, "x.xlsx")).toBe("read");
  });
});

describe("one zip layer for documents and workbooks alike", () => {
  const mimetypeZip = (mime: string) => {
    const data = new TextEncoder().encode(mime);
    return rawZip([
      { name: "mimetype", packed: data, size: data.length, crc: crc32(data), stored: true },
    ]);
  };
  const failureOf = (bytes: Uint8Array, fileName: string) =>
    readGrids(bytes, { fileName }).then(
      () => null,
      (e: unknown) => e as FileReadError,
    );

  it("names an .ods, an .odt and an empty archive as the workbook reader does (a document by its name)", async () => {
    for (const name of ["plan.xlsx", "plan.docx", undefined]) {
      expect(
        await codeOf(mimetypeZip("application/vnd.oasis.opendocument.spreadsheet"), name),
      ).toBe("ods");
      expect(await codeOf(mimetypeZip("application/vnd.oasis.opendocument.text"), name)).toBe(
        "odt",
      );
      const empty = await failureOf(rawZip([]), name ?? "plan");
      expect(empty).toMatchObject({ code: "empty-file" });
      expect(empty?.message).toBe(
        name === "plan.docx"
          ? "Пустой файл: в архиве нет документа."
          : "Пустой файл: в архиве нет ни одного листа.",
      );
    }
  });

  it("stops a document's zip bomb with the byte budget, in a document's words", async () => {
    const big = Buffer.alloc(8 << 20, 0x20);
    const bomb = rawZip([
      {
        name: "word/document.xml",
        packed: zlib.deflateRawSync(big, { level: 9 }),
        size: 1000,
        crc: crc32(big.subarray(0, 10)),
      },
    ]);
    const err = await readGrids(bomb, {
      fileName: "plan.xlsx",
      limits: { ...MUNICIPAL_LIMITS, maxTotalBytes: 4 << 20 },
    }).catch((e: unknown) => e as FileReadError);
    expect(err).toMatchObject({ code: "too-large-docx", reason: "zip-bomb", limit: 4 });
    expect((err as FileReadError).message).toMatch(/^Документ слишком велик.*zip-бомба/);
  });

  it("never inflates a part of a document it does not read: a bomb there costs nothing", async () => {
    const doc = unzip(docxBytes(tbl([row("a", "b")], [1, 1])));
    const big = Buffer.alloc(8 << 20, 0);
    const bytes = rawZip([
      ...doc.map((p) => ({
        name: p.name,
        packed: zlib.deflateRawSync(p.data),
        size: p.data.length,
        crc: crc32(p.data),
      })),
      { name: "word/media/image1.png", packed: zlib.deflateRawSync(big), size: 10, crc: 0 },
    ]);
    const r = await readGrids(bytes, {
      fileName: "plan.docx",
      limits: { ...MUNICIPAL_LIMITS, maxTotalBytes: 4 << 20 },
    });
    expect(r.grids[0].cells).toEqual([["a", "b"]]);
  });

  it("reads a ZIP64 document as its plain twin, and calls a truncated one damaged", async () => {
    const plain = await readFile(join(__dirname, "../../../seeds/002-kislovodsk.docx"));
    const zip64 = toZip64(plain);
    expect(zip64).not.toEqual(new Uint8Array(plain));
    expect(await readGrids(zip64, { fileName: "x.docx" })).toEqual(
      await readGrids(plain, { fileName: "x.docx" }),
    );
    const cut = await failureOf(zip64.subarray(0, zip64.length - 30), "plan.docx");
    expect(cut).toMatchObject({ code: "corrupt-docx" });
    expect(cut?.detail).toMatch(/^zip: /);
    expect(cut?.message).not.toContain("zip:");
  });

  it("keeps the parser's words out of a broken document's message, in either language", async () => {
    const broken = zipParts([
      {
        name: "word/document.xml",
        data: new TextEncoder().encode(`<w:document xmlns:w="${W_NS}"><w:body>`),
      },
    ]);
    const err = await failureOf(broken, "plan.docx");
    expect(err).toMatchObject({ code: "corrupt-docx" });
    expect(err?.detail).toMatch(/word\/document\.xml: element <body> not closed/);
    expect(err?.message).toBe(
      "Документ повреждён или передан не полностью: его не удалось прочитать.",
    );
    expect(err?.messageIn("en")).toBe(
      "The document is damaged or incomplete: it could not be read.",
    );
  });
});
