import { addStatusColumn, STATUS_HEADER } from "../../../src/hosts/excel/status-column";
import { ExcelHostError } from "../../../src/hosts/excel/errors";
import { FakeExcel } from "./fake-excel";

const ALERT = { title: "Отметка", message: "Можно вписать и своё" };

function sheet(extra: Record<number, string> = {}) {
  const values: string[][] = [
    ["№", "Мероприятие", "Срок", "Ответственные", ""],
    ["1", "2", "3", "4", ""],
    ["1", "Совещание", "Октябрь 2021", "Иванов", ""],
    ["2", "Приказ", "Ноябрь 2021", "Петров", ""],
  ];
  for (const [row, text] of Object.entries(extra)) values[Number(row) - 4][4] = text;
  return new FakeExcel([{ name: "План", origin: { row: 4, col: 1 }, values }]);
}

const TARGET = {
  sheet: "План",
  headerRows: [4, 5] as [number, number],
  lastRow: 7,
  rightColumn: 4,
};

describe("addStatusColumn", () => {
  it("writes the header and a drop-down into the empty column right of the table", async () => {
    const fake = sheet();
    const letter = await addStatusColumn(fake.context, TARGET, ALERT);
    expect(letter).toBe("E");
    expect(fake.calls).toEqual([
      'worksheets.getItem("План")',
      'План.getRange("E4:E7")',
      'План!E4:E7.load("values")',
      "sync",
      'План.getRange("E4:E5")',
      "План!E4:E5.merge(false)",
      'План.getRange("E4")',
      `План!E4.values = [["${STATUS_HEADER}"]]`,
      "План!E4:E5.format.font.bold = true",
      'План!E4:E5.format.horizontalAlignment = "Center"',
      'План!E4:E5.format.verticalAlignment = "Center"',
      "План!E4:E7.format.wrapText = true",
      "План!E4:E7.format.columnWidth = 110",
      ...["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal"].flatMap((edge) => [
        `План!E4:E7.format.borders.getItem("${edge}")`,
        `План!E4:E7.${edge}.style = "Continuous"`,
      ]),
      'План.getRange("E6:E7")',
      'План!E6:E7.dataValidation.rule = {"list":{"inCellDropDown":true,"source":"выполнено,в работе,не выполнено,перенесено"}}',
      'План!E6:E7.dataValidation.errorAlert = {"showAlert":true,"style":"Information","title":"Отметка","message":"Можно вписать и своё"}',
      "sync",
    ]);
  });

  it("does not merge a header of one row", async () => {
    const fake = sheet();
    await addStatusColumn(fake.context, { ...TARGET, headerRows: [4, 4] }, ALERT);
    expect(fake.calls.some((c) => c.includes("merge"))).toBe(false);
    expect(fake.rangesAt("План!E5:E7")).toHaveLength(1);
  });

  it("refuses to write over anything in that column", async () => {
    const fake = sheet({ 6: "заметка" });
    const error = await addStatusColumn(fake.context, TARGET, ALERT).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({
      code: "status-column-occupied",
      params: { sheet: "План", column: "E" },
    });
    expect(fake.syncs).toBe(1);
    expect(fake.calls.some((c) => c.includes(" = "))).toBe(false);
  });

  it("refuses a table with no rows under its header", async () => {
    const fake = sheet();
    await expect(
      addStatusColumn(fake.context, { ...TARGET, lastRow: 5 }, ALERT),
    ).rejects.toMatchObject({ code: "table-without-rows" });
    expect(fake.syncs).toBe(0);
  });
});
