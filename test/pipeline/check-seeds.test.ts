/**
 * Deadlines and rules on the seeds, with fixed as-of dates: which rows are overdue and why,
 * as a careful reader of each table would say.
 */
import { join } from "node:path";
import { checkGrids } from "../../src/core/check";
import type { CheckedTable } from "../../src/core/validate/types";
import { readXlsxFile } from "../../src/hosts/file/read-node";

const SEEDS = join(__dirname, "..", "..", "seeds");

async function check(file: string, asOf: string): Promise<CheckedTable[]> {
  return checkGrids(await readXlsxFile(join(SEEDS, file)), { settings: { asOf } });
}

const rowsIn = (t: CheckedTable, state: string) =>
  t.rows.filter((r) => r.row.kind === "item" && r.state === state).map((r) => r.row.row);

describe("seed 001 (Буинск) as of 2022-01-15", () => {
  let t: CheckedTable;
  beforeAll(async () => {
    [t] = await check("001-buinsk.xlsx", "2022-01-15");
  });

  it("is overdue exactly where a month or date passed with no mark of completion", () => {
    // 14 Октябрь 2021; 17 Сентябрь 2021; 26 «Сентябрь» + «2021» split by a page break;
    // 30, 31 Сентябрь 2021; 32, 33, 37 Август 2021; 50 Сентябрь 2021.
    expect(rowsIn(t, "overdue")).toEqual([14, 17, 26, 30, 31, 32, 33, 37, 50]);
  });

  it("counts rows marked «выполнено» as done, even past their deadline", () => {
    expect(rowsIn(t, "done")).toEqual([13, 16, 18, 19]);
  });

  it("keeps «в течение года», quarterly and later checkpoints on track", () => {
    const byRow = new Map(t.rows.map((r) => [r.row.row, r]));
    expect(byRow.get(20)!.state).toBe("on-track"); // Октябрь 2021 – апрель 2022, «в работе»
    expect(byRow.get(20)!.status.state).toBe("in-progress");
    expect(byRow.get(21)!.deadline).toMatchObject({ kind: "period", due: "2022-08-31" });
    expect(byRow.get(23)!.deadline).toMatchObject({ kind: "recurring", due: "2022-03-31" });
    expect(byRow.get(24)!.deadline).toMatchObject({ kind: "checkpoints", due: "2022-06-30" });
    expect(byRow.get(22)!.state).toBe("no-deadline"); // По графику
  });

  it("explains why a row is overdue, with the date and the days late", () => {
    const row14 = t.rows.find((r) => r.row.row === 14)!;
    const overdue = row14.findings.find((f) => f.code === "overdue")!;
    expect(overdue).toMatchObject({ severity: "error", column: "D", row: 14 });
    expect(row14.deadline.due).toBe("2021-10-31");
  });

  it("flags vague deadlines and missing expected results", () => {
    const codes = (row: number) =>
      t.rows.find((r) => r.row.row === row)!.findings.map((f) => f.code);
    expect(codes(22)).toContain("vague-deadline");
    expect(codes(48)).toContain("missing-expected-result");
    expect(codes(32)).toContain("deadline-outside-period"); // Август 2021, before the 2021-2022 school year
  });
});

describe("seed 004 (Приморский край) as of 2021-07-01", () => {
  let t: CheckedTable;
  beforeAll(async () => {
    [t] = await check("004-primorsky.xlsx", "2021-07-01");
  });
  const row = (n: number) => t.rows.find((r) => r.row.row === n)!;

  it("«Март - июнь» takes its year from the title and is overdue (not marked done)", () => {
    expect(row(31).deadline).toMatchObject({
      kind: "range",
      start: "2021-03-01",
      due: "2021-06-30",
    });
    expect(row(31).state).toBe("overdue");
  });

  it("«В течение года» is on track", () => {
    expect(row(25).deadline).toMatchObject({
      kind: "period",
      start: "2021-01-01",
      due: "2021-12-31",
    });
    expect(row(25).state).toBe("on-track");
  });

  it("real Excel dates and marks of completion are read", () => {
    expect(row(27).deadline).toMatchObject({ kind: "date", due: "2021-03-01" });
    expect(row(27).state).toBe("done"); // «выполнено»
    expect(row(52).state).toBe("done"); // «исполнено»
  });

  it("is overdue exactly on the passed dates and ranges", () => {
    expect(rowsIn(t, "overdue")).toEqual([31, 32, 34, 35, 45, 46, 48]);
  });
});

describe("seed 000 (Дальнереченск)", () => {
  it("reports the number «3.» used twice", async () => {
    const [t] = await check("000-dalnerechensk.xlsx", "2020-10-15");
    const dup = t.rows.flatMap((r) => r.findings).filter((f) => f.code === "duplicate-number");
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ row: 8, column: "A", severity: "warning" });
  });
});

describe("seed 002 (Кисловодск): planned values under year columns", () => {
  it("reads the years with a planned value as the due years", async () => {
    const [t] = await check("002-kislovodsk.xlsx", "2021-06-01");
    const row = (n: string) => t.rows.find((r) => r.row.number === n)!;
    // 1.2: 0 / 1 / 0 → due in 2021 only.
    expect(row("1.2").deadline).toMatchObject({ kind: "date", due: "2021-12-31" });
    // 1.1: 2 / 2 / 2 → every year a checkpoint; the next one not passed is 2021.
    expect(row("1.1.").deadline).toMatchObject({ kind: "checkpoints", due: "2021-12-31" });
  });
});

describe("seed 002: findings point at the year column that holds the due year", () => {
  it("overdue and due-soon findings name the due year's column, not the first year's", async () => {
    const [t] = await check("002-kislovodsk.xlsx", "2022-01-15");
    const yearColumn = new Map(
      t.table.columns.filter((c) => c.year !== null).map((c) => [c.year, c.column]),
    );
    const deadlineFindings = t.rows.flatMap((r) =>
      r.findings
        .filter((f) => f.code === "overdue" || f.code === "due-soon")
        .map((f) => ({ f, due: r.deadline.due! })),
    );
    expect(deadlineFindings.length).toBeGreaterThan(0);
    for (const { f, due } of deadlineFindings) {
      expect(f.column).toBe(yearColumn.get(Number(due.slice(0, 4))));
    }
    // 1.2 plans 0 / 1 / 0: due at the end of 2021, overdue on 15.01.2022, at the 2021 column.
    const row12 = t.rows.find((r) => r.row.number === "1.2")!;
    expect(row12.findings.find((f) => f.code === "overdue")?.column).toBe(yearColumn.get(2021));
    expect(yearColumn.get(2021)).not.toBe(yearColumn.get(2020));
  });
});
