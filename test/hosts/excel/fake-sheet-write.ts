/** What Excel does when a range's values are set: the sheet's data changes and grows. */
import type { FakeSheetSpec } from "./fake-excel";

/** Values written at a 1-based sheet position, growing the sheet's used range as needed. */
export function writeInto(spec: FakeSheetSpec, top: number, left: number, rows: unknown[][]): void {
  const origin = spec.origin ?? { row: 1, col: 1 };
  if (top < origin.row || left < origin.col)
    throw new Error("fake: write above or left of the data");
  const values = spec.values;
  const formats = (spec.formats ??= values.map((r) => r.map(() => "General")));
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const r = top - origin.row + i;
      const c = left - origin.col + j;
      while (values.length <= r) values.push([]);
      while (formats.length <= r) formats.push([]);
      values[r][c] = v as string | number | boolean;
      formats[r][c] = formats[r][c] ?? "General";
    }),
  );
  const width = Math.max(...values.map((r) => r.length));
  for (const [i, r] of values.entries()) {
    for (let c = 0; c < width; c++) {
      if (r[c] === undefined) r[c] = "";
      if (formats[i][c] === undefined) formats[i][c] = "General";
    }
  }
}
