import { selectCell } from "../../../src/hosts/excel/select";
import { FakeExcel } from "./fake-excel";

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const fake = new FakeExcel([
      { name: "Первый", values: [["x"]] },
      { name: "План работ", values: [["x"]] },
    ]);
    await selectCell(fake.context, "План работ", "E12");
    expect(fake.calls).toEqual([
      'worksheets.getItem("План работ")',
      "План работ.activate()",
      'План работ.getRange("E12")',
      "План работ!E12.select()",
      "sync",
    ]);
  });
});
