/**
 * WordprocessingML through the package's one XML tokenizer (xlsx/xml-scanner.ts, shared with
 * the workbook reader): elements come as their namespace and local name, so a document written
 * with another prefix than "w:" (or in Strict OOXML) reads the same, and a DrawingML `a:p` or a
 * math `m:t` is never taken for Word's `w:p` or `w:t`. The scanner refuses a DTD, so an entity
 * bomb cannot expand; on top of it this layer checks what the scanner leaves to its callers:
 * every element closed by its own end tag, every prefix bound. Browser-safe.
 */
import { decodeXmlBytes, scanXml } from "../xlsx/xml-source";
import * as tokens from "../xlsx/xml-scanner";
import { XmlError, XmlScanner } from "../xlsx/xml-scanner";

// The token kinds as this module's own constants: imported bindings compiled to CommonJS (the
// tests, the benchmarks) are read through a getter each time, a tenth of the walk below.
const END = tokens.END;
const OPEN = tokens.OPEN;
const CLOSE = tokens.CLOSE;
const TEXT = tokens.TEXT;

export { XmlError } from "../xlsx/xml-scanner";

const W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** "w": WordprocessingML; "mc": markup compatibility; "other": anything else (drawings …). */
export type Namespace = "w" | "mc" | "other";

/**
 * The element a handler is called for. One object serves every call (a document has a hundred
 * thousand elements): valid during the call only, never to be kept.
 */
export interface XmlElement {
  readonly ns: Namespace;
  readonly local: string;
  /**
   * An attribute by local name, in the element's own (WordprocessingML) namespace or none.
   * In the `open` handler only.
   */
  attr(local: string): string | null;
}

/** What an `open` handler returns to have the element passed over, all it holds unread. */
export const SKIP_ELEMENT = "skip-element";

export interface XmlHandlers {
  /**
   * An element starts. Returning SKIP_ELEMENT passes over it and all it holds (tokenised to
   * find its end, nothing built): no handler hears of them, its `close` included. Any other
   * value is ignored.
   */
  open(el: XmlElement): unknown;
  close(el: XmlElement): void;
  text(text: string): void;
  /** Whether the text at hand is wanted; text not wanted is never decoded. All by default. */
  wantsText?(): boolean;
}

function namespaceOf(uri: string): Namespace {
  if (uri === W_TRANSITIONAL || uri === W_STRICT) return "w";
  if (uri === MC) return "mc";
  return "other";
}

/** Prefix → the namespace it stands for where an element is; "" is the default namespace. */
type Scope = ReadonlyMap<string, Namespace>;

const ROOT_SCOPE: Scope = new Map<string, Namespace>([["xml", "other"]]);

class Cursor implements XmlElement {
  ns: Namespace = "other";
  local = "";
  scope: Scope = ROOT_SCOPE;

  constructor(private readonly sc: XmlScanner) {}

  attr(local: string): string | null {
    // Word writes attributes with the element's own prefix ("w:val" on "w:p").
    const scope = this.scope;
    return this.sc.attrWhere(local, (p) => p === "" || scope.get(p) === "w");
  }
}

/** Decodes a part's bytes: UTF-8 (with or without a BOM), or UTF-16 marked by its BOM. */
export function decodeXml(bytes: Uint8Array): string {
  return decodeXmlBytes(bytes);
}

/**
 * Prefix strings of elements cost a slice each; a document uses one or two prefixes for
 * thousands of elements, so the last one seen is remembered with its namespace.
 */
class PrefixCache {
  prefix = "";
  ns: Namespace = "other";
  private scope: Scope | null = null;

  /** Sets `prefix` and `ns` to the current tag's. */
  resolve(sc: XmlScanner, scope: Scope): void {
    if (scope === this.scope && sc.prefixIs(this.prefix)) return;
    const prefix = sc.prefix;
    const ns = scope.get(prefix);
    if (ns === undefined && prefix !== "") {
      throw new XmlError(`unbound namespace prefix: "${prefix}"`);
    }
    this.prefix = prefix;
    this.ns = ns ?? "other";
    this.scope = scope;
  }
}

/** A part's XML: as text, as its bytes (decoded in chunks), or a scanner already on it. */
export type XmlInput = string | Uint8Array | XmlScanner;

/** Walks a part's XML calling the handlers. */
export function parseXml(xml: XmlInput, handlers: XmlHandlers): void {
  const sc =
    typeof xml === "string" ? new XmlScanner(xml) : xml instanceof XmlScanner ? xml : scanXml(xml);
  const el = new Cursor(sc);
  // The open elements, as four stacks (no object per element).
  const locals: string[] = [];
  const prefixOf: string[] = [];
  const nsOf: Namespace[] = [];
  const scopes: Scope[] = [];
  const prefixes = new PrefixCache();
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t === OPEN) {
      const outer = scopes.length > 0 ? scopes[scopes.length - 1] : ROOT_SCOPE;
      const declared = sc.namespaceDeclarations();
      let scope = outer;
      if (declared.length > 0) {
        const inner = new Map(outer);
        for (const [prefix, uri] of declared) inner.set(prefix, namespaceOf(uri));
        scope = inner;
      }
      prefixes.resolve(sc, scope);
      el.ns = prefixes.ns;
      el.local = sc.name;
      el.scope = scope;
      if (handlers.open(el) === SKIP_ELEMENT) {
        sc.skipElement();
        continue;
      }
      locals.push(el.local);
      prefixOf.push(prefixes.prefix);
      nsOf.push(el.ns);
      scopes.push(scope);
    } else if (t === CLOSE) {
      const local = locals.pop();
      if (local === undefined || !sc.is(local) || !sc.prefixIs(prefixOf.pop()!)) {
        throw new XmlError(
          local === undefined
            ? `end tag </${sc.name}> without a start tag`
            : `end tag </${sc.name}> closes <${local}>`,
        );
      }
      el.local = local;
      el.ns = nsOf.pop()!;
      el.scope = scopes.pop()!;
      handlers.close(el);
    } else if (t === TEXT && (handlers.wantsText === undefined || handlers.wantsText())) {
      handlers.text(sc.text());
    }
  }
  if (locals.length > 0) throw new XmlError(`element <${locals[locals.length - 1]}> not closed`);
}
