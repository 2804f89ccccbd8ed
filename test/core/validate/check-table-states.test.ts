/**
 * checkTable's row logic with the grammar's answers fixed, so states and the findings that follow
 * from them are tested exactly while the grammar is written elsewhere.
 */
import type { Deadline, Period } from "../../../src/core/deadline/types";
import type { CellValue } from "../../../src/core/grid";
import { checkTable } from "../../../src/core/validate";
import { renderMessage } from "../../../src/core/validate/catalogue";
import { buinsk, deadlineOf, makeTable, settingsFor } from "./fixtures";
import * as deadlineModule from "../../../src/core/deadline";

jest.mock("../../../src/core/deadline", () => ({
  ...jest.requireActual("../../../src/core/deadline"),
  parseDeadline: jest.fn(),
  periodOfHeading: jest.fn(),
}));
jest.mock("../../../src/core/status", () => ({
  parseStatus: (v: CellValue) =>
    v === "выполнено" ? { text: v, state: "done" } : { text: v ?? "", state: "unknown" },
}));

const READ: Record<string, Partial<Deadline>> = {
  "До 01.10.2021": { due: "2021-10-01" },
  "Октябрь 2021": { due: "2021-10-31" },
  "Сентябрь 2021": { due: "2021-09-30" },
  "По графику": { kind: "vague", due: null },
  "Ноябрь 2021": { due: "2021-11-30" },
};

const parseDeadline = jest.mocked(deadlineModule.parseDeadline);
const periodOfHeading = jest.mocked(deadlineModule.periodOfHeading);

beforeEach(() => {
  parseDeadline.mockReset();
  parseDeadline.mockImplementation((v) => deadlineOf({ text: String(v), ...READ[String(v)] }));
  periodOfHeading.mockReset();
  periodOfHeading.mockReturnValue(null);
});

describe("checkTable row states (as of 20.10.2021, due soon within 14 days)", () => {
  const checked = () => checkTable(buinsk(), settingsFor());
  const byRow = (row: number) => {
    const r = checked().rows.find((x) => x.row.row === row);
    if (r === undefined) throw new Error(`no row ${row}`);
    return r;
  };

  it("gives each item its state", () => {
    expect(checked().rows.map((r) => [r.row.row, r.state])).toEqual([
      [16, "no-deadline"],
      [17, "done"],
      [18, "due-soon"],
      [19, "overdue"],
      [20, "no-deadline"],
      [21, "no-deadline"],
      [22, "no-deadline"],
      [23, "on-track"],
    ]);
  });

  it("reads deadlines with the table's period and the as-of day", () => {
    checked();
    expect(parseDeadline).toHaveBeenCalledWith("До 01.10.2021", {
      period: { start: "2021-09-01", end: "2022-08-31" },
      asOf: "2021-10-20",
    });
    expect(parseDeadline).not.toHaveBeenCalledWith("-", expect.anything());
  });

  it("does not call a done row overdue", () => {
    expect(byRow(17).findings).toEqual([]);
  });

  it("reports an overdue row with its date and days late", () => {
    const overdue = byRow(19).findings.find((f) => f.code === "overdue");
    expect(overdue).toMatchObject({
      severity: "error",
      column: "D",
      params: { due: "30.09.2021", days: 20 },
    });
    expect(renderMessage(overdue!, "ru")).toBe(
      "Срок прошёл 30.09.2021 (просрочено на 20 дней), отметки о выполнении нет",
    );
  });

  it("lists a row's findings rule by rule", () => {
    expect(byRow(18).findings.map((f) => f.code)).toEqual(["missing-expected-result", "due-soon"]);
    expect(byRow(19).findings.map((f) => f.code)).toEqual(["missing-responsible", "overdue"]);
    expect(byRow(22).findings.map((f) => f.code)).toEqual(["vague-deadline"]);
    expect(byRow(23).findings.map((f) => f.code)).toEqual(["duplicate-number"]);
  });

  it("moves the window with dueSoonDays and switches overdue off", () => {
    const t = checkTable(buinsk(), settingsFor({ dueSoonDays: 5, severities: { overdue: "off" } }));
    expect(t.rows.find((r) => r.row.row === 18)?.state).toBe("on-track");
    expect(t.rows.find((r) => r.row.row === 19)?.state).toBe("overdue");
    expect(t.rows.flatMap((r) => r.findings).some((f) => f.code === "overdue")).toBe(false);
  });
});

describe("checkTable period from a section row", () => {
  it("reads items under a section '2021 год' in that year, once per section", () => {
    const year2021: Period = { start: "2021-01-01", end: "2021-12-31" };
    periodOfHeading.mockImplementation((text) => (text === "2021 год" ? year2021 : null));
    const table = makeTable({
      columns: [
        ["Мероприятие", "activity"],
        ["Срок", "deadline"],
      ],
      rows: [
        { kind: "section", section: "2021 год", values: ["2021 год", null] },
        { section: "2021 год", values: ["Семинар", "Март"] },
        { section: "2021 год", values: ["Совещание", "Май"] },
        { values: ["Отчёт", "Июнь"] },
      ],
    });
    checkTable(table, settingsFor({ required: ["deadline"] }));
    expect(parseDeadline.mock.calls.map(([v, ctx]) => [v, ctx.period])).toEqual([
      ["Март", year2021],
      ["Май", year2021],
      ["Июнь", null],
    ]);
    expect(periodOfHeading).toHaveBeenCalledTimes(1);
  });
});
