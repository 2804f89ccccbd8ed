/**
 * The file host in a browser without TextDecoder, TextEncoder, DecompressionStream and
 * CompressionStream — EdgeHTML 18, the webview of Office 2016/2019 without WebView2, where the
 * pane falls back to file mode. Node has all four, so the fallbacks are exercised directly, and
 * the codec module is loaded afresh with the globals taken away. The pane's end-to-end run with
 * them deleted is test/e2e/edgehtml18.e2e.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { fflateInflateRaw } from "../../../src/hosts/file/inflate-web";
import { FflateDeflater } from "../../../src/hosts/file/xlsx/write/deflate";
import type * as Codec from "../../../src/hosts/file/text-codec";
import { readWorkbookGrids } from "../../../src/hosts/file/read";
import type { InflateRaw } from "../../../src/hosts/file/inflate-web";

const text = "Дорожная карта: срок «до 01.10.2021», ответственные — УО, ИМО; 𝔘 ёж\n".repeat(500);

describe("fflate's inflater, where there is no DecompressionStream", () => {
  it("gives back what was deflated, in one piece or many", () => {
    const bytes = new TextEncoder().encode(text);
    expect(fflateInflateRaw(deflateRawSync(bytes), 1 << 20)).toEqual(bytes);
    const random = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251);
    expect(fflateInflateRaw(deflateRawSync(random), 1 << 20)).toEqual(random);
    expect(fflateInflateRaw(deflateRawSync(new Uint8Array(0)), 10)).toEqual(new Uint8Array(0));
  });

  it("stops a bomb at the cap", () => {
    const bomb = deflateRawSync(new Uint8Array(200 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(300_000);
    expect(fflateInflateRaw(bomb, 10 * 1024 * 1024)).toBeNull();
    // Exactly at the cap is allowed.
    expect(fflateInflateRaw(deflateRawSync(new Uint8Array(1000)), 1000)).toHaveLength(1000);
    expect(fflateInflateRaw(deflateRawSync(new Uint8Array(1001)), 1000)).toBeNull();
  });

  it("throws on broken and on cut-off data", () => {
    const good = deflateRawSync(new TextEncoder().encode(text));
    expect(() => fflateInflateRaw(good.subarray(0, good.length >> 1), 1 << 20)).toThrow();
    expect(() => fflateInflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1 << 20)).toThrow();
  });

  it("reads a seed workbook to the same Grids as Node's zlib does", async () => {
    const file = readFileSync(join(__dirname, "../../../seeds/001-buinsk.xlsx"));
    const inflate: InflateRaw = (data, maxBytes) =>
      Promise.resolve(fflateInflateRaw(data, maxBytes));
    expect(await readWorkbookGrids(file, { inflate })).toEqual(await readWorkbookGrids(file));
  });
});

describe("fflate's deflater, where there is no CompressionStream", () => {
  it("deflates what is pushed piece by piece into one raw stream zlib inflates", async () => {
    const bytes = new TextEncoder().encode(text);
    const deflater = new FflateDeflater();
    for (let at = 0; at < bytes.length; at += 1000)
      await deflater.push(bytes.subarray(at, at + 1000));
    const out = Buffer.concat(await deflater.end());
    expect(out.length).toBeLessThan(bytes.length / 10);
    expect(new Uint8Array(inflateRawSync(out))).toEqual(bytes);
  });
});

describe("text without TextDecoder and TextEncoder", () => {
  it("encodes UTF-8 byte for byte as TextEncoder, a lone surrogate as U+FFFD", () => {
    const { encodeUtf8Here } = jest.requireActual<typeof Codec>(
      "../../../src/hosts/file/text-codec",
    );
    for (const s of [
      "",
      "ASCII only",
      text,
      "\u007f\u0080\u07ff\u0800\uffff",
      "😀 🇷🇺 𝔘",
      "\ud800",
      "a\udc00b",
      "\ud83d\ud83d\ude00",
      "end\ud83d",
    ]) {
      expect(encodeUtf8Here(s)).toEqual(new TextEncoder().encode(s));
    }
  });

  /** text-codec.ts (and fflate) loaded afresh in a world without the web's text codecs. */
  function codecWithout(): typeof Codec {
    const g = globalThis as Record<string, unknown>;
    const saved = { TextDecoder: g.TextDecoder, TextEncoder: g.TextEncoder };
    let codec: typeof Codec | undefined;
    try {
      delete g.TextDecoder;
      delete g.TextEncoder;
      jest.isolateModules(() => {
        codec = jest.requireActual<typeof Codec>("../../../src/hosts/file/text-codec");
      });
    } finally {
      Object.assign(g, saved);
    }
    return codec!;
  }

  it("encodes and decodes UTF-8, UTF-16 either way round, and a character per byte", () => {
    const codec = codecWithout();
    const g = globalThis as Record<string, unknown>;
    const saved = g.TextDecoder;
    delete g.TextDecoder;
    try {
      const bytes = Buffer.from(text, "utf8");
      expect(codec.encodeUtf8(text)).toEqual(new Uint8Array(bytes));
      expect(codec.decodeUtf8(new Uint8Array(bytes))).toBe(text);
      const le = new Uint8Array(Buffer.from(text, "utf16le"));
      expect(codec.decodeUtf16(le, true)).toBe(text);
      const be = le.slice();
      for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
      expect(codec.decodeUtf16(be, false)).toBe(text);
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      expect(codec.byteText(all, "fallback")).toBe(Buffer.from(all).toString("latin1"));
    } finally {
      g.TextDecoder = saved;
    }
  });
});
