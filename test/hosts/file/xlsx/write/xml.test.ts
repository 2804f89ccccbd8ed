import {
  absoluteRange,
  cellRef,
  cleanText,
  columnName,
  escapeAttr,
  escapeText,
  matchesOf,
  rangeRef,
  textElement,
  unescapeXml,
} from "../../../../../src/hosts/file/xlsx/write/xml";

describe("xml text rules", () => {
  it("drops characters XML cannot carry, keeps line breaks, escapes Excel's _xHHHH_ runs", () => {
    expect(cleanText("bell\u0007 nul\u0000 gone")).toBe("bell nul gone");
    expect(cleanText("a\r\nb\rc")).toBe("a\nb\nc");
    expect(cleanText("_x0041_ and _x00e9_ stay")).toBe("_x005F_x0041_ and _x005F_x00e9_ stay");
    expect(cleanText("half \uD800 surrogate, whole \uD83D\uDE00")).toBe(
      "half  surrogate, whole \uD83D\uDE00",
    );
    expect(cleanText("обычный текст")).toBe("обычный текст");
    // A lone low half, at the start, after text, after a whole pair: each dropped.
    expect(cleanText("\uDE00a\uDE00 \uD83D\uDE00\uDE00 \uD800\uD83D\uDE00")).toBe(
      "a \uD83D\uDE00 \uD83D\uDE00",
    );
  });

  it("gives every match of a global expression, as matchAll does, and only for one", () => {
    const found = [...matchesOf('<a x="1"/><b/><a x="2">', /<a\b[^>]*x="(\d)"/g)].map((m) => [
      m.index,
      m[1],
    ]);
    expect(found).toEqual([
      [0, "1"],
      [14, "2"],
    ]);
    expect([...matchesOf("abc", /x*/g)].map((m) => m.index)).toEqual([0, 1, 2, 3]);
    expect(() => [...matchesOf("abc", /a/)]).toThrow("global");
  });

  it("escapes text and attributes, and reads them back", () => {
    expect(escapeText('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; "d"');
    expect(escapeAttr('a "b"\nc\td & <e>')).toBe("a &quot;b&quot;&#10;c&#9;d &amp; &lt;e&gt;");
    for (const s of ['a "b"\nc\td & <e>', "'Свод'!$A$1", "&amp; literal"]) {
      expect(unescapeXml(escapeAttr(s))).toBe(s);
    }
    expect(unescapeXml("&#x41;&#66;&apos;&unknown;")).toBe("AB'&unknown;");
  });

  it("keeps spaces at the ends of a text with xml:space", () => {
    expect(textElement("  два пробела ")).toBe('<t xml:space="preserve">  два пробела </t>');
    expect(textElement("строка\nвторая")).toBe("<t>строка\nвторая</t>");
    expect(textElement("")).toBe("<t></t>");
  });

  it("names columns, cells and ranges as Excel does", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(cellRef(12, 3)).toBe("C12");
    expect(rangeRef(1, 1, 1, 1)).toBe("A1");
    expect(rangeRef(1, 1, 19, 16)).toBe("A1:P19");
    expect(absoluteRange("Д'Артаньян", 1, 1, 5, 2)).toBe("'Д''Артаньян'!$A$1:$B$5");
  });
});
