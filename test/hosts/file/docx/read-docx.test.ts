import zlib from "node:zlib";
import { readDocxGrids } from "../../../../src/hosts/file/docx/read-docx";
import { DEFAULT_LIMITS } from "../../../../src/hosts/file/zip-guard";
import { nodeInflateRaw } from "../../../../src/hosts/file/inflate-node";
import { crc32, rawZip, zipParts } from "../../../support/zip";
import { decimalList, docxBytes, listP, p, row, tbl, tc, tr } from "../../../support/word";

async function failure(
  bytes: Uint8Array,
  limits = DEFAULT_LIMITS,
): Promise<{ code: string; message: string }> {
  const err = await readDocxGrids(bytes, { limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).not.toBeNull();
  return err as { code: string; message: string };
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
    expect(err.message).toContain("word/document.xml");
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
