/**
 * WordprocessingML through saxes (a streaming, well-formedness-checking XML parser): elements
 * come as their namespace and local name, so a document written with another prefix than "w:"
 * (or in Strict OOXML) reads the same. saxes knows no DTD entities, so an entity bomb cannot
 * expand. Browser-safe.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";

const W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** "w": WordprocessingML; "mc": markup compatibility; "other": anything else (drawings …). */
export type Namespace = "w" | "mc" | "other";

export interface XmlElement {
  ns: Namespace;
  local: string;
  /** An attribute by local name, in the element's own (WordprocessingML) namespace or none. */
  attr(local: string): string | null;
}

export interface XmlHandlers {
  open(el: XmlElement): void;
  close(el: XmlElement): void;
  text(text: string): void;
}

/** A part that is not well-formed XML. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

function namespaceOf(uri: string): Namespace {
  if (uri === W_TRANSITIONAL || uri === W_STRICT) return "w";
  if (uri === MC) return "mc";
  return "other";
}

class Element implements XmlElement {
  readonly ns: Namespace;
  readonly local: string;
  private readonly tag: SaxesTagNS;

  constructor(tag: SaxesTagNS) {
    this.tag = tag;
    this.ns = namespaceOf(tag.uri);
    this.local = tag.local;
  }

  attr(local: string): string | null {
    const attributes = this.tag.attributes;
    for (const name in attributes) {
      const a = attributes[name];
      if (a.local === local && (a.uri === "" || namespaceOf(a.uri) === "w")) return a.value;
    }
    return null;
  }
}

/** Decodes a part's bytes: UTF-8 (with or without a BOM), or UTF-16 marked by its BOM. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

export function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true });
  const open: Element[] = [];
  // An error a handler throws (a limit reached) is the caller's, not malformed XML.
  let failed: { error: unknown } | null = null;
  const guarded =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      try {
        fn(...args);
      } catch (error) {
        failed = { error };
        throw error;
      }
    };
  parser.on(
    "opentag",
    guarded((tag: SaxesTagNS) => {
      const el = new Element(tag);
      open.push(el);
      handlers.open(el);
    }),
  );
  parser.on(
    "closetag",
    guarded(() => {
      const el = open.pop();
      if (el) handlers.close(el);
    }),
  );
  parser.on("text", guarded(handlers.text));
  parser.on("cdata", guarded(handlers.text));
  try {
    parser.write(xml).close();
  } catch (err) {
    if (failed !== null) throw (failed as { error: unknown }).error;
    throw new XmlError(err instanceof Error ? err.message : String(err));
  }
}
