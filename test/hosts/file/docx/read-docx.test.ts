import zlib from "node:zlib";
import { readDocxGrids } from "../../../../src/hosts/file/docx/read-docx";
import { MUNICIPAL_LIMITS as DEFAULT_LIMITS } from "../../../../src/hosts/file/xlsx/limits";
import { nodeInflateRaw } from "../../../../src/hosts/file/inflate-node";
import { crc32, rawZip, zipParts } from "../../../support/zip";
import { listZipEntries } from "../../../../src/hosts/file/xlsx/zip";
import {
  decimalList,
  docxBytes,
  listP,
  p,
  row,
  tbl,
  tc,
  tr,
  wrapPart,
} from "../../../support/word";

/** The parts of a package, inflated. */
function unzipParts(bytes: Uint8Array): { name: string; data: Uint8Array }[] {
  return listZipEntries(bytes).map((e) => ({
    name: e.name,
    data: new Uint8Array(
      zlib.inflateRawSync(bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize)),
    ),
  }));
}

async function failure(
  bytes: Uint8Array,
  limits = DEFAULT_LIMITS,
): Promise<{ code: string; message: string; detail?: string }> {
  const err = await readDocxGrids(bytes, { limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).not.toBeNull();
  return err as { code: string; message: string; detail?: string };
}

describe("reading a .docx", () => {
  it("gives a Grid per table, the title above it and Word's own list numbers in the № column", async () => {
    const body =
      p("УТВЕРЖДАЮ") +
      p("Дорожная карта на 2021-2022 учебный год") +
      tbl(
        [
          row("№ п/п", "Мероприятие", "Срок"),
          tr([tc(null, {}, listP("1")), tc("Совещание"), tc("Сентябрь 2021")]),
          tr([tc(null, {}, listP("1")), tc("Семинар"), tc("Октябрь 2021")]),
        ],
        [500, 4000, 1500],
      );
    const grids = await readDocxGrids(
      docxBytes(body, { numbering: decimalList("0", ["%1."], ["1"]) }),
    );
    expect(grids).toEqual([
      {
        sheet: "Таблица 1",
        origin: { row: -1, col: 1 },
        cells: [
          ["УТВЕРЖДАЮ"],
          ["Дорожная карта на 2021-2022 учебный год"],
          ["№ п/п", "Мероприятие", "Срок"],
          ["1. ", "Совещание", "Сентябрь 2021"],
          ["2. ", "Семинар", "Октябрь 2021"],
        ],
        merges: [],
      },
    ]);
  });

  it("finds the lists through the document's relationships, wherever they are kept", async () => {
    const enc = new TextEncoder();
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const body = tbl(
      [
        row("№", "Мероприятие", "Срок"),
        tr([tc(null, {}, listP("1")), tc("Совещание"), tc("Сентябрь 2021")]),
      ],
      [500, 4000, 1500],
    );
    const plain = unzipParts(docxBytes(body));
    const bytes = zipParts([
      ...plain,
      {
        name: "word/_rels/document.xml.rels",
        data: enc.encode(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="rId9" Type="${rel}/numbering" Target="lists/Lists.xml"/></Relationships>`,
        ),
      },
      {
        name: "word/lists/Lists.xml",
        data: enc.encode(wrapPart("numbering", decimalList("0", ["%1."], ["1"]))),
      },
    ]);
    const [grid] = await readDocxGrids(bytes);
    expect(grid.cells[1]).toEqual(["1. ", "Совещание", "Сентябрь 2021"]);
  });

  it("inflates with any inflater it is given (Node's zlib in the CLI)", async () => {
    const bytes = docxBytes(tbl([row("a", "b")], [1, 1]));
    const grids = await readDocxGrids(bytes, { inflate: nodeInflateRaw });
    expect(grids[0].cells).toEqual([["a", "b"]]);
  });

  it("says a document holds no table", async () => {
    const err = await failure(docxBytes(p("Дорожная карта") + p("1. Совещание — сентябрь")));
    expect(err.code).toBe("no-table");
    expect(err.message).toMatch(/нет ни одной таблицы/);
  });

  it("says a package without a document part is not a .docx", async () => {
    const bytes = zipParts([{ name: "word/other.xml", data: new TextEncoder().encode("<a/>") }]);
    expect((await failure(bytes)).code).toBe("not-docx");
  });

  it("says a document whose XML is broken, or whose zip is cut short, is damaged", async () => {
    const enc = new TextEncoder();
    const broken = zipParts([
      { name: "word/document.xml", data: enc.encode("<w:document><w:body>") },
    ]);
    const err = await failure(broken);
    expect(err.code).toBe("corrupt-docx");
    // The part is named for whoever asks (--verbose, the JSON's error.detail), not in the message.
    expect(err.detail).toContain("word/document.xml");
    const whole = docxBytes(tbl([row("a")], [1]));
    expect((await failure(whole.subarray(0, whole.length - 40))).code).toBe("corrupt-docx");
  });

  it("stops a docx zip bomb that lies about its size", async () => {
    const big = Buffer.alloc(8 << 20, 0x20);
    const bytes = rawZip([
      {
        name: "word/document.xml",
        packed: zlib.deflateRawSync(big, { level: 9 }),
        size: 1000,
        crc: crc32(big.subarray(0, 10)),
      },
    ]);
    expect(bytes.length).toBeLessThan(100_000);
    const err = await failure(bytes, { ...DEFAULT_LIMITS, maxTotalBytes: 4 << 20 });
    expect(err.code).toBe("too-large-docx");
    expect(err.message).toMatch(/zip-бомба/);
  });

  it("refuses a table longer than the row limit", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(String(i), "x"));
    const err = await failure(docxBytes(tbl(rows, [1, 1])), { ...DEFAULT_LIMITS, maxRows: 10 });
    expect(err.code).toBe("too-large-docx");
  });
});
