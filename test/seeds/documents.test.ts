/**
 * The seed Word documents hold the layout of the originals, as Word stores it: looked at in
 * their own XML, not through our reader.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SEED_DIR } from "../../scripts/build-seeds";
import type { WorkbookLayout } from "../../scripts/seeds/layout";
import { zipEntry } from "./support";

async function documentXml(file: string): Promise<string> {
  return zipEntry(await readFile(path.join(SEED_DIR, file)), "word/document.xml");
}

const count = (xml: string, what: string) => xml.split(what).length - 1;
const before = (xml: string, text: string) => xml.indexOf(text) < xml.indexOf("<w:tbl>");

describe("the seed Word documents", () => {
  it("001: approval block and title above the table, sections across the width, one table broken in two", async () => {
    const xml = await documentXml("001-buinsk.docx");
    expect(before(xml, ">УТВЕРЖДАЮ<")).toBe(true);
    expect(before(xml, "ПЛАН («дорожная карта»)")).toBe(true);
    expect(count(xml, "<w:tbl>")).toBe(2);
    expect(count(xml, '<w:br w:type="page"/>')).toBe(1);
    // Six sections, each one cell over all seven columns.
    expect(count(xml, '<w:gridSpan w:val="7"/>')).toBe(6);
    // The second table repeats the header row.
    expect(count(xml, ">Отметка об исполнении<")).toBe(2);
  });

  it("002: a two-row merged header and the row of column numbers", async () => {
    const xml = await documentXml("002-kislovodsk.docx");
    expect(before(xml, "«Дорожная карта» разработки")).toBe(true);
    const header = xml.slice(xml.indexOf("<w:tbl>"), xml.indexOf(">1<"));
    expect(count(header, '<w:vMerge w:val="restart"/>')).toBe(3);
    expect(count(header, '<w:vMerge w:val="continue"/>')).toBe(3);
    expect(count(header, '<w:gridSpan w:val="2"/>')).toBe(1);
    expect(count(header, '<w:gridSpan w:val="3"/>')).toBe(1);
    expect(count(xml, "<w:tblHeader/>")).toBe(3);
  });

  it("003: Задача and Показатели merged down over each block", async () => {
    const xml = await documentXml("003-kansk.docx");
    expect(count(xml, '<w:vMerge w:val="restart"/>')).toBe(6);
    expect(count(xml, '<w:vMerge w:val="continue"/>')).toBeGreaterThan(6);
    expect(count(xml, '<w:gridSpan w:val="6"/>')).toBe(4);
  });

  it("keeps no row the text extraction split at a page break: one Word row per header row, section and item", async () => {
    const layouts = JSON.parse(await readFile(path.join(SEED_DIR, "layout.json"), "utf8")) as WorkbookLayout[];
    for (const id of ["000", "001", "002", "003", "004"]) {
      const layout = layouts.find((l) => l.file.startsWith(id) && l.sources.length === 1)!;
      const t = layout.sheets[0].tables[0];
      const header = t.headerRows[1] - t.headerRows[0] + 1;
      const repeated = id === "001" ? header : 0;
      const xml = await documentXml(layout.file.replace(/\.xlsx$/, ".docx"));
      expect({ id, rows: count(xml, "<w:tr>") }).toEqual({
        id,
        rows: header + repeated + t.sections.length + t.items.length,
      });
    }
  });
});
