/**
 * Text to and from bytes for the file host, wherever it runs. The web's TextDecoder and
 * TextEncoder where there are some (Node, every current browser); where there are none,
 * fflate's decoding and an encoder of ours. EdgeHTML 18, the webview of Office 2016/2019
 * without WebView2, has neither, and the task pane falls back to file mode exactly there, when
 * office.js does not arrive (docs/excel.md). Which one is decided once, when the module loads.
 */
import { strFromU8 } from "fflate";

const utf8Decoder = typeof TextDecoder === "function" ? new TextDecoder() : null;
const utf8Encoder = typeof TextEncoder === "function" ? new TextEncoder() : null;

/**
 * UTF-8 bytes as text. Bytes that are not UTF-8 become U+FFFD through TextDecoder; fflate's
 * fallback reads them as it can and refuses only a character cut off at the end.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8Decoder !== null ? utf8Decoder.decode(bytes) : strFromU8(bytes);
}

export function encodeUtf8(text: string): Uint8Array {
  return utf8Encoder !== null ? utf8Encoder.encode(text) : encodeUtf8Here(text);
}

/**
 * UTF-8 as TextEncoder writes it, a lone surrogate as U+FFFD. Ours, not fflate's: its strToU8
 * (0.8.3) joins a surrogate pair wrongly (`c & 1023 << 10` masks before it shifts), so a
 * character beyond the first 65,536 — 𝔘, an emoji — would be written as another one.
 */
export function encodeUtf8Here(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

interface NodeBuffer {
  from(
    buffer: ArrayBufferLike,
    offset: number,
    length: number,
  ): { toString(enc: "latin1"): string };
}

/** Node's Buffer where there is one (the CLI, tests); the task pane has none. */
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

let singleByte: TextDecoder | null | undefined;

/** How byteText is made: Node's Buffer, the web's TextDecoder, or fflate's loop. */
export type ByteTextWay = "node" | "web" | "fallback";

/**
 * Bytes as a string of one character per byte, ASCII kept: Node's latin1 (native, ten times
 * faster than decoding UTF-8), or the web's windows-1252, which also maps each of the 256
 * bytes to one character (bytes from 0x80 to characters from 0x80), or fflate's latin1 (each
 * byte its own code). `way` picks one in Node, for their tests.
 */
export function byteText(bytes: Uint8Array, way?: ByteTextWay): string {
  if ((way === undefined || way === "node") && nodeBuffer !== undefined) {
    return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  }
  if (way !== "fallback") {
    if (singleByte === undefined) {
      singleByte = typeof TextDecoder === "function" ? new TextDecoder("windows-1252") : null;
    }
    if (singleByte !== null) return singleByte.decode(bytes);
  }
  return strFromU8(bytes, true);
}

/** UTF-16 bytes (after their byte-order mark) as text, either way round. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  if (typeof TextDecoder === "function") {
    return new TextDecoder(littleEndian ? "utf-16le" : "utf-16be").decode(bytes);
  }
  const [lo, hi] = littleEndian ? [0, 1] : [1, 0];
  const codes: number[] = [];
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    codes.push(bytes[i + lo] | (bytes[i + hi] << 8));
    if (codes.length === 8192) {
      text += String.fromCharCode(...codes);
      codes.length = 0;
    }
  }
  return text + String.fromCharCode(...codes);
}
