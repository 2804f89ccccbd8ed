/** Raw deflate with an output cap through Node's zlib: synchronous and native, for the CLI. */
import { inflateRawSync } from "node:zlib";
import { constants } from "node:buffer";
import type { InflateRaw } from "./inflate-web";

export const nodeInflateRaw: InflateRaw = async (data, maxBytes) => {
  try {
    return inflateRawSync(data, {
      maxOutputLength: Math.max(1, Math.min(maxBytes, constants.MAX_LENGTH)),
    });
  } catch (err) {
    // zlib reports a capped output as a RangeError; everything else is broken data.
    if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw err;
  }
};
