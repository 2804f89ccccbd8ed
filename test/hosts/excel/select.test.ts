import { selectCell } from "../../../src/hosts/excel/select";
import { FakeExcel } from "./fake-excel";

const book = () =>
  new FakeExcel([
    { name: "Первый", values: [["x"]] },
    { name: "План работ", values: [["x"]] },
  ]);

describe("selectCell", () => {
  it("activates the sheet in one sync and selects the cell in the next", async () => {
    const fake = book();
    await selectCell(fake.context, "План работ", "E12");
    expect(fake.calls).toEqual([
      'worksheets.getItem("План работ")',
      "План работ.activate()",
      "sync",
      'План работ.getRange("E12")',
      "План работ!E12.select()",
      "sync",
    ]);
    expect(fake.active).toBe("План работ");
    expect(fake.selection).toEqual({ sheet: "План работ", address: "E12" });
  });

  it("selects on the sheet already shown just the same", async () => {
    const fake = book();
    await selectCell(fake.context, "Первый", "B3");
    expect(fake.selection).toEqual({ sheet: "Первый", address: "B3" });
  });

  it("is needed: in one batch Excel activates the sheet but selects nothing", async () => {
    const fake = book();
    const sheet = fake.context.workbook.worksheets.getItem("План работ");
    sheet.activate();
    sheet.getRange("E12").select();
    await fake.context.sync();
    expect(fake.active).toBe("План работ");
    expect(fake.selection).toBeNull();
  });
});
