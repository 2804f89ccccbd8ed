import zlib from "node:zlib";
import { webCompression, type Compression } from "../../../../../src/hosts/file/xlsx/write/deflate";
import { nodeCompression } from "../../../../../src/hosts/file/xlsx/write/deflate-node";

describe.each<[string, Compression]>([
  ["Node's zlib", nodeCompression],
  ["the browser's CompressionStream", webCompression],
])("deflate through %s", (_name, compression) => {
  async function deflate(chunks: Uint8Array[]): Promise<Buffer> {
    const d = compression.deflate();
    for (const c of chunks) await d.push(c);
    return Buffer.concat(await d.end());
  }

  it("gives one raw deflate stream however the input is cut", async () => {
    const text = new TextEncoder().encode(
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(50_000),
    );
    const pieces = [
      text.subarray(0, 10),
      text.subarray(10, 300_000),
      new Uint8Array(0),
      text.subarray(300_000),
    ];
    const out = await deflate(pieces);
    expect(zlib.inflateRawSync(out).equals(Buffer.from(text))).toBe(true);
    expect(out.length).toBeLessThan(text.length / 10);
  });

  it("gives a valid stream for an empty part", async () => {
    expect(zlib.inflateRawSync(await deflate([])).length).toBe(0);
  });
});
