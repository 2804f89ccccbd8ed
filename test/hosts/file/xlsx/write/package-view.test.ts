import { nodeInflateRaw } from "../../../../../src/hosts/file/inflate-node";
import {
  attributes,
  PackageError,
  PackageView,
  parseRelationships,
  relsPartOf,
  resolvePart,
} from "../../../../../src/hosts/file/xlsx/write/package-view";
import { MUNICIPAL_LIMITS } from "../../../../../src/hosts/file/xlsx/limits";
import { richWorkbook } from "../../../../support/rich-workbook";
import { zipParts } from "../../../../support/zip";

describe("PackageView", () => {
  const view = PackageView.open(richWorkbook(), nodeInflateRaw);

  it("lists the entries and reads a part's text on demand, by any case of its name", async () => {
    expect(view.entries.map((e) => e.name)).toContain("xl/charts/chart1.xml");
    expect(view.has("XL/Workbook.xml")).toBe(true);
    expect(await view.text("xl/workbook.xml")).toContain('<sheet name="План"');
    expect(await view.text("xl/nothing.xml")).toBeNull();
  });

  it("follows relationships to parts, relative to their source", async () => {
    expect(await view.workbookPart()).toBe("xl/workbook.xml");
    const drawing = await view.relationships("xl/drawings/drawing1.xml");
    expect(drawing.map((r) => r.part)).toEqual(["xl/charts/chart1.xml", "xl/media/image1.png"]);
    expect(await view.relationships("xl/worksheets/sheet1.xml")).toEqual([]);
  });

  it("resolves names and attributes the way packages write them", () => {
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPartOf("")).toBe("_rels/.rels");
    expect(resolvePart("xl/worksheets/sheet1.xml", "../drawings/d.xml")).toBe("xl/drawings/d.xml");
    expect(resolvePart("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolvePart("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(attributes(`<sheet name="A &amp; B" r:id='rId1'/>`)).toEqual({
      name: "A & B",
      "r:id": "rId1",
    });
    const rels = parseRelationships(
      '<Relationships><Relationship Id="rId1" Type="t/hyperlink" Target="http://x" TargetMode="External"/></Relationships>',
      "xl/worksheets/sheet1.xml",
    );
    expect(rels).toEqual([
      { id: "rId1", type: "t/hyperlink", target: "http://x", external: true, part: "" },
    ]);
  });

  it("says what is wrong with something that is not a package", () => {
    expect(() => PackageView.open(new TextEncoder().encode("text"))).toThrow(PackageError);
    expect(() => PackageView.open(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toThrow(
      "нет оглавления",
    );
  });

  it("reads names as the reader does (backslashes, a leading slash) and keeps their spelling", async () => {
    const enc = new TextEncoder();
    const v = PackageView.open(
      zipParts([
        { name: "XL\\Workbook.xml", data: enc.encode("<workbook/>") },
        { name: "/xl/styles.xml", data: enc.encode("<styleSheet/>") },
      ]),
      nodeInflateRaw,
    );
    expect(v.entry("xl/workbook.xml")?.name).toBe("XL\\Workbook.xml");
    expect(await v.text("xl/styles.xml")).toBe("<styleSheet/>");
    expect(v.entries.map((e) => [e.name, e.size])).toEqual([
      ["XL\\Workbook.xml", 11],
      ["/xl/styles.xml", 13],
    ]);
  });

  it("inflates within the limits it is opened with, as the reader's parts do", async () => {
    const big = new TextEncoder().encode(`<x>${"a".repeat(2 * 1024 * 1024)}</x>`);
    const bytes = zipParts([{ name: "xl/big.xml", data: big }]);
    const tight = { ...MUNICIPAL_LIMITS, maxTotalBytes: 1024 * 1024 };
    await expect(PackageView.open(bytes, nodeInflateRaw, tight).text("xl/big.xml")).rejects.toThrow(
      PackageError,
    );
    // Our own regional file: REGIONAL_LIMITS by default.
    expect(await PackageView.open(bytes, nodeInflateRaw).text("xl/big.xml")).toHaveLength(
      big.length,
    );
  });
});
