import { deflateRawSync } from "node:zlib";
import type { InflateRaw } from "../../../../src/hosts/file/inflate-web";
import { nodeInflateRaw } from "../../../../src/hosts/file/inflate-node";
import { MUNICIPAL_LIMITS } from "../../../../src/hosts/file/xlsx/limits";
import { PackageParts } from "../../../../src/hosts/file/xlsx/parts";
import { ZipArchive } from "../../../../src/hosts/file/xlsx/zip";
import { rawZip, zipParts } from "../../../support/zip";

const enc = new TextEncoder();

describe("PackageParts", () => {
  it("inflates only the parts asked for, each with what is left of one budget", async () => {
    const calls: [number, number][] = [];
    const counting: InflateRaw = (data, max) => {
      calls.push([data.length, max]);
      return nodeInflateRaw(data, max);
    };
    const zip = new ZipArchive(
      zipParts([
        { name: "a.xml", data: enc.encode("a".repeat(1000)) },
        { name: "b.xml", data: enc.encode("b".repeat(2000)) },
        { name: "media/image1.png", data: new Uint8Array(5000) },
      ]),
    );
    const parts = new PackageParts(zip, { ...MUNICIPAL_LIMITS, maxTotalBytes: 3500 }, counting);
    expect((await parts.read("A.XML"))?.length).toBe(1000);
    expect((await parts.read("b.xml"))?.length).toBe(2000);
    expect(await parts.read("c.xml")).toBeNull();
    expect(calls.map(([, max]) => max)).toEqual([3500, 2500]);
    // The image would pass the budget, but nothing asks for it.
    expect(parts.has("media/image1.png")).toBe(true);
  });

  it("stops a part that inflates past the budget, whatever size it declares", async () => {
    const packed = deflateRawSync(Buffer.alloc(1 << 20, 0x20));
    const zip = new ZipArchive(rawZip([{ name: "s.xml", packed, size: 100, crc: 0 }]));
    const parts = new PackageParts(
      zip,
      { ...MUNICIPAL_LIMITS, maxTotalBytes: 1000 },
      nodeInflateRaw,
    );
    await expect(parts.read("s.xml")).rejects.toMatchObject({
      code: "too-large",
      reason: "zip-bomb",
    });
  });

  it("calls data that does not inflate corrupt, with the part in the detail", async () => {
    const zip = new ZipArchive(
      rawZip([{ name: "s.xml", packed: new Uint8Array([0xff, 0xff, 0xff]), size: 10, crc: 0 }]),
    );
    const parts = new PackageParts(zip, MUNICIPAL_LIMITS, nodeInflateRaw);
    await expect(parts.read("s.xml")).rejects.toMatchObject({
      code: "corrupt",
      detail: expect.stringMatching(/^zip: s\.xml: /),
    });
  });
});
