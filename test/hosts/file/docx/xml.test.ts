import {
  decodeXml,
  parseXml,
  XmlError,
  type XmlElement,
} from "../../../../src/hosts/file/docx/xml";
import { W_NS } from "../../../support/word";

function elements(xml: string): string[] {
  const seen: string[] = [];
  parseXml(xml, {
    open: (el: XmlElement) =>
      seen.push(`${el.ns}:${el.local}${el.attr("val") ? `=${el.attr("val")}` : ""}`),
    close: () => undefined,
    text: () => undefined,
  });
  return seen;
}

describe("WordprocessingML through the XML scanner", () => {
  it("knows elements by namespace, whatever the prefix", () => {
    const xml = `<x:document xmlns:x="${W_NS}" xmlns:o="urn:other"><x:body><o:thing/><x:p/></x:body></x:document>`;
    expect(elements(xml)).toEqual(["w:document", "w:body", "other:thing", "w:p"]);
  });

  it("reads Strict OOXML's namespace as WordprocessingML too", () => {
    const xml = `<w:p xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:pStyle w:val="a"/></w:p>`;
    expect(elements(xml)).toEqual(["w:p", "w:pStyle=a"]);
  });

  it("reads an attribute in the element's namespace or none, not a foreign one", () => {
    const xml = `<w:p xmlns:w="${W_NS}" xmlns:o="urn:other"><w:a w:val="1"/><w:b val="2"/><w:c o:val="3"/></w:p>`;
    expect(elements(xml)).toEqual(["w:p", "w:a=1", "w:b=2", "w:c"]);
  });

  it("text comes as written, entities and CDATA included", () => {
    let text = "";
    parseXml(`<w:t xmlns:w="${W_NS}">a &amp; b &lt;c&gt; <![CDATA[<d>]]></w:t>`, {
      open: () => undefined,
      close: () => undefined,
      text: (t) => (text += t),
    });
    expect(text).toBe("a & b <c> <d>");
  });

  it("refuses XML that is not well-formed, and an entity it does not know (no DTD expansion)", () => {
    const handlers = { open: () => undefined, close: () => undefined, text: () => undefined };
    expect(() => parseXml(`<w:p xmlns:w="${W_NS}"><w:r></w:p>`, handlers)).toThrow(XmlError);
    const bomb = `<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><d>&b;</d>`;
    expect(() => parseXml(bomb, handlers)).toThrow(XmlError);
  });

  it("refuses an element never closed and a prefix never declared", () => {
    const handlers = { open: () => undefined, close: () => undefined, text: () => undefined };
    expect(() => parseXml(`<w:p xmlns:w="${W_NS}"><w:r>`, handlers)).toThrow(/not closed/);
    expect(() => parseXml(`<w:p/>`, handlers)).toThrow(/unbound namespace prefix/);
  });

  it("gives text only where the handlers want it, and DrawingML's or math's t is not Word's", () => {
    const seen: string[] = [];
    let inT = false;
    parseXml(`<w:p xmlns:w="${W_NS}" xmlns:m="urn:math"><w:t>слово</w:t><m:t>x</m:t> </w:p>`, {
      open: (el) => (inT = el.ns === "w" && el.local === "t"),
      close: () => (inT = false),
      text: (t) => seen.push(t),
      wantsText: () => inT,
    });
    expect(seen).toEqual(["слово"]);
  });

  it("decodes UTF-8 with or without a BOM and UTF-16 by its BOM", () => {
    const text = "<a>Срок</a>";
    const utf8 = new TextEncoder().encode(text);
    expect(decodeXml(utf8)).toBe(text);
    expect(decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeXml(utf16)).toBe(text);
  });
});
