import { consolidate, Consolidation } from "../../../src/core/consolidate";
import { BASIC_COLUMNS, buinsk, checkedTable, source } from "./fixtures";
import { sheetNamed } from "./helpers";

const AS_OF = "2022-01-15";

function many(n: number, municipality: string) {
  return checkedTable({
    municipality,
    columns: BASIC_COLUMNS,
    rows: Array.from({ length: n }, (_, i) => ({
      values: [`${i + 1}.`, `Мероприятие ${i + 1}`, "Май 2023", "УО", "Отчёт", null],
    })),
  });
}

const SOURCES = () => [
  source("a.xlsx", [many(17, "г. Канск")]),
  source("b.xlsx", [buinsk()]),
  source("c.xlsx", [many(4, "Кировский муниципальный район")]),
];

describe("«Свод» past Excel's row limit", () => {
  it("continues on «Свод (2)», «Свод (3)» with the same columns, nothing lost or doubled", () => {
    const whole = consolidate(SOURCES(), { asOf: AS_OF });
    const split = consolidate(SOURCES(), { asOf: AS_OF, sheetRows: 10 });
    const all = sheetNamed(whole, "Свод").rows;
    const n = Math.ceil(all.length / 10);
    expect(n).toBeGreaterThanOrEqual(3);
    const names = ["Свод", ...Array.from({ length: n - 1 }, (_, i) => `Свод (${i + 2})`)];
    expect(split.sheets.map((s) => s.name)).toEqual([...names, "Сводка", "Замечания"]);
    const parts = names.map((name) => sheetNamed(split, name));
    expect(parts.flatMap((p) => p.rows)).toEqual(all);
    expect(parts.map((p) => p.rows.length)).toEqual(
      names.map((_, i) => Math.min(10, all.length - i * 10)),
    );
    for (const p of parts) expect(p.columns).toEqual(sheetNamed(whole, "Свод").columns);
    expect(split.totals).toEqual(whole.totals);
  });

  it("says in «Сводка» where «Свод» continues", () => {
    const split = consolidate(SOURCES(), { asOf: AS_OF, sheetRows: 20 });
    const totals = sheetNamed(split, "Сводка").totals!;
    expect(totals.join("\n")).toContain(
      "«Свод» не поместился на один лист Excel (1 048 576 строк) и продолжается на листах «Свод (2)»",
    );
    const whole = consolidate(SOURCES(), { asOf: AS_OF });
    expect(sheetNamed(whole, "Сводка").totals!.join("\n")).not.toContain("продолжается");
  });

  it("gives the same model file by file as all at once", () => {
    const c = new Consolidation({ asOf: AS_OF, expected: ["Нет файла"] });
    for (const s of SOURCES()) c.add(s);
    expect(c.finish()).toEqual(consolidate(SOURCES(), { asOf: AS_OF, expected: ["Нет файла"] }));
  });
});
