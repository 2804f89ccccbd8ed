/**
 * Node's zlib for the writer: native, synchronous, level 1. A part is deflated piece by piece,
 * each piece ending in a sync flush (a non-final block), then one final empty block: the pieces
 * concatenate into a single valid deflate stream, so a 200,000-row sheet never needs one giant
 * buffer, and the result is as small as one deflate of the whole (each piece is ~1 MB).
 */
import zlib from "node:zlib";
import type { Compression, RawDeflater } from "./deflate";
import { crc32 as jsCrc32 } from "./crc32";

const PIECE = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };
/** A final, empty fixed-Huffman block: what zlib writes to finish a stream. */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

class ZlibDeflater implements RawDeflater {
  private readonly out: Uint8Array[] = [];

  async push(chunk: Uint8Array): Promise<void> {
    if (chunk.length > 0) this.out.push(zlib.deflateRawSync(chunk, PIECE));
  }

  async end(): Promise<Uint8Array[]> {
    this.out.push(FINAL_BLOCK);
    return this.out;
  }
}

// zlib.crc32 arrived in Node 20.15; older Node 20 releases use the JavaScript one.
const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export const nodeCompression: Compression = {
  deflate: () => new ZlibDeflater(),
  crc32: nativeCrc ? (data, crc) => nativeCrc(data, crc) : jsCrc32,
};
