import { parseAreaRef, parseCellRef } from "../../../../src/hosts/file/xlsx/cell-ref";

describe("parseCellRef", () => {
  it.each([
    ["A1", { row: 1, col: 1 }],
    ["Z9", { row: 9, col: 26 }],
    ["AA10", { row: 10, col: 27 }],
    ["$AB$12", { row: 12, col: 28 }],
    ["xfd1048576", { row: 1_048_576, col: 16_384 }],
    ["C", { row: 0, col: 3 }],
    ["7", { row: 7, col: 0 }],
  ])("%s", (ref, expected) => expect(parseCellRef(ref)).toEqual(expected));

  it.each(["", "A0", "XFE1", "A1048577", "A1B", "1A", "$"])("rejects %j", (ref) =>
    expect(parseCellRef(ref)).toBeNull(),
  );
});

describe("parseAreaRef", () => {
  it("reads both corners in either order, a single cell, whole columns and rows", () => {
    expect(parseAreaRef("B2:D4")).toEqual({ top: 2, left: 2, bottom: 4, right: 4 });
    expect(parseAreaRef("D4:B2")).toEqual({ top: 2, left: 2, bottom: 4, right: 4 });
    expect(parseAreaRef("C3")).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    expect(parseAreaRef("A:C")).toEqual({ top: 1, left: 1, bottom: 1_048_576, right: 3 });
    expect(parseAreaRef("2:3")).toEqual({ top: 2, left: 1, bottom: 3, right: 16_384 });
    expect(parseAreaRef("A1:XFD1048576")).toEqual({
      top: 1,
      left: 1,
      bottom: 1_048_576,
      right: 16_384,
    });
    expect(parseAreaRef("A1:??")).toBeNull();
  });
});
