import { checkGrids } from "../../src/core/check";
import type { Grid } from "../../src/core/grid";
import { buildReport } from "../../src/core/report-builder";
import {
  statusColumnTarget,
  statusColumnTargets,
  withStatusColumnsAdded,
} from "../../src/core/status-column";

/** Two tables on one sheet, the second with its status column and starting in column B. */
const GRID: Grid = {
  sheet: "План",
  origin: { row: 1, col: 1 },
  cells: [
    ["№", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат"],
    [1, "Совещание", "Сентябрь 2021", "Иванов", "Протокол"],
    [2, "Приказ", "Май 2022", "Петров", "Приказ"],
    [],
    [],
    [null, "№", "Мероприятие", "Срок", "Ответственные", "Отметка об исполнении"],
    [null, 1, "Отчёт", "Май 2022", "Сидоров", "выполнено"],
  ],
  merges: [],
};

const tables = () => checkGrids([GRID], { settings: { asOf: "2022-01-15" } });

describe("the status column's targets", () => {
  it("is the column right of a table's rightmost, over its header band and rows", () => {
    const [first, second] = tables();
    expect(statusColumnTarget(first.table)).toEqual({
      sheet: "План",
      headerRows: [1, 1],
      lastRow: 3,
      rightColumn: 5,
    });
    expect(statusColumnTarget(second.table).rightColumn).toBe(6);
  });

  it("leaves out a table that has its status column, or no rows to mark", () => {
    const checked = tables();
    expect(statusColumnTargets(checked.map((t) => t.table))).toEqual([
      statusColumnTarget(checked[0].table),
    ]);
    const headerOnly = { ...checked[0].table, lastRow: 1 };
    expect(statusColumnTargets([headerOnly])).toEqual([]);
  });

  it("takes the answered «no status column» out of the report, and nothing else", () => {
    const checked = tables();
    const report = buildReport({
      asOf: "2022-01-15",
      lang: "ru",
      files: [{ file: "план.xlsx", error: null, tables: checked }],
    });
    const codes = (r: typeof report) => r.files[0].tables.map((t) => t.findings.map((f) => f.code));
    expect(codes(report)[0]).toContain("no-status-column");
    const added = withStatusColumnsAdded(report, statusColumnTargets(checked.map((t) => t.table)));
    expect(codes(added)).toEqual(
      codes(report).map((c, i) => (i === 0 ? c.filter((x) => x !== "no-status-column") : c)),
    );
    expect(added.files[0].tables[0].rows).toEqual(report.files[0].tables[0].rows);
    expect(withStatusColumnsAdded(report, [])).toBe(report);
  });
});
