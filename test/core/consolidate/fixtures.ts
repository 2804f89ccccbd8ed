/**
 * CheckedTable fixtures built by hand (RoadmapTable / CheckedRow as the recogniser and the
 * validator produce them), so the consolidation is tested on its own.
 */
import type { Field } from "../../../src/core/fields";
import { columnLetter, type CellValue } from "../../../src/core/grid";
import type { Deadline } from "../../../src/core/deadline/types";
import type { RowState } from "../../../src/core/report";
import type { RoadmapTable, TableColumn } from "../../../src/core/recognize/types";
import type { CheckedRow, CheckedTable, Finding } from "../../../src/core/validate/types";
import type { SourceFile } from "../../../src/core/consolidate";

export interface ItemSpec {
  values: CellValue[];
  kind?: "item" | "section";
  number?: string | null;
  section?: string | null;
  state?: RowState;
  due?: string | null;
  findings?: Omit<Finding, "row">[];
  /** Continuation rows merged into this one (their sheet rows follow the row itself). */
  continuations?: number;
}

export interface TableSpec {
  sheet?: string;
  title?: string;
  municipality?: string | null;
  columns: [header: string, field: Field][];
  rows: ItemSpec[];
  findings?: Finding[];
  /** 1-based sheet row of the header; rows follow it. */
  headerRow?: number;
}

export function finding(code: string, overrides: Partial<Finding> = {}): Omit<Finding, "row"> {
  const severity =
    code === "due-soon" || code === "no-status-column"
      ? "info"
      : code.endsWith("-deadline") && !code.startsWith("missing")
        ? "warning"
        : "error";
  return { code, severity, column: null, field: null, params: {}, ...overrides };
}

export const OVERDUE = (due = "15.10.2021", days = 92) =>
  finding("overdue", { column: "C", field: "deadline", params: { due, days } });

export function deadline(text: string, due: string | null): Deadline {
  return {
    text,
    kind: due ? "date" : text === "" ? "missing" : "vague",
    start: null,
    due,
    dates: due ? [due] : [],
    needsYear: false,
  };
}

export function checkedTable(spec: TableSpec): CheckedTable {
  const headerRow = spec.headerRow ?? 3;
  const columns: TableColumn[] = spec.columns.map(([header, field], index) => ({
    index,
    column: columnLetter(index + 1),
    header,
    field,
    year: null,
  }));
  const deadlineIndex = columns.findIndex((c) => c.field === "deadline");
  let sheetRow = headerRow + 1;
  let section: string | null = null;
  const rows: CheckedRow[] = spec.rows.map((item) => {
    const kind = item.kind ?? "item";
    const row = sheetRow;
    const extra = item.continuations ?? 0;
    sheetRow += 1 + extra;
    if (kind === "section") section = item.section ?? String(item.values.find((v) => v) ?? "");
    const text = deadlineIndex >= 0 ? String(item.values[deadlineIndex] ?? "") : "";
    return {
      row: {
        row,
        kind,
        sourceRows: Array.from({ length: 1 + extra }, (_, i) => row + i),
        values: item.values,
        number: item.number ?? null,
        section: kind === "section" ? section : (item.section ?? section),
      },
      deadline: deadline(kind === "section" ? "" : text, item.due ?? null),
      status: { text: "", state: "unknown" },
      state: item.state ?? "no-deadline",
      findings: (item.findings ?? []).map((f) => ({ ...f, row })),
    };
  });
  const table: RoadmapTable = {
    sheet: spec.sheet ?? "Лист1",
    title: spec.title ?? "",
    municipality: spec.municipality ?? null,
    period: null,
    headerRows: [headerRow, headerRow],
    columns,
    rows: rows.map((r) => r.row),
    continuations: [],
    lastRow: sheetRow - 1,
  };
  return { table, rows, findings: spec.findings ?? [] };
}

export function source(file: string, tables: CheckedTable[], municipality?: string): SourceFile {
  return { file, error: null, tables, municipality: municipality ?? null };
}

export const BASIC_COLUMNS: [string, Field][] = [
  ["№ п/п", "number"],
  ["Мероприятие", "activity"],
  ["Срок", "deadline"],
  ["Ответственные", "responsible"],
  ["Ожидаемый результат", "expectedResult"],
  ["Отметка об исполнении", "status"],
];

/** A small Buinsk-like table: a section, three items (done, overdue, incomplete). */
export function buinsk(): CheckedTable {
  return checkedTable({
    sheet: "План",
    municipality: "Буинский муниципальный район",
    columns: BASIC_COLUMNS,
    rows: [
      { kind: "section", values: ["Организационно-управленческие решения", null, null] },
      {
        values: [
          "1.",
          "Создание рабочей группы",
          "Сентябрь 2021",
          "Иванов А.А.",
          "Приказ",
          "выполнено",
        ],
        number: "1.",
        state: "done",
        due: "2021-09-30",
      },
      {
        values: ["2.", "Анализ результатов ВПР", "Октябрь 2021", "Петрова Б.Б.", "Справка", null],
        number: "2.",
        state: "overdue",
        due: "2021-10-31",
        findings: [OVERDUE("31.10.2021", 76)],
      },
      {
        values: ["3.", "Семинар для учителей", "По графику", null, "Протокол", null],
        number: "3.",
        state: "no-deadline",
        findings: [
          finding("missing-responsible", { column: "D", field: "responsible" }),
          finding("vague-deadline", {
            column: "C",
            field: "deadline",
            params: { text: "По графику" },
          }),
        ],
      },
    ],
  });
}
