/**
 * How the writer compresses a part and checksums it, injected so that one writer serves the
 * browser and the CLI. Measured on a 142 MB worksheet (2-core machine, Node 20): Node's zlib at
 * level 1 ≈ 0.27 s, the browser's CompressionStream (its fixed level, about 6) ≈ 1.2 s, fflate
 * at level 1 ≈ 1.4 s — so the pane uses the native CompressionStream and the CLI zlib
 * (deflate-node.ts), and fflate only where a browser has no CompressionStream.
 */
import { Deflate } from "fflate";
import { crc32 } from "./crc32";

/** One raw-deflate stream: chunks in, compressed chunks out at the end. */
export interface RawDeflater {
  push(chunk: Uint8Array): Promise<void>;
  end(): Promise<Uint8Array[]>;
}

export interface Compression {
  deflate(): RawDeflater;
  /** CRC-32 of `data`, continuing from `crc`. */
  crc32(data: Uint8Array, crc: number): number;
}

class StreamDeflater implements RawDeflater {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly out: Uint8Array[] = [];
  private readonly draining: Promise<void>;

  constructor() {
    const cs = new CompressionStream("deflate-raw");
    this.writer = cs.writable.getWriter();
    const reader = cs.readable.getReader();
    // Reading must overlap writing, or a large part deadlocks on back-pressure.
    this.draining = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        this.out.push(value);
      }
    })();
    this.draining.catch(() => undefined);
  }

  async push(chunk: Uint8Array): Promise<void> {
    await this.writer.write(chunk as Uint8Array<ArrayBuffer>);
  }

  async end(): Promise<Uint8Array[]> {
    await this.writer.close();
    await this.draining;
    return this.out;
  }
}

/**
 * fflate's deflate, for a browser without CompressionStream (EdgeHTML 18, the webview of Office
 * 2016/2019 without WebView2): slower than the native one, and only there.
 */
export class FflateDeflater implements RawDeflater {
  private readonly out: Uint8Array[] = [];
  private readonly deflater = new Deflate({ level: 6 }, (chunk) => {
    this.out.push(chunk);
  });

  push(chunk: Uint8Array): Promise<void> {
    this.deflater.push(chunk, false);
    return Promise.resolve();
  }

  end(): Promise<Uint8Array[]> {
    this.deflater.push(new Uint8Array(0), true);
    return Promise.resolve(this.out);
  }
}

/** The browser's own deflate (and Node's web streams in tests); fflate's where it has none. */
export const webCompression: Compression = {
  deflate: () =>
    typeof CompressionStream === "function" ? new StreamDeflater() : new FflateDeflater(),
  crc32,
};
