/**
 * Properties of the public grammar (fast-check): total on any cell and any context, always a
 * well-formed Deadline, and linear enough for 10,000-character cells.
 */
import fc from "fast-check";
import { parseDeadline } from "../../../src/core/deadline";
import type { Deadline, DeadlineContext, Period } from "../../../src/core/deadline/types";
import type { CellValue } from "../../../src/core/grid";

const KINDS = [
  "date",
  "range",
  "checkpoints",
  "recurring",
  "period",
  "vague",
  "missing",
  "unparsed",
];

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The invariants every Deadline keeps (DESIGN.md §5 and the brief); the broken ones, by name. */
function broken(d: Deadline): string[] {
  const out: string[] = [];
  if (!KINDS.includes(d.kind)) out.push("kind");
  if (typeof d.text !== "string" || typeof d.needsYear !== "boolean") out.push("types");
  if ([d.start, d.due].some((s) => s !== null && !isIsoDate(s)) || !d.dates.every(isIsoDate))
    out.push("iso");
  if (d.start !== null && d.due !== null && d.start > d.due) out.push("start after due");
  const listed = d.kind === "checkpoints" || d.kind === "recurring";
  if (listed && d.dates.length > 0 && (d.due === null || !d.dates.includes(d.due)))
    out.push("due not in dates");
  if (d.dates.some((x, i) => i > 0 && x <= d.dates[i - 1])) out.push("dates not sorted");
  if (
    ["missing", "vague", "unparsed"].includes(d.kind) &&
    (d.start ?? d.due ?? d.dates[0]) !== undefined
  ) {
    out.push("undated kind with dates");
  }
  if (d.due === null && d.dates.length > 0) out.push("dates without due");
  return out;
}

function checkWellFormed(d: Deadline): void {
  expect(broken(d)).toEqual([]);
}

const isoDay = fc
  .date({
    min: new Date(Date.UTC(1995, 0, 1)),
    max: new Date(Date.UTC(2040, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const period: fc.Arbitrary<Period | null> = fc.oneof(
  fc.constant(null),
  fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
  fc.tuple(isoDay, isoDay).map(([a, b]) => ({ start: a, end: b })),
  fc.integer({ min: 2000, max: 2030 }).map((y) => ({ start: `${y}-09-01`, end: `${y + 1}-08-31` })),
  fc.record({ start: fc.string(), end: fc.string() }),
);

const context: fc.Arbitrary<DeadlineContext> = fc.record({
  period,
  asOf: fc.oneof(isoDay, fc.string()),
});

/** Words of the grammar, so random texts reach its every branch, not only "unparsed". */
const WORDS = [
  "до",
  "не позднее",
  "с",
  "по",
  "от",
  "к",
  "до конца",
  "начиная с",
  "-",
  "–",
  "—",
  ",",
  "/",
  ";",
  ":",
  "\n",
  " ",
  "(",
  ")",
  "*",
  "г.",
  "года",
  "гг.",
  "учебного года",
  "уч. г.",
  "в течение",
  "года",
  "Сентябрь",
  "сентября",
  "сент.",
  "Февраль",
  "мая",
  "декабря",
  "июнь",
  "I",
  "II",
  "III",
  "IV",
  "квартал",
  "кв.",
  "полугодие",
  "2-е",
  "четверть",
  "Ежемесячно",
  "ежеквартально",
  "еженедельно",
  "ежегодно",
  "числа",
  "каждого месяца",
  "по пятницам",
  "По графику",
  "по запросу",
  "в соответствии",
  "постоянно",
  "2020",
  "2021",
  "2022",
  "2099",
  "1999",
  "20",
  "1",
  "10",
  "29",
  "31",
  "00",
  "01.10.2021",
  "29.02",
  "31.12",
  "1.10.21",
  "15.04",
  "2021-10-01",
  "2020/2021",
  "2021-2022",
  "14.00",
];
const grammarText = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 12 })
  .map((ws) => ws.join(" "));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  grammarText,
  fc.double(),
  fc.integer({ min: 30000, max: 80000 }),
  fc.integer({ min: 1990, max: 2110 }),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
);

describe("parseDeadline properties", () => {
  it("never throws and always returns a well-formed deadline on any cell and context", () => {
    fc.assert(
      fc.property(cellValue, context, (value, ctx) => {
        checkWellFormed(parseDeadline(value, ctx));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads texts made of its own words without breaking its invariants", () => {
    fc.assert(
      fc.property(grammarText, context, (text, ctx) => {
        const d = parseDeadline(text, ctx);
        checkWellFormed(d);
        expect(d.text).toBe(text.trim());
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps the year rule: a needsYear deadline comes from text, never from a real date", () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), context, (date, ctx) => {
        expect(parseDeadline(date, ctx).needsYear).toBe(false);
      }),
    );
  });
});

describe("speed on long cells", () => {
  const LONG = 10_000;
  const repeat = (s: string) => s.repeat(Math.ceil(LONG / s.length)).slice(0, LONG);

  /** Shapes that make careless patterns backtrack: long runs of separators and numerals. */
  const ADVERSARIAL = [
    repeat("1,"),
    repeat("1 и "),
    repeat("i, "),
    repeat("1-"),
    repeat("2020-"),
    repeat("01.01."),
    repeat("до "),
    repeat("сентябрь "),
    repeat("в течение "),
    repeat("1 "),
    repeat("ii-"),
    repeat("учебного года "),
    repeat(" "),
    repeat("а"),
    repeat("01.10.2021, "),
    repeat("ежемесячно до 5 числа "),
  ];

  it.each(ADVERSARIAL.map((s) => [JSON.stringify(s.slice(0, 16)), s]))(
    "%s… in well under a second",
    (_name, text) => {
      const t0 = performance.now();
      checkWellFormed(
        parseDeadline(text, {
          period: { start: "2021-01-01", end: "2021-12-31" },
          asOf: "2021-06-01",
        }),
      );
      expect(performance.now() - t0).toBeLessThan(500);
    },
  );

  it("reads random 10,000-character cells quickly", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: LONG, maxLength: LONG }),
          fc
            .array(fc.constantFrom(...WORDS), { minLength: 2500, maxLength: 2500 })
            .map((ws) => ws.join(" ")),
        ),
        (text) => {
          const t0 = performance.now();
          checkWellFormed(parseDeadline(text, { period: null, asOf: "2021-06-01" }));
          expect(performance.now() - t0).toBeLessThan(500);
        },
      ),
      { numRuns: 40 },
    );
  });
});
