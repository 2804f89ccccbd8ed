import { decodeChecked, encodeChecked } from "../../../../src/hosts/file/budget/messages";
import type { CheckedFile } from "../../../../src/hosts/file/check-files";

describe("a checked file between threads", () => {
  it("keeps its dates as dates, an invalid one included, and everything else as is", () => {
    const file = {
      file: "a.xlsx",
      error: null,
      tables: [{ when: new Date(Date.UTC(2021, 8, 1)), bad: new Date(NaN), text: "$date", n: 0 }],
    } as unknown as CheckedFile;
    const back = decodeChecked(encodeChecked(file)) as unknown as typeof file & {
      tables: { when: Date; bad: Date }[];
    };
    // (Jest's equality never takes one invalid date for another: NaN is not NaN.)
    expect({ ...back, tables: [{ ...back.tables[0], bad: null }] }).toEqual({
      ...file,
      tables: [{ ...(file.tables[0] as object), bad: null }],
    });
    expect(back.tables[0].when).toBeInstanceOf(Date);
    expect(Number.isNaN(back.tables[0].bad.getTime())).toBe(true);
  });
});
