import { ExcelHostError } from "../../../src/hosts/excel/errors";
import { excelRunner } from "../../../src/hosts/excel/run";
import { excelError } from "./fake-errors";
import { FakeExcel } from "./fake-excel";

const read = async (context: Excel.RequestContext) => {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
};

describe("excelRunner", () => {
  it("asks Excel to hold every batch back while a cell is being edited", async () => {
    const seen: Excel.RunOptions[] = [];
    const fake = new FakeExcel([{ name: "План", values: [["x"]] }]);
    const run = excelRunner((options, batch) => {
      seen.push(options);
      return fake.run(options, batch);
    });
    await expect(run(read)).resolves.toEqual(["План"]);
    expect(seen).toEqual([{ delayForCellEdit: true }]);
  });

  it("runs the held-back batch once the user leaves the cell", async () => {
    const fake = new FakeExcel([{ name: "План", values: [["x"]] }], { cellEditMode: true });
    let done = false;
    const result = excelRunner(fake.run)(read).then((r) => ((done = true), r));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    fake.finishCellEdit();
    await expect(result).resolves.toEqual(["План"]);
  });

  it("turns Excel's cell-edit error into one the pane can say", async () => {
    const fake = new FakeExcel([{ name: "План", values: [["x"]] }], {
      cellEditMode: true,
      delaysForCellEdit: false,
    });
    const error = await excelRunner(fake.run)(read).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({ code: "cell-edit-mode" });
  });

  it("lets any other error through unchanged", async () => {
    const denied = excelError("AccessDenied", "Range.values");
    const run = excelRunner(() => Promise.reject(denied));
    await expect(run(read)).rejects.toBe(denied);
  });
});
