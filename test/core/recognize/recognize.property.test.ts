import fc from "fast-check";
import type { CellValue, Grid, MergeArea } from "../../../src/core/grid";
import { recognize } from "../../../src/core/recognize";

const WORDS = [
  "№ п/п",
  "Мероприятие",
  "Срок",
  "Сроки",
  "Ответственные",
  "Ожидаемый результат",
  "Отметка об исполнении",
  "Задача 1. Управление",
  "1.",
  "1.1",
  "Сентябрь 2021",
  "В течение года",
  "Иванов И.И.",
  "выполнено",
  "УТВЕРЖДАЮ",
  "____________ Н.А. Македонская",
  "",
  "дорожная карта на 2021-2022 учебный год",
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.constant(null),
  fc.boolean(),
  fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
);

const mergeArb: fc.Arbitrary<MergeArea> = fc.record({
  top: fc.integer({ min: -2, max: 40 }),
  left: fc.integer({ min: -2, max: 10 }),
  bottom: fc.integer({ min: -2, max: 60 }),
  right: fc.integer({ min: -2, max: 12 }),
});

const gridArb: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ maxLength: 10 }),
  origin: fc.record({
    row: fc.integer({ min: 1, max: 100 }),
    col: fc.integer({ min: 1, max: 30 }),
  }),
  cells: fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 40 }),
  merges: fc.array(mergeArb, { maxLength: 8 }),
});

describe("recognize on random grids", () => {
  it("never throws and returns well-formed tables", () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const tables = recognize(grid);
        for (const t of tables) {
          expect(t.headerRows[0]).toBeLessThanOrEqual(t.headerRows[1]);
          expect(t.columns.length).toBeGreaterThan(0);
          for (const r of t.rows) {
            expect(r.values).toHaveLength(t.columns.length);
            expect(r.row).toBeGreaterThan(t.headerRows[1]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("yields nothing for an empty grid", () => {
    expect(
      recognize({ sheet: "Пусто", origin: { row: 1, col: 1 }, cells: [], merges: [] }),
    ).toEqual([]);
  });
});

/** Grid whose cell reads are counted: a machine-independent measure of the work done. */
function countedGrid(rows: number): { grid: Grid; reads: () => number } {
  let reads = 0;
  const header: CellValue[] = [
    "№ п/п",
    "Мероприятие",
    "Срок",
    "Ответственные",
    "Ожидаемый результат",
  ];
  const cells: CellValue[][] = [["ДОРОЖНАЯ КАРТА на 2021-2022 учебный год"], [], header];
  for (let i = 1; i <= rows; i++) {
    cells.push(
      i % 50 === 0
        ? [`Раздел ${i / 50}. Работа с кадрами`]
        : [
            `${i}.`,
            `Мероприятие ${i}`,
            "Сентябрь 2021",
            `Исполнитель ${i % 7}`,
            i % 3 ? "Приказ" : null,
          ],
    );
  }
  const counted = cells.map(
    (row) =>
      new Proxy(row, {
        get(target, prop, recv) {
          if (typeof prop === "string" && /^\d+$/.test(prop)) reads++;
          return Reflect.get(target, prop, recv);
        },
      }),
  );
  return {
    grid: { sheet: "Лист1", origin: { row: 1, col: 1 }, cells: counted, merges: [] },
    reads: () => reads,
  };
}

describe("recognize does work linear in the rows", () => {
  it("reads at most ~4× more cells for 4× more rows", () => {
    const small = countedGrid(2_000);
    const big = countedGrid(8_000);
    const [ts] = recognize(small.grid);
    const [tb] = recognize(big.grid);
    expect(ts.rows.filter((r) => r.kind === "item")).toHaveLength(2_000 - 40);
    expect(tb.rows.filter((r) => r.kind === "item")).toHaveLength(8_000 - 160);
    expect(big.reads()).toBeLessThanOrEqual(4.2 * small.reads());
  });

  it("handles a huge random sheet", () => {
    const [grid] = fc.sample(
      fc.record({
        sheet: fc.constant("Огромный"),
        origin: fc.constant({ row: 1, col: 1 }),
        cells: fc.array(fc.array(cellArb, { maxLength: 8 }), {
          minLength: 50_000,
          maxLength: 50_000,
        }),
        merges: fc.array(mergeArb, { maxLength: 50 }),
      }),
      { numRuns: 1, seed: 42 },
    );
    expect(() => recognize(grid)).not.toThrow();
  });
});
