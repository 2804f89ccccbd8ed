import ExcelJS from "exceljs";
import { readGrids } from "../../../src/hosts/file/dispatch";
import { isDocumentName, sniff } from "../../../src/hosts/file/sniff";
import { legacyXls, oleFile, passwordProtected } from "../../cli/bad-workbooks";
import { docxBytes, row, tbl, W_NS } from "../../support/word";
import { zipParts } from "../../support/zip";

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
