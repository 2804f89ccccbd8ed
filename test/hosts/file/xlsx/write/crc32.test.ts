import zlib from "node:zlib";
import { crc32 } from "../../../../../src/hosts/file/xlsx/write/crc32";
import { nodeCompression } from "../../../../../src/hosts/file/xlsx/write/deflate-node";
import { crc32 as reference } from "../../../../support/zip";

describe("crc32", () => {
  const data = new TextEncoder().encode("Свод дорожных карт ".repeat(1000) + "xyz");

  it("matches the byte-at-a-time reference on every length", () => {
    for (let n = 0; n < 40; n++)
      expect(crc32(data.subarray(0, n))).toBe(reference(data.subarray(0, n)));
    expect(crc32(data)).toBe(reference(data));
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("continues over chunks, in JavaScript and in Node's zlib alike", () => {
    let js = 0;
    let native = 0;
    for (let at = 0; at < data.length; at += 777) {
      js = crc32(data.subarray(at, at + 777), js);
      native = nodeCompression.crc32(data.subarray(at, at + 777), native);
    }
    expect(js).toBe(reference(data));
    expect(native).toBe(reference(data));
    expect(zlib.crc32 ? zlib.crc32(data) : reference(data)).toBe(js);
  });
});
