import {
  inlineStrings,
  keptEntries,
  SharedStrings,
  sharedStringRefs,
} from "../../../../../src/hosts/file/xlsx/write/strings";

async function text(gen: Generator<string | Uint8Array>): Promise<string> {
  return [...gen].map((c) => (typeof c === "string" ? c : new TextDecoder().decode(c))).join("");
}

describe("shared strings", () => {
  it("gives each distinct text one index and writes the table", async () => {
    const s = new SharedStrings();
    expect([s.index("a"), s.index("b"), s.index("a"), s.index(" c ")]).toEqual([0, 1, 0, 2]);
    expect(s.cell("b")).toBe(' t="s"><v>1</v></c>');
    const xml = await text(s.part());
    expect(xml).toContain('count="5" uniqueCount="3"');
    expect(xml).toContain(
      '<si><t>a</t></si><si><t>b</t></si><si><t xml:space="preserve"> c </t></si></sst>',
    );
  });

  it("keeps the old entries the user's sheets use, as they were, and fills the rest", async () => {
    const old = new TextEncoder().encode(
      '<sst xmlns="m" count="4" uniqueCount="4"><si><t>старое 0</t></si><si><r><t>жирное</t></r></si><si/><si><t>3</t></si></sst>',
    );
    const used = new Set<number>();
    sharedStringRefs(
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="2" t="s"><v>3</v></c>' +
        '<c r="C1"><v>0</v></c><c r="D1" t="s"/></row></sheetData></worksheet>',
      used,
    );
    expect([...used].sort()).toEqual([1, 3]);
    const kept = keptEntries(old, used);
    expect(kept.count).toBe(4);
    const s = new SharedStrings(kept);
    expect([s.index("новое"), s.index("ещё"), s.index("и ещё")]).toEqual([0, 2, 4]);
    expect(await text(s.part())).toContain(
      "<si><t>новое</t></si><si><r><t>жирное</t></r></si><si><t>ещё</t></si><si><t>3</t></si><si><t>и ещё</t></si></sst>",
    );
  });

  it("drops free slots at the end of the table", async () => {
    const old = new TextEncoder().encode(
      "<sst><si><t>0</t></si><si><t>1</t></si><si><t>2</t></si></sst>",
    );
    const s = new SharedStrings(keptEntries(old, new Set([0])));
    s.index("новое");
    expect(await text(s.part())).toMatch(
      /uniqueCount="2"><si><t>0<\/t><\/si><si><t>новое<\/t><\/si><\/sst>$/,
    );
  });

  it("finds the cells of a prefixed sheet", () => {
    const used = new Set<number>();
    sharedStringRefs(
      '<x:worksheet><x:sheetData><x:c r="A1" t="s"><x:v>7</x:v></x:c></x:sheetData></x:worksheet>',
      used,
    );
    expect([...used]).toEqual([7]);
  });

  it("inline strings carry their text in the cell", () => {
    expect(inlineStrings.cell("a & b ")).toBe(
      ' t="inlineStr"><is><t xml:space="preserve">a &amp; b </t></is></c>',
    );
  });
});
