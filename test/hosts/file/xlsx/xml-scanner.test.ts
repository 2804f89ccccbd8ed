import {
  CLOSE,
  END,
  OPEN,
  TEXT,
  XmlError,
  XmlScanner,
} from "../../../../src/hosts/file/xlsx/xml-scanner";
import { byteText } from "../../../../src/hosts/file/text-codec";
import { scanXml } from "../../../../src/hosts/file/xlsx/xml-source";

/** Every token as a line: "<name a=1>", "</name>", "'text'". */
function tokens(sc: XmlScanner, attrs: string[] = []): string[] {
  const out: string[] = [];
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t === OPEN) {
      const shown = attrs
        .map((a) => [a, sc.attr(a)])
        .filter(([, v]) => v !== null)
        .map(([a, v]) => ` ${a}=${v}`)
        .join("");
      out.push(`<${sc.name}${shown}>`);
    } else if (t === CLOSE) out.push(`</${sc.name}>`);
    else if (t === TEXT) out.push(`'${sc.text()}'`);
  }
  return out;
}

const scan = (xml: string) => new XmlScanner(xml);

describe("XmlScanner", () => {
  it("gives start tags, end tags and text; a self-closing tag opens and closes", () => {
    expect(tokens(scan('<?xml version="1.0"?><a><b/>x<c>y</c></a>'))).toEqual([
      "<a>",
      "<b>",
      "</b>",
      "'x'",
      "<c>",
      "'y'",
      "</c>",
      "</a>",
    ]);
  });

  it("drops namespace prefixes from element and attribute names", () => {
    const xml =
      '<x:worksheet xmlns:x="urn:main" xmlns:r="urn:rel"><x:sheet x:name="Л" r:id="rId7"/></x:worksheet >';
    expect(tokens(scan(xml), ["name", "id", "x"])).toEqual([
      "<worksheet>",
      "<sheet name=Л id=rId7>",
      "</sheet>",
      "</worksheet>",
    ]);
  });

  it("does not take a namespace declaration for an attribute", () => {
    expect(tokens(scan('<a xmlns:id="urn:x" id="real"/>'), ["id"])).toEqual([
      "<a id=real>",
      "</a>",
    ]);
  });

  it("gives a tag's prefix and the namespaces it declares, for readers that tell them apart", () => {
    const sc = scan(
      `<w:document xmlns:w="urn:w" xmlns = 'urn:default' a="xmlns:no"><p/><m:t/></w:document>`,
    );
    const seen: string[] = [];
    for (let t = sc.next(); t !== END; t = sc.next()) {
      if (t !== OPEN) continue;
      const declared = sc.namespaceDeclarations().map(([p, uri]) => `${p || "(default)"}=${uri}`);
      seen.push(`${sc.prefix}|${sc.name}|${sc.prefixIs("w")}|${sc.prefixIs("")}|${declared}`);
    }
    expect(seen).toEqual([
      "w|document|true|false|w=urn:w,(default)=urn:default",
      "|p|false|true|",
      "m|t|false|false|",
    ]);
  });

  it("finds an attribute by local name among those whose prefix is accepted", () => {
    const sc = scan(`<w:c o:val="foreign" w:val="own" val="plain" w:wide="x"/>`);
    sc.next();
    expect(sc.attrWhere("val", (p) => p === "w")).toBe("own");
    expect(sc.attrWhere("val", (p) => p === "")).toBe("plain");
    expect(sc.attrWhere("val", (p) => p === "o")).toBe("foreign");
    expect(sc.attrWhere("val", (p) => p === "x")).toBeNull();
    // "wide" ends like "de" and "e", but is neither.
    expect(sc.attrWhere("e", () => true)).toBeNull();
    // A namespace declaration is never an attribute.
    const decl = scan(`<a xmlns:val="urn:x"/>`);
    decl.next();
    expect(decl.attrWhere("val", () => true)).toBeNull();
  });

  it("reads attributes in either quotes, with > and the other quote inside, spaces around =", () => {
    const xml = `<f a='x>"y' b = "p'q>r" c="&lt;&amp;"/>`;
    expect(tokens(scan(xml), ["a", "b", "c", "d"])).toEqual([`<f a=x>"y b=p'q>r c=<&>`, "</f>"]);
  });

  it("tells attributes apart that end alike (r, ref, spans, s)", () => {
    const sc = scan('<row spans="1:3" ref="A1" r="5" s="2"/>');
    sc.next();
    expect([sc.attr("r"), sc.attr("s"), sc.attr("ref"), sc.attr("pans")]).toEqual([
      "5",
      "2",
      "A1",
      null,
    ]);
  });

  it("gives CDATA as text, verbatim, and skips comments and processing instructions", () => {
    expect(tokens(scan("<t><![CDATA[a<b>&amp;]]><!-- <x> --><?pi <y>?>c&amp;</t>"))).toEqual([
      "<t>",
      "'a<b>&amp;'",
      "'c&'",
      "</t>",
    ]);
  });

  it("refuses a DTD (how entity bombs are built) and a tag never closed", () => {
    expect(() => tokens(scan('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'))).toThrow(XmlError);
    expect(() => tokens(scan('<a><b c="1"'))).toThrow(/start tag not closed/);
    expect(() => tokens(scan("<a><!-- never"))).toThrow(/comment not closed/);
  });

  it("knows a name without building it", () => {
    const sc = scan("<x:row/><rows/>");
    sc.next();
    expect([sc.is("row"), sc.is("ro"), sc.is("rows")]).toEqual([true, false, false]);
    sc.next();
    sc.next();
    expect([sc.is("row"), sc.is("rows")]).toEqual([false, true]);
  });

  it("skips an element with all it holds", () => {
    const sc = scan("<a><skip><b><c/></b>text</skip><keep/></a>");
    sc.next();
    sc.next();
    sc.skipElement();
    expect(tokens(sc)).toEqual(["<keep>", "</keep>", "</a>"]);
  });

  /** Skips the element opened second and gives what follows it, with its name current. */
  function afterSkip(xml: string, chunk?: number): string[] {
    const sc = chunk === undefined ? scan(xml) : scanXml(new TextEncoder().encode(xml), chunk);
    sc.next();
    sc.next();
    sc.skipElement();
    return [`at </${sc.name}>`, ...tokens(sc)];
  }

  it("skips past what would confuse a search for the end tag: markup in comments, CDATA, PIs", () => {
    const tail = ["<keep>", "</keep>", "</a>"];
    for (const inside of [
      "<!-- </w:rPr> -->",
      "<![CDATA[</w:rPr>]]>",
      "<?pi </w:rPr>?>",
      "<w:rPr><w:b/></w:rPr>", // the same name nested
      "<w:rPrChange><w:b/></w:rPrChange>", // a name the skipped one begins
      "<w:sz w:val='24'/>text &lt;/w:rPr&gt;",
    ]) {
      expect(afterSkip(`<a><w:rPr>${inside}</w:rPr><keep/></a>`)).toEqual(["at </rPr>", ...tail]);
    }
    expect(afterSkip("<a><w:rPr><w:b/></w:rPr\n ><keep/></a>")).toEqual(["at </rPr>", ...tail]);
    expect(afterSkip("<a><x:rPr><w:b/></x:rPr><keep/></a>")).toEqual(["at </rPr>", ...tail]);
  });

  it("skips an element that spans the chunks a part is read in", () => {
    const xml =
      "<a><w:rPr><w:rFonts w:ascii='Times New Roman'/><w:lang w:val='ru-RU'/></w:rPr><keep>ё</keep></a>";
    for (const size of [1, 4, 9, 20, 64]) {
      expect(afterSkip(xml, size)).toEqual(["at </rPr>", "<keep>", "'ё'", "</keep>", "</a>"]);
    }
  });

  it("gives a recurring name as the same string, and tells names alike apart", () => {
    const sc = scan("<r><c/><c/><cc/><d/><c/></r>");
    const names: string[] = [];
    for (let t = sc.next(); t !== END; t = sc.next()) if (t === OPEN) names.push(sc.name);
    expect(names).toEqual(["r", "c", "c", "cc", "d", "c"]);
  });
});

describe("scanning over bytes", () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);

  it("gives a character per byte, ASCII as itself, in Node's, the browser's and the fallback way", () => {
    for (const way of ["node", "web", "fallback"] as const) {
      const text = byteText(all, way);
      expect(text.length).toBe(256);
      for (let i = 0; i < 0x80; i++) expect(text.charCodeAt(i)).toBe(i);
      // No byte from 0x80 on reads as markup, so no character of UTF-8 text is taken for it.
      for (let i = 0x80; i < 256; i++) expect(text.charCodeAt(i)).toBeGreaterThanOrEqual(0x80);
    }
  });

  it("decodes Cyrillic tag names, attribute values and text, and reports positions in bytes", () => {
    const xml =
      '<лист name="Свод ёлки" x:code="№ 5"><ячейка>Срок: до 01.10.2021 — «да»</ячейка></лист>';
    const bytes = new TextEncoder().encode(xml);
    const sc = scanXml(bytes);
    expect(tokens(sc, ["name", "code"])).toEqual([
      "<лист name=Свод ёлки code=№ 5>",
      "<ячейка>",
      "'Срок: до 01.10.2021 — «да»'",
      "</ячейка>",
      "</лист>",
    ]);
    const sc2 = scanXml(bytes);
    sc2.next();
    expect(sc2.attrWhere("code", (p) => p === "x")).toBe("№ 5");
    expect(() => tokens(scanXml(new TextEncoder().encode("<а><б")))).toThrow(
      /start tag not closed at byte 4/,
    );
  });

  it("reads bytes that are not UTF-8 as the decoder does, with a replacement character", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("<a>x"),
      0xff,
      ...new TextEncoder().encode("</a>"),
    ]);
    expect(tokens(scanXml(bytes))).toEqual(["<a>", "'x\uFFFD'", "</a>"]);
  });
});

describe("scanXml", () => {
  const xml =
    '<?xml version="1.0"?><sst><si><t>Дорожная карта</t></si><si><r><t xml:space="preserve">Срок </t></r>' +
    "<![CDATA[<не тег>]]><!-- comment --><t attr='a>b'>ёж</t></si></sst>";

  it("reads a document in small chunks exactly as in one piece, splitting characters anywhere", () => {
    const bytes = new TextEncoder().encode(xml);
    const whole = tokens(scanXml(bytes), ["attr"]);
    for (const size of [1, 2, 3, 5, 7, 16]) {
      expect(tokens(scanXml(bytes, size), ["attr"])).toEqual(whole);
    }
    expect(whole).toContain("'Дорожная карта'");
    expect(whole).toContain("<t attr=a>b>");
  });

  it("decodes UTF-16 by its byte-order mark, and drops a UTF-8 one", () => {
    const text = "<a>Лист</a>";
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(tokens(scanXml(le))).toEqual(["<a>", "'Лист'", "</a>"]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(tokens(scanXml(bom))).toEqual(["<a>", "'Лист'", "</a>"]);
  });
});
