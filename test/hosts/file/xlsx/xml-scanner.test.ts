import {
  CLOSE,
  END,
  OPEN,
  TEXT,
  XmlError,
  XmlScanner,
} from "../../../../src/hosts/file/xlsx/xml-scanner";
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
