/** Real inputs for the task pane's tests: seed workbooks, as files or as an Excel workbook. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { columnLetter, gridWidth, type Grid } from "../../src/core/grid";
import { readWorkbookGrids } from "../../src/hosts/file/read";
import type { FakeSheetSpec } from "../hosts/excel/fake-excel";

export const AS_OF = "2022-01-15";

export function seedBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, "..", "..", "seeds", name)));
}

export function seedGrids(name: string): Promise<Grid[]> {
  return readWorkbookGrids(seedBytes(name));
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A seed's sheets as Excel would hand them over: dates as serials with a date format. */
export function sheetsOf(grids: Grid[]): FakeSheetSpec[] {
  return grids.map((g) => {
    const width = gridWidth(g);
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    for (const row of g.cells) {
      const vr: (string | number | boolean)[] = [];
      const fr: string[] = [];
      for (let c = 0; c < width; c++) {
        const v = row[c] ?? null;
        if (v instanceof Date) {
          vr.push((v.getTime() - EPOCH) / DAY_MS);
          fr.push("dd.mm.yyyy");
        } else {
          vr.push(v === null ? "" : v);
          fr.push("General");
        }
      }
      values.push(vr);
      formats.push(fr);
    }
    const merges = g.merges.map(
      (m) =>
        `${columnLetter(g.origin.col + m.left)}${g.origin.row + m.top}:` +
        `${columnLetter(g.origin.col + m.right)}${g.origin.row + m.bottom}`,
    );
    return { name: g.sheet, origin: g.origin, values, formats, merges };
  });
}
