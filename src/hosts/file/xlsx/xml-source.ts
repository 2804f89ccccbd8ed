/**
 * The bytes of an XML part as text for the scanner. UTF-8 (what Office writes) is scanned over
 * its bytes, a character per byte (xml-scanner.ts says why); UTF-16, which the XML standard
 * also allows and a byte-order mark announces, is decoded. Either way a chunk at a time, so
 * that a large sheet is never one giant string.
 */
import { byteText, decodeUtf16, decodeUtf8 } from "../text-codec";
import { XmlScanner } from "./xml-scanner";

/** 16 MB of bytes per chunk: large enough that the refill cost vanishes, far below V8's limit. */
export const CHUNK_BYTES = 16 * 1024 * 1024;

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

function encodingOf(b: Uint8Array): Encoding {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** A whole part as one string, decoded by its byte-order mark (a small part, or a test's). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes);
  if (encoding !== "utf-8") return decodeUtf16(bytes.subarray(2), encoding === "utf-16le");
  return decodeUtf8(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes);
}

function hasUtf8Bom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

export function scanXml(bytes: Uint8Array, chunkBytes = CHUNK_BYTES): XmlScanner {
  const encoding = encodingOf(bytes);
  if (encoding === "utf-8") {
    const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
    if (body.length <= chunkBytes) return new XmlScanner(byteText(body), null, body);
    // A chunk may end anywhere, even inside a character: a character per byte needs no care.
    let at = 0;
    const nextChunk = (): string | null => {
      if (at >= body.length) return null;
      const end = Math.min(body.length, at + chunkBytes);
      const text = byteText(body.subarray(at, end));
      at = end;
      return text;
    };
    return new XmlScanner(nextChunk() ?? "", nextChunk, body);
  }
  // UTF-16, rare: decoded whole where there is no TextDecoder (EdgeHTML 18: text-codec.ts).
  const text = (part: Uint8Array) => decodeUtf16(part.subarray(2), encoding === "utf-16le");
  if (bytes.length <= chunkBytes || typeof TextDecoder !== "function") {
    return new XmlScanner(text(bytes));
  }
  // `stream` keeps a character split by the chunk's end for the next call.
  const decoder = new TextDecoder(encoding);
  let at = 0;
  const nextChunk = (): string | null => {
    if (at >= bytes.length) return null;
    const end = Math.min(bytes.length, at + chunkBytes);
    const text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    at = end;
    return text;
  };
  return new XmlScanner(nextChunk() ?? "", nextChunk);
}
