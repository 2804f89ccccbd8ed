import type { Grid, MergeArea } from "../../../src/core/grid";
import { SheetView } from "../../../src/core/recognize/sheet-view";

const grid = (cells: Grid["cells"], merges: MergeArea[]): Grid => ({
  sheet: "Лист1",
  origin: { row: 1, col: 1 },
  cells,
  merges,
});

describe("SheetView merges", () => {
  it("clips a merge over the whole sheet (A1:XFD1048576) to the cells that exist", () => {
    const view = new SheetView(
      grid(
        [["Раздел 1"], [null, "x"], ["y"]],
        [{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }],
      ),
    );
    expect(view.spanRight(0, 0)).toBe(1);
    expect(view.mergedFrom(2, 0)).toBe(0);
    expect(view.value(1, 0)).toBe("Раздел 1");
  });

  it("resolves 50,000 vertical merges in one column, by binary search", () => {
    const cells = Array.from({ length: 100_000 }, (_, r) => (r % 2 === 0 ? [`v${r}`] : [null, 1]));
    const merges = Array.from({ length: 50_000 }, (_, i) => ({
      top: i * 2,
      left: 0,
      bottom: i * 2 + 1,
      right: 0,
    }));
    const view = new SheetView(grid(cells, merges));
    for (let r = 0; r < 100_000; r++) expect(view.value(r, 0)).toBe(`v${r - (r % 2)}`);
    expect(view.mergedFrom(5, 1)).toBeNull();
  });

  it("still answers overlapping merges, which Excel forbids but a host may send", () => {
    const view = new SheetView(
      grid(
        [["a"], [], [], [], ["b"], [], []],
        [
          { top: 0, left: 0, bottom: 6, right: 0 },
          { top: 4, left: 0, bottom: 5, right: 0 },
        ],
      ),
    );
    expect([1, 2, 3, 5, 6].map((r) => view.value(r, 0))).toEqual(["a", "a", "a", "b", "a"]);
  });
});
