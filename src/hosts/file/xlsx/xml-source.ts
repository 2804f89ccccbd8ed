/**
 * The bytes of an XML part as text for the scanner: UTF-8 (what Office writes) or UTF-16 by its
 * byte-order mark (which the XML standard also allows), decoded a chunk at a time so that a
 * large sheet is never one giant string.
 */
import { XmlScanner } from "./xml-scanner";

/** 16 MB of bytes per chunk: large enough that the refill cost vanishes, far below V8's limit. */
export const CHUNK_BYTES = 16 * 1024 * 1024;

function encodingOf(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** A whole part as one string, decoded by its byte-order mark (a small part, or a test's). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  // The decoder drops the byte-order mark itself (ignoreBOM is false by default).
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}

export function scanXml(bytes: Uint8Array, chunkBytes = CHUNK_BYTES): XmlScanner {
  const encoding = encodingOf(bytes);
  // The decoder drops the byte-order mark itself (ignoreBOM is false by default).
  const decoder = new TextDecoder(encoding);
  if (bytes.length <= chunkBytes) return new XmlScanner(decoder.decode(bytes));
  let at = 0;
  const nextChunk = (): string | null => {
    if (at >= bytes.length) return null;
    let end = Math.min(bytes.length, at + chunkBytes);
    if (encoding === "utf-8") {
      // End before a "<", which in UTF-8 is never inside a character, so each chunk decodes on
      // its own (the decoder's streaming mode is several times slower): the last one in the
      // chunk, or the first after it when a long text has none.
      if (end < bytes.length) {
        const back = bytes.lastIndexOf(0x3c, end - 1);
        const ahead = back > at ? back : bytes.indexOf(0x3c, end);
        end = ahead > at ? ahead : bytes.length;
      }
      const text = decoder.decode(bytes.subarray(at, end));
      at = end;
      return text;
    }
    // UTF-16: `stream` keeps a character split by the chunk's end for the next call.
    const text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    at = end;
    return text;
  };
  return new XmlScanner(nextChunk() ?? "", nextChunk);
}
