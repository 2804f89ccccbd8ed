import fc from "fast-check";
import { ZodError } from "zod";
import { buildReport, worstFirst } from "../../src/core/report-builder";
import { reportSchema } from "../../src/core/report";
import type { Deadline } from "../../src/core/deadline/types";
import type { RoadmapTable } from "../../src/core/recognize/types";
import type { RowState } from "../../src/core/report";
import { checkTable } from "../../src/core/validate";
import { makeFinding } from "../../src/core/validate/finding";
import type { CheckedRow, CheckedTable, Finding } from "../../src/core/validate/types";
import {
  AS_OF,
  buinsk,
  dalnerechensk,
  deadlineOf,
  kislovodsk,
  primoryeWithoutResponsible,
  settingsFor,
  UNKNOWN_STATUS,
} from "./validate/fixtures";

interface RowPlan {
  deadline?: Deadline;
  state?: RowState;
  done?: boolean;
  findings?: Finding[];
}

/** A CheckedTable built by hand: the row plan says what validation is taken to have found. */
function checkedByHand(table: RoadmapTable, plan: Record<number, RowPlan>): CheckedTable {
  const rows = table.rows.map((row): CheckedRow => {
    const p = plan[row.row] ?? {};
    return {
      row,
      deadline: p.deadline ?? deadlineOf({ text: "", kind: "missing", due: null }),
      status: p.done ? { text: "выполнено", state: "done" } : UNKNOWN_STATUS,
      state: p.state ?? "no-deadline",
      findings: p.findings ?? [],
    };
  });
  return { table, rows, findings: [] };
}

const overdueFinding = (row: number, due: string, days: number) =>
  makeFinding("overdue", row, "D", { due, days });

function buinskChecked(): CheckedTable {
  return checkedByHand(buinsk(), {
    17: { deadline: deadlineOf(), state: "done", done: true },
    18: {
      deadline: deadlineOf({ text: "Октябрь 2021", due: "2021-10-31" }),
      state: "due-soon",
      findings: [
        makeFinding("due-soon", 18, "D", { due: "31.10.2021", days: 11 }),
        makeFinding("missing-expected-result", 18, "F"),
      ],
    },
    19: {
      deadline: deadlineOf({ text: "Сентябрь 2021", due: "2021-09-30" }),
      state: "overdue",
      findings: [makeFinding("missing-responsible", 19, "E"), overdueFinding(19, "30.09.2021", 20)],
    },
    21: { findings: [makeFinding("missing-deadline", 21, "D")] },
    22: {
      deadline: deadlineOf({ text: "По графику", kind: "vague", due: null }),
      findings: [makeFinding("vague-deadline", 22, "D", { text: "По графику" })],
    },
    23: {
      deadline: deadlineOf({ text: "Ноябрь 2021", due: "2021-11-30" }),
      state: "on-track",
      findings: [makeFinding("duplicate-number", 23, "A", { number: "2", firstRow: 22 })],
    },
  });
}

function dalnerechenskChecked(): CheckedTable {
  const table = dalnerechensk();
  const plan: Record<number, RowPlan> = {};
  for (const row of [6, 7, 8, 9]) {
    plan[row] = {
      deadline: deadlineOf({ text: "Сентябрь 2020", due: "2020-09-30" }),
      state: "overdue",
      findings: [overdueFinding(row, "30.09.2020", 385)],
    };
  }
  return { ...checkedByHand(table, plan), findings: [makeFinding("no-status-column", null, null)] };
}

function fixtureReport(lang: "ru" | "en" = "ru") {
  return buildReport({
    asOf: AS_OF,
    lang,
    files: [
      { file: "buinsk.xlsx", error: null, tables: [buinskChecked()] },
      { file: "dalnerechensk.xlsx", error: null, tables: [dalnerechenskChecked()] },
      {
        file: "broken.xlsx",
        error: { code: "unreadable", message: "Файл повреждён" },
        tables: [buinskChecked()],
      },
    ],
  });
}

describe("buildReport", () => {
  it("passes the report schema", () => {
    expect(() => reportSchema.parse(fixtureReport())).not.toThrow();
  });

  it("counts tables, items, overdue, incomplete and done exactly", () => {
    expect(fixtureReport().summary).toEqual({
      tables: 2,
      items: 10,
      overdue: 5,
      incomplete: 3,
      done: 1,
    });
  });

  it("gives a file with an error no tables", () => {
    const broken = fixtureReport().files[2];
    expect(broken).toEqual({
      file: "broken.xlsx",
      error: { code: "unreadable", message: "Файл повреждён" },
      tables: [],
    });
  });

  it("describes the table as recognised", () => {
    const t = fixtureReport().files[0].tables[0];
    expect(t.sheet).toBe("Лист1");
    expect(t.period).toEqual({ start: "2021-09-01", end: "2022-08-31" });
    expect(t.headerRows).toEqual([15, 15]);
    expect(t.columns[3]).toEqual({ column: "D", header: "Сроки", field: "deadline" });
    expect(t.columns.map((c) => c.field)).toEqual(buinsk().columns.map((c) => c.field));
    expect(t.rows).toHaveLength(8);
  });

  it("fills a row with the text of each role and the deadline as read", () => {
    const rows = fixtureReport().files[0].tables[0].rows;
    expect(rows[1]).toEqual({
      row: 17,
      kind: "item",
      number: "1",
      section: "Организационно - управленческие решения",
      activity: "Утвердить состав муниципальной и школьной рабочих групп",
      deadline: { text: "До 01.10.2021", kind: "date", start: null, due: "2021-10-01" },
      responsible: "Македонская Н.А.\nДиректор ОО",
      expectedResult: "Приказ о назначении ответственных",
      status: "выполнено",
      state: "done",
      findings: [],
    });
    expect(rows[0]).toMatchObject({ kind: "section", activity: null, state: "no-deadline" });
    expect(rows[2].expectedResult).toBeNull();
    expect(rows[2].status).toBeNull();
  });

  it("renders findings worst first, in the report's language", () => {
    const ru = fixtureReport().files[0].tables[0].rows[2].findings;
    expect(ru).toEqual([
      {
        code: "missing-expected-result",
        severity: "error",
        column: "F",
        message: "Не указан ожидаемый результат",
      },
      {
        code: "due-soon",
        severity: "info",
        column: "D",
        message: "До срока 31.10.2021 осталось 11 дней",
      },
    ]);
    const en = fixtureReport("en").files[0].tables[0].rows[2].findings;
    expect(en.map((f) => f.message)).toEqual([
      "No expected result is given",
      "Due 31.10.2021, in 11 days",
    ]);
  });

  it("puts table-level findings on the table", () => {
    const t = fixtureReport().files[1].tables[0];
    expect(t.findings.map((f) => [f.code, f.severity, f.column])).toEqual([
      ["no-status-column", "info", null],
    ]);
    expect(t.rows[3].findings[0].message).toBe(
      "Срок прошёл 30.09.2020 (просрочено на 385 дней), отметки о выполнении нет",
    );
  });

  it("joins several cells of one role and keeps year-column deadlines (seed 002)", () => {
    const checked = checkTable(kislovodsk(), settingsFor());
    const report = buildReport({
      asOf: AS_OF,
      lang: "ru",
      files: [{ file: "k.xlsx", error: null, tables: [checked] }],
    });
    const row = report.files[0].tables[0].rows[0];
    expect(row.activity).toBe("Отбор ПНОР и ПНСУ");
    expect(row.responsible).toBe("УО, ИМО");
    expect(row.deadline.text).toBe(checked.rows[0].deadline.text);
  });

  it("reports real checkTable output for every seed fixture", () => {
    const tables = [buinsk(), dalnerechensk(), kislovodsk(), primoryeWithoutResponsible()].map(
      (t) => checkTable(t, settingsFor()),
    );
    const report = buildReport({
      asOf: AS_OF,
      lang: "en",
      files: [{ file: "all.xlsx", error: null, tables }],
    });
    expect(report.summary.tables).toBe(4);
    expect(report.summary.items).toBe(6 + 4 + 4 + 2);
    expect(report.summary.incomplete).toBe(3 + 0 + 1 + 0);
  });

  it("refuses to return a report that breaks the contract", () => {
    const bad = buinskChecked();
    bad.rows[1] = {
      ...bad.rows[1],
      findings: [{ ...makeFinding("missing-deadline", 17, "D"), column: "d" }],
    };
    expect(() =>
      buildReport({
        asOf: AS_OF,
        lang: "ru",
        files: [{ file: "x.xlsx", error: null, tables: [bad] }],
      }),
    ).toThrow(ZodError);
    expect(() => buildReport({ asOf: "20.10.2021", lang: "ru", files: [] })).toThrow(ZodError);
  });

  it("reports an empty run", () => {
    expect(buildReport({ asOf: AS_OF, lang: "ru", files: [] })).toEqual({
      asOf: AS_OF,
      files: [],
      summary: { tables: 0, items: 0, overdue: 0, incomplete: 0, done: 0 },
    });
  });
});

describe("worstFirst", () => {
  const f = (
    severity: Finding["severity"],
    row: number | null,
    column: string | null = "A",
  ): Finding => ({
    ...makeFinding("missing-deadline", row, column),
    severity,
  });

  it("orders error > warning > info, then table-level before rows, then by row", () => {
    const input = [
      f("info", 3),
      f("error", 9),
      f("warning", 2),
      f("error", null, null),
      f("error", 4),
    ];
    expect(worstFirst(input).map((x) => [x.severity, x.row])).toEqual([
      ["error", null],
      ["error", 4],
      ["error", 9],
      ["warning", 2],
      ["info", 3],
    ]);
  });

  it("does not change its input", () => {
    const input = [f("info", 1), f("error", 2)];
    worstFirst(input);
    expect(input.map((x) => x.severity)).toEqual(["info", "error"]);
  });

  it("never puts a milder finding before a worse one", () => {
    const rank = { error: 0, warning: 1, info: 2 };
    const arb = fc.record({
      severity: fc.constantFrom("error", "warning", "info") as fc.Arbitrary<Finding["severity"]>,
      row: fc.option(fc.integer({ min: 1, max: 500 })),
    });
    fc.assert(
      fc.property(fc.array(arb), (specs) => {
        const out = worstFirst(specs.map((s) => f(s.severity, s.row)));
        expect(out).toHaveLength(specs.length);
        for (let i = 1; i < out.length; i++) {
          const a = out[i - 1];
          const b = out[i];
          expect(rank[a.severity]).toBeLessThanOrEqual(rank[b.severity]);
          if (a.severity === b.severity) expect(a.row ?? 0).toBeLessThanOrEqual(b.row ?? 0);
        }
      }),
    );
  });
});
