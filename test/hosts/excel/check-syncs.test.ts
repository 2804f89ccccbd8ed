// A whole check inside Excel — read, recognise and validate, paint — costs the same number of
// context.sync() calls on a roadmap of 10 rows as on one of 10,000 rows with 3,000 flagged.
import { readWorkbook } from "../../../src/hosts/excel/read";
import { applyHighlights } from "../../../src/hosts/excel/highlight";
import { runCheck } from "../../../src/taskpane/check/run-check";
import { FakeExcel, type FakeSheetSpec } from "./fake-excel";

const AS_OF = "2022-01-15";
const PAST = 44_400; // 22.07.2021, a date serial
const FUTURE = 45_000; // 14.03.2023

/** A roadmap whose rows 0, 3, 6 of every ten are overdue: 30 % flagged, none adjacent. */
function roadmap(rows: number): FakeSheetSpec {
  const header = ["№ п/п", "Мероприятия", "Сроки", "Ответственные", "Ожидаемый результат"];
  const values: (string | number)[][] = [header];
  const formats: string[][] = [header.map(() => "General")];
  for (let i = 0; i < rows; i++) {
    const overdue = [0, 3, 6].includes(i % 10);
    values.push([
      `${i + 1}.`,
      `Мероприятие ${i + 1}`,
      overdue ? PAST : FUTURE,
      "Иванов И.И.",
      "Приказ",
    ]);
    formats.push(["@", "General", "dd.mm.yyyy", "General", "General"]);
  }
  return { name: "План", origin: { row: 1, col: 1 }, values, formats };
}

async function checkAndPaint(rows: number) {
  const fake = new FakeExcel([roadmap(rows)]);
  const read = await readWorkbook(fake.context, { merges: true });
  const outcome = runCheck(read.grids, { asOf: AS_OF, lang: "ru", overrides: [], file: "book" });
  const painted = await applyHighlights(fake.context, outcome.plan, { rangeAreas: true });
  const flagged = outcome.plan.sheets.flatMap((s) => s.areas).length;
  return { fake, flagged, painted };
}

describe("a check inside Excel", () => {
  it("costs the same syncs for 10 rows as for 10,000 rows with 3,000 flagged", async () => {
    const small = await checkAndPaint(10);
    const big = await checkAndPaint(10_000);
    expect(small.flagged).toBe(3);
    expect(big.flagged).toBe(3_000);
    expect(big.fake.syncs).toBe(small.fake.syncs);
    // Read: names, sizes and merges, values. Paint: sheets, formats, (their formulas,) write.
    expect(big.fake.syncs).toBeLessThanOrEqual(3 + 4);
    expect(big.painted.added).toBeLessThan(10);
    expect(Math.max(...big.fake.requestSizes)).toBeLessThan(5 * 1024 * 1024);
  });
});
