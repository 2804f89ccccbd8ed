/**
 * Raw deflate with an output cap, in any modern browser (and Node 20) through the web
 * DecompressionStream. The CLI passes Node's synchronous zlib instead (inflate-node.ts): the
 * stream machinery costs more than the inflating itself on the many small parts of an .xlsx.
 */

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
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
