import { runInNewContext } from "node:vm";
import { receiveChecked } from "../../../../src/hosts/file/budget/messages";
import type { CheckedFile } from "../../../../src/hosts/file/check-files";

describe("a checked file from the worker thread", () => {
  it("is used as is when its dates are of this realm", () => {
    const result = { file: "a.xlsx", error: null, tables: [] } as CheckedFile;
    expect(receiveChecked({ result, probe: new Date(0) })).toBe(result);
  });

  it("gets its dates rebuilt when they come from another realm (as under jest)", () => {
    const foreign = runInNewContext(
      `({ probe: new Date(0), result: { file: "a.xlsx", error: null,
          tables: [{ due: new Date(Date.UTC(2021, 8, 1)), rows: [[new Date(NaN), "x", 1]] }] } })`,
    ) as { probe: Date; result: CheckedFile };
    expect(foreign.probe instanceof Date).toBe(false);
    const tables = receiveChecked(foreign).tables as unknown as { due: Date; rows: unknown[][] }[];
    expect(tables[0].due).toBeInstanceOf(Date);
    expect(tables[0].due.toISOString()).toBe("2021-09-01T00:00:00.000Z");
    expect(tables[0].rows[0][0]).toBeInstanceOf(Date);
    expect(tables[0].rows[0].slice(1)).toEqual(["x", 1]);
  });
});
