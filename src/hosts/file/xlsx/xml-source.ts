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

export function scanXml(bytes: Uint8Array, chunkBytes = CHUNK_BYTES): XmlScanner {
  // The decoder drops the byte-order mark itself (ignoreBOM is false by default).
  const decoder = new TextDecoder(encodingOf(bytes));
  if (bytes.length <= chunkBytes) return new XmlScanner(decoder.decode(bytes));
  let at = 0;
  const nextChunk = (): string | null => {
    if (at >= bytes.length) return null;
    const end = Math.min(bytes.length, at + chunkBytes);
    // `stream` keeps a character split across the boundary for the next call.
    const text = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    at = end;
    return text;
  };
  return new XmlScanner(nextChunk() ?? "", nextChunk);
}
