/** Raw deflate with an output cap through Node's zlib: synchronous and native, for the CLI. */
import { inflateRawSync } from "node:zlib";
import { constants } from "node:buffer";
import type { InflateRaw } from "./inflate-web";

/** zlib's default output chunk; a part larger than one is inflated chunk by chunk and joined. */
const MIN_CHUNK = 16 * 1024;
const MAX_CHUNK = 128 * 1024 * 1024;

export const nodeInflateRaw: InflateRaw = async (data, maxBytes, sizeHint = 0) => {
  const cap = Math.max(1, Math.min(maxBytes, constants.MAX_LENGTH));
  try {
    return inflateRawSync(data, {
      maxOutputLength: cap,
      // One chunk the declared size (plus a byte, so zlib need not ask for another) saves
      // joining many: a lying declaration costs a larger first chunk at most, never the cap.
      chunkSize: Math.min(MAX_CHUNK, cap + 1, Math.max(MIN_CHUNK, sizeHint + 1)),
    });
  } catch (err) {
    // zlib reports a capped output as a RangeError; everything else is broken data.
    if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw err;
  }
};
