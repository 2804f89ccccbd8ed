import type { Block, TableBlock } from "../../../../src/hosts/file/docx/blocks";
import { readBody } from "../../../../src/hosts/file/docx/body";
import { ListCounter, parseNumbering } from "../../../../src/hosts/file/docx/numbering";
import { parseStyles } from "../../../../src/hosts/file/docx/styles";
import { FileReadError } from "../../../../src/hosts/file/file-error";
import {
  decimalList,
  documentXml,
  listP,
  p,
  r,
  row,
  tbl,
  tc,
  tr,
  wrapPart,
} from "../../../support/word";

const LIMITS = { maxRows: 100_000, maxCells: 3_000_000 };

function read(
  body: string,
  opts: { numbering?: string; styles?: string; limits?: typeof LIMITS } = {},
): Block[] {
  return readBody(documentXml(body), {
    lists: new ListCounter(parseNumbering(wrapPart("numbering", opts.numbering ?? ""))),
    styles: parseStyles(wrapPart("styles", opts.styles ?? "")),
    limits: opts.limits ?? LIMITS,
  });
}

/** The text of a one-paragraph body. */
const textOf = (inner: string): string => (read(`<w:p>${inner}</w:p>`)[0] as { text: string }).text;
const table = (blocks: Block[], i = 0): TableBlock =>
  blocks.filter((b) => b.kind === "table")[i] as TableBlock;

describe("text as a reader sees it", () => {
  it("joins runs; a tab is a space, a break a line break", () => {
    expect(
      textOf(`${r("Срок")}<w:r><w:tab/><w:t>до</w:t><w:br/><w:t>01.10.2021</w:t><w:cr/></w:r>`),
    ).toBe("Срок до\n01.10.2021\n");
  });

  it("leaves deleted text out and keeps inserted text (tracked changes)", () => {
    const inner =
      `<w:del w:id="1"><w:r><w:delText>Сентябрь</w:delText></w:r></w:del>` +
      `<w:ins w:id="2">${r("Октябрь")}</w:ins>${r(" 2021")}`;
    expect(textOf(inner)).toBe("Октябрь 2021");
  });

  it("keeps a field's result, not its code; a moved-away text reads where it went", () => {
    const field =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd.MM.yyyy" </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("01.09.2021")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(textOf(field)).toBe("01.09.2021");
    expect(textOf(`<w:fldSimple w:instr="PAGE">${r("3")}</w:fldSimple>`)).toBe("3");
    expect(
      textOf(
        `<w:moveFrom w:id="1">${r("старое место")}</w:moveFrom><w:moveTo w:id="2">${r("новое")}</w:moveTo>`,
      ),
    ).toBe("новое");
  });

  it("reads no text from tab stops, drawings, the fallback copy of a shape or old tracked properties", () => {
    const inner =
      `<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:pPrChange w:id="1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>` +
      `<w:r><w:drawing><w:txbxContent>${p("в рамке")}</w:txbxContent></w:drawing></w:r>` +
      `<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>выбор</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>запас</w:t></w:r></mc:Fallback></mc:AlternateContent>` +
      r("текст");
    expect(textOf(inner)).toBe("выбортекст");
  });

  it("keeps hyphens and plain symbols, drops soft hyphens and symbol-font pictures", () => {
    expect(
      textOf(
        `<w:r><w:t>ШНОР</w:t><w:noBreakHyphen/><w:t>2021</w:t><w:softHyphen/><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Times" w:char="2116"/></w:r>`,
      ),
    ).toBe("ШНОР-2021№");
  });

  it("draws Word's list number before a numbered paragraph, directly or through its style", () => {
    const numbering = decimalList("0", ["%1."], ["1"]);
    const styles = `<w:style w:type="paragraph" w:styleId="Num"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const body =
      tbl(
        [
          tr([tc(null, {}, listP("1")), tc("Мероприятие")]),
          tr([tc(null, {}, `<w:p><w:pPr><w:pStyle w:val="Num"/></w:pPr></w:p>`), tc("Ещё")]),
        ],
        [500, 3000],
      ) +
      `<w:p><w:pPr><w:pStyle w:val="Num"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>${r("не нумеруется")}</w:p>`;
    const blocks = read(body, { numbering, styles });
    expect(table(blocks).rows.map((row) => row.cells[0].text)).toEqual(["1. ", "2. "]);
    expect(blocks[1]).toEqual({
      kind: "paragraph",
      text: "не нумеруется",
      align: "left",
      indent: 0,
    });
  });
});

describe("where a paragraph stands", () => {
  it("reads its alignment and left indent (Transitional and Strict names alike)", () => {
    const blocks = read(
      [
        `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${r("ПЛАН")}</w:p>`,
        `<w:p><w:pPr><w:jc w:val="end"/></w:pPr>${r("Приложение 1")}</w:p>`,
        `<w:p><w:pPr><w:jc w:val="both"/><w:ind w:left="9000" w:firstLine="700"/></w:pPr>${r("УТВЕРЖДАЮ")}</w:p>`,
        `<w:p><w:pPr><w:ind w:start="4500"/></w:pPr>${r("Начальник")}</w:p>`,
        `<w:p><w:pPr><w:ind w:left="-300"/></w:pPr>${r("за полем")}</w:p>`,
        // A run's or a table cell's properties say nothing of the body's paragraphs.
        `<w:p><w:r><w:rPr><w:jc w:val="center"/></w:rPr><w:t>текст</w:t></w:r></w:p>`,
      ].join(""),
    );
    expect(
      blocks.map((b) => (b.kind === "paragraph" ? [b.text, b.align, b.indent] : b.kind)),
    ).toEqual([
      ["ПЛАН", "center", 0],
      ["Приложение 1", "right", 0],
      ["УТВЕРЖДАЮ", "left", 9000],
      ["Начальник", "left", 4500],
      ["за полем", "left", 0],
      ["текст", "left", 0],
    ]);
  });
});

describe("paragraphs and tables in order", () => {
  it("gives body paragraphs and tables in document order, a cell's paragraphs as lines", () => {
    const blocks = read(
      p("УТВЕРЖДАЮ") +
        p("") +
        tbl([row("№", "Мероприятие"), tr([tc("1."), tc("Первое\nвторое")])], [500, 3000]) +
        p("Подпись"),
    );
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "table", "paragraph"]);
    expect(table(blocks).rows[1].cells.map((c) => c.text)).toEqual(["1.", "Первое\nвторое"]);
    expect(table(blocks).columns).toEqual([500, 3000]);
  });

  it("reads spans, merge marks and the grid columns a row skips", () => {
    const t = table(
      read(
        tbl(
          [
            tr(
              [
                tc("a", { span: 2, vMerge: "restart" }),
                tc("b", { hMerge: "restart" }),
                tc("", { hMerge: "continue" }),
              ],
              { gridAfter: 1 },
            ),
            tr([tc(null, { vMerge: "bare" })], { gridBefore: 1 }),
          ],
          [1, 1, 1, 1, 1],
        ),
      ),
    );
    expect(t.rows[0]).toEqual({
      gridBefore: 0,
      gridAfter: 1,
      cells: [
        { text: "a", span: 2, vMerge: "restart", hMerge: null },
        { text: "b", span: 1, vMerge: null, hMerge: "restart" },
        { text: "", span: 1, vMerge: null, hMerge: "continue" },
      ],
    });
    expect(t.rows[1].gridBefore).toBe(1);
    expect(t.rows[1].cells[0].vMerge).toBe("continue");
  });

  it("flattens a table inside a cell into lines of that cell", () => {
    const inner = tbl(
      [row("Иванов И.И.", "директор"), row("Петров П.П.", null), row(null, null)],
      [100, 100],
    );
    const t = table(
      read(
        tbl(
          [tr([tc("1."), tc(null, {}, p("Ответственные:") + inner + p("и другие"))])],
          [500, 3000],
        ),
      ),
    );
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].cells[1].text).toBe(
      "Ответственные:\nИванов И.И. директор\nПетров П.П.\nи другие",
    );
  });

  it("leaves out a row deleted with tracked changes", () => {
    const t = table(
      read(tbl([row("a"), tr([tc("b")], { xml: `<w:del w:id="3"/>` }), row("c")], [100])),
    );
    expect(t.rows.map((x) => x.cells[0].text)).toEqual(["a", "c"]);
  });
});

describe("limits", () => {
  it("refuses a table longer than the row limit, and more cells than the cell limit", () => {
    const rows = Array.from({ length: 6 }, (_, i) => row(String(i)));
    const tooLong = () => read(tbl(rows, [100]), { limits: { maxRows: 5, maxCells: 100 } });
    expect(tooLong).toThrow(FileReadError);
    expect(tooLong).toThrow(/больше 5 строк/);
    const tooMany = () =>
      read(tbl(rows, [100]) + tbl(rows, [100]), { limits: { maxRows: 10, maxCells: 10 } });
    expect(tooMany).toThrow(/больше 10 ячеек/);
    try {
      tooLong();
    } catch (err) {
      expect((err as FileReadError).code).toBe("too-large-docx");
    }
  });
});
