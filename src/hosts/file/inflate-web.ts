/**
 * Raw deflate with an output cap, in any modern browser (and Node 20) through the web
 * DecompressionStream, or fflate's inflater where there is none (EdgeHTML 18, the webview of
 * Office 2016/2019 without WebView2). The CLI passes Node's synchronous zlib instead
 * (inflate-node.ts): the stream machinery costs more than the inflating itself on the many
 * small parts of an .xlsx.
 */
import { Inflate } from "fflate";

/**
 * Inflates `data`; null when the output would pass `maxBytes`; throws on broken data.
 * `sizeHint` is the size the zip declares: trusted only to size buffers, never as a limit.
 */
export type InflateRaw = (
  data: Uint8Array,
  maxBytes: number,
  sizeHint?: number,
) => Promise<Uint8Array | null>;

export const webInflateRaw: InflateRaw = async (data, maxBytes) => {
  if (typeof DecompressionStream !== "function") return fflateInflateRaw(data, maxBytes);
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  // Writing and reading must overlap, or a large entry deadlocks on back-pressure. A write
  // failure surfaces again on the read side, which is where it is reported.
  const writing = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close());
  writing.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  await writing;
  return joined(chunks, size);
};

/**
 * Compressed bytes fed a piece at a time: deflate expands at most about 1,000 times, so a
 * piece of 16 KB gives at most some 16 MB before the cap is looked at again.
 */
const PIECE = 16 * 1024;

/** The same with fflate, for a browser without DecompressionStream. */
export function fflateInflateRaw(data: Uint8Array, maxBytes: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  });
  let at = 0;
  do {
    const end = Math.min(data.length, at + PIECE);
    // fflate throws on broken data, and on data that ends before the stream does.
    inflater.push(data.subarray(at, end), end === data.length);
    if (size > maxBytes) return null;
    at = end;
  } while (at < data.length);
  return joined(chunks, size);
}

function joined(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
