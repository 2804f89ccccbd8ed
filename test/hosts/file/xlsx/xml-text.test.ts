import {
  decodeAttribute,
  decodeExcelEscapes,
  decodeText,
} from "../../../../src/hosts/file/xlsx/xml-text";

describe("decodeText", () => {
  it("decodes the five named entities and character references", () => {
    expect(decodeText("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;")).toBe(`a <b> & "c" 'd'`);
    expect(decodeText("&#1044;&#x43e;&#X440;")).toBe("Дор");
    expect(decodeText("&#128512;")).toBe("😀");
  });

  it("normalises line ends before references, so &#13; survives", () => {
    expect(decodeText("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
    expect(decodeText("a&#13;&#10;b")).toBe("a\r\nb");
  });

  it("keeps a bare ampersand and unknown entities as written", () => {
    expect(decodeText("R&D; Q&A")).toBe("R&D; Q&A");
    expect(decodeText("&nbsp;")).toBe("&nbsp;");
    expect(decodeText("плохо & &#xZZ;")).toBe("плохо & &#xZZ;");
  });
});

describe("decodeAttribute", () => {
  it("turns literal whitespace into spaces, but not referenced whitespace", () => {
    expect(decodeAttribute("Лист\r\n1\t2")).toBe("Лист 1 2");
    expect(decodeAttribute("a&#10;b")).toBe("a\nb");
    expect(decodeAttribute("R&amp;D")).toBe("R&D");
  });
});

describe("decodeExcelEscapes", () => {
  it("decodes _xHHHH_ and keeps _x005F_ as an escaped underscore", () => {
    expect(decodeExcelEscapes("a_x000D_b")).toBe("a\rb");
    expect(decodeExcelEscapes("_x005F_x000D_")).toBe("_x000D_");
    expect(decodeExcelEscapes("x_y")).toBe("x_y");
    expect(decodeExcelEscapes("_x00e9_")).toBe("é");
  });
});
