/**
 * WordprocessingML through saxes (a streaming, well-formedness-checking XML parser): elements
 * come as their namespace and local name, so a document written with another prefix than "w:"
 * (or in Strict OOXML) reads the same. saxes knows no DTD entities, so an entity bomb cannot
 * expand. Browser-safe.
 */
import { SaxesParser } from "saxes";

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

function namespaceOf(uri: string | undefined): Namespace {
  if (uri === W_TRANSITIONAL || uri === W_STRICT) return "w";
  if (uri === MC) return "mc";
  return "other";
}

/** Prefix → the namespace it stands for where an element is; "" is the default namespace. */
type Scope = ReadonlyMap<string, Namespace>;

const ROOT_SCOPE: Scope = new Map<string, Namespace>([["xml", "other"]]);

/**
 * saxes resolves namespaces itself (xmlns: true) at about a quarter more time on a large
 * document; Word declares them all on the root element, so resolving here — a new scope only
 * for an element that declares one, noticed as its attributes are read — costs next to nothing.
 */
function scopeOf(attributes: Record<string, string>, outer: Scope): Scope {
  const scope = new Map(outer);
  for (const name in attributes) {
    if (name === "xmlns" || name.startsWith("xmlns:")) {
      scope.set(name === "xmlns" ? "" : name.slice(6), namespaceOf(attributes[name]));
    }
  }
  return scope;
}

interface QName {
  prefix: string;
  local: string;
}

/** Qualified names split once per part: a document repeats a few dozen names endlessly. */
function splitter(): (name: string) => QName {
  const seen = new Map<string, QName>();
  return (name) => {
    let q = seen.get(name);
    if (q === undefined) {
      const colon = name.indexOf(":");
      q =
        colon < 0
          ? { prefix: "", local: name }
          : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
      seen.set(name, q);
    }
    return q;
  };
}

class Element implements XmlElement {
  readonly ns: Namespace;
  readonly local: string;
  readonly scope: Scope;
  private readonly prefix: string;
  private readonly attributes: Record<string, string>;

  constructor(name: QName, attributes: Record<string, string>, scope: Scope) {
    this.attributes = attributes;
    this.scope = scope;
    this.prefix = name.prefix;
    this.local = name.local;
    const ns = scope.get(name.prefix);
    if (ns === undefined && name.prefix !== "") {
      throw new XmlError(`unbound namespace prefix: "${name.prefix}"`);
    }
    this.ns = ns ?? "other";
  }

  attr(local: string): string | null {
    // Word writes attributes with the element's own prefix ("w:val" on "w:p").
    const own = this.prefix === "" ? local : `${this.prefix}:${local}`;
    const direct = this.attributes[own];
    if (direct !== undefined && (this.prefix === "" || this.ns === "w")) return direct;
    for (const name in this.attributes) {
      const colon = name.indexOf(":");
      if (colon < 0) {
        if (name === local) return this.attributes[name];
      } else if (name.slice(colon + 1) === local && this.scope.get(name.slice(0, colon)) === "w") {
        return this.attributes[name];
      }
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
  // Positions are only for error messages, and tracking them costs a tenth of the parse.
  const parser = new SaxesParser({ xmlns: false, position: false });
  const open: Element[] = [];
  const split = splitter();
  let declares = false;
  // saxes reports malformed XML through its error handler; anything else thrown while parsing
  // comes from a handler (a limit reached) and is the caller's, passed on as it is.
  let malformed: Error | null = null;
  parser.on("error", (err) => {
    malformed = err;
    throw err;
  });
  parser.on("attribute", ({ name }) => {
    if (name.charCodeAt(0) === 120 /* x */ && (name === "xmlns" || name.startsWith("xmlns:"))) {
      declares = true;
    }
  });
  parser.on("opentag", (tag) => {
    const outer = open.length > 0 ? open[open.length - 1].scope : ROOT_SCOPE;
    const scope = declares ? scopeOf(tag.attributes, outer) : outer;
    declares = false;
    const el = new Element(split(tag.name), tag.attributes, scope);
    open.push(el);
    handlers.open(el);
  });
  parser.on("closetag", () => {
    const el = open.pop();
    if (el) handlers.close(el);
  });
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof XmlError) throw err;
    if (malformed !== null && err === malformed) throw new XmlError((err as Error).message);
    throw err;
  }
}
