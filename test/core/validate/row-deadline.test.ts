import { deadlineFromYearColumns, findPeriod, parseDeadline } from "../../../src/core/deadline";
import type { DeadlineContext } from "../../../src/core/deadline/types";
import { periodResolver, rowDeadline } from "../../../src/core/validate/row-deadline";
import { AS_OF, buinsk, kislovodsk, makeTable } from "./fixtures";

const missing = (text: string) => ({
  text,
  kind: "missing",
  start: null,
  due: null,
  dates: [],
  needsYear: false,
});

describe("rowDeadline", () => {
  const b = buinsk();
  const ctx: DeadlineContext = { period: b.period, asOf: AS_OF };

  it("reads the deadline cell through the grammar", () => {
    expect(rowDeadline(b, b.rows[1], ctx)).toEqual(parseDeadline("До 01.10.2021", ctx));
  });

  it("makes a dash a missing deadline, keeping the text as written", () => {
    expect(rowDeadline(b, b.rows[5], ctx)).toEqual(missing("-"));
  });

  it("reads year columns together (seed 002)", () => {
    const k = kislovodsk();
    const kctx: DeadlineContext = { period: k.period, asOf: AS_OF };
    expect(rowDeadline(k, k.rows[1], kctx)).toEqual(
      deadlineFromYearColumns(
        [
          { year: 2020, value: 0 },
          { year: 2021, value: 1 },
          { year: 2022, value: 0 },
        ],
        kctx,
      ),
    );
  });

  it("makes year columns with only blanks and dashes a missing deadline", () => {
    const k = kislovodsk();
    expect(rowDeadline(k, k.rows[3], { period: k.period, asOf: AS_OF })).toEqual(missing(""));
  });

  it("takes the first filled cell when there are several deadline columns", () => {
    const t = makeTable({
      columns: [
        ["Мероприятие", "activity"],
        ["Срок начала", "deadline"],
        ["Срок окончания", "deadline"],
      ],
      rows: [{ values: ["Семинар", "—", "До 01.12.2021"] }],
    });
    expect(rowDeadline(t, t.rows[0], ctx)).toEqual(parseDeadline("До 01.12.2021", ctx));
  });

  it("is missing in a table without a deadline column", () => {
    const t = makeTable({
      columns: [["Мероприятие", "activity"]],
      rows: [{ values: ["Семинар"] }],
    });
    expect(rowDeadline(t, t.rows[0], ctx)).toEqual(missing(""));
  });
});

describe("periodResolver", () => {
  const section = "Мероприятия на 2021 год";
  const noPeriod = makeTable({
    columns: [["Мероприятие", "activity"]],
    rows: [
      { kind: "section", section, values: [section] },
      { section, values: ["Семинар"] },
      { values: ["Совещание"] },
    ],
  });

  it("uses the table's period when it has one", () => {
    const b = buinsk();
    expect(periodResolver(b)(b.rows[2])).toEqual(b.period);
  });

  it("otherwise reads the period from the item's section", () => {
    expect(periodResolver(noPeriod)(noPeriod.rows[1])).toEqual(findPeriod(section));
  });

  it("has no period for an item outside any section", () => {
    expect(periodResolver(noPeriod)(noPeriod.rows[2])).toBeNull();
  });
});
