import { gridWidth, type Grid } from "../../../src/core/grid";
import { checkGrids } from "../../../src/core/check";
import { readWorkbook } from "../../../src/hosts/excel/read";
import { FakeExcel } from "./fake-excel";
import { seedGrids, sheetsOf } from "../../taskpane/helpers";

/** A grid as Excel's used range gives it: rectangular, empty cells null. */
function rectangular(g: Grid): Grid {
  const width = gridWidth(g);
  return {
    ...g,
    cells: g.cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null)),
  };
}

describe("reading the seed roadmaps from Excel", () => {
  it.each([
    "000-dalnerechensk.xlsx",
    "001-buinsk.xlsx",
    "002-kislovodsk.xlsx",
    "004-primorsky.xlsx",
    "006-stacked.xlsx",
  ])("%s reads as the same grids as from the file, and checks the same", async (seed) => {
    const fromFile = await seedGrids(seed);
    const fake = new FakeExcel(sheetsOf(fromFile));
    const read = await readWorkbook(fake.context, { merges: true });
    expect(read.grids).toEqual(fromFile.map(rectangular));
    expect(fake.syncs).toBe(3);
    const asOf = { settings: { asOf: "2022-01-15" } };
    expect(checkGrids(read.grids, asOf)).toEqual(checkGrids(fromFile, asOf));
  });
});
