/**
 * Node's native zlib for the regional workbook: the browser's CompressionStream works in Node
 * too, but zlib at a fast level and its native CRC-32 pack 15 MB of sheets several times faster.
 */
import zlib from "node:zlib";
import type { WriteRegionalOptions } from "./write-regional";

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export const NODE_PACKING: Pick<WriteRegionalOptions, "deflate" | "crc32"> = {
  // Level 1 costs a few percent of size here: sheets of repeated text compress well anyway.
  deflate: async (data) => zlib.deflateRawSync(data, { level: 1 }),
  ...(typeof nativeCrc32 === "function" ? { crc32: (data: Uint8Array) => nativeCrc32(data) } : {}),
};
