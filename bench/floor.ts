/**
 * The unzip-and-scan floor: what any reader must at least do — read each file, inflate every
 * part of it and look at every byte once (a JavaScript loop counting "<"). No reader of ours can
 * beat it; the consolidation is measured against it.
 */
import { readFile } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { listZipEntries } from "../src/hosts/file/xlsx/zip";

/** Tags seen, so the scan cannot be optimised away. */
export async function unzipAndScan(paths: string[]): Promise<number> {
  let tags = 0;
  for (const path of paths) {
    const bytes = new Uint8Array(await readFile(path));
    for (const e of listZipEntries(bytes)) {
      const stored = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      const data = e.method === 8 ? inflateRawSync(stored) : stored;
      for (let i = 0; i < data.length; i++) if (data[i] === 0x3c) tags++;
    }
  }
  return tags;
}
