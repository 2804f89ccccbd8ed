/**
 * Real headers from public authority plans (real-headers.data.ts): each table is found, every
 * column gets the role a careful reader gives it, every body row is an item or a section as
 * written, and the check runs on it.
 */
import { recognize } from "../../../src/core/recognize";
import { checkTable } from "../../../src/core/validate";
import { parseSettings } from "../../../src/core/validate/settings";
import { gridOf, REAL_HEADERS } from "./real-headers.data";

const settings = parseSettings({ asOf: "2022-01-15" });

describe("real table headers", () => {
  it("holds at least 15 headers, each with its source", () => {
    expect(REAL_HEADERS.length).toBeGreaterThanOrEqual(15);
    for (const h of REAL_HEADERS) expect(h.source).toMatch(/^https?:\/\/\S+$/);
    const keys = REAL_HEADERS.map((h) => JSON.stringify(h.header));
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe.each(REAL_HEADERS.map((h) => [h.source, h] as const))("%s", (_source, h) => {
    const { grid, headerRows } = gridOf(h);
    const tables = recognize(grid);

    it("is found as one table with its header band", () => {
      expect(tables).toHaveLength(1);
      expect(tables[0].headerRows[0]).toBe(headerRows[0] + 1);
    });

    it("gives every column its role", () => {
      expect(tables[0].columns.map((c) => c.field)).toEqual(h.fields);
    });

    it("reads every body row as the item or section it is", () => {
      const expected = h.body.map((r) => (Array.isArray(r) ? "item" : "section"));
      expect(tables[0].rows.map((r) => r.kind)).toEqual(expected);
      expect(tables[0].continuations).toEqual([]);
    });

    it("checks every item", () => {
      const checked = checkTable(tables[0], settings);
      expect(checked.rows.filter((r) => r.row.kind === "item")).toHaveLength(
        h.body.filter((r) => Array.isArray(r)).length,
      );
    });
  });
});
