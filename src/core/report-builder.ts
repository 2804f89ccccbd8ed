/**
 * Builds the report contract (docs/report.md) from checked tables. The result is validated with
 * the contract's zod schema before it leaves, so a consumer never sees a malformed report.
 */
import {
  reportSchema,
  worstFirstOrder,
  type FileError,
  type Report,
  type ReportRow,
  type ReportTable,
} from "./report";
import type { Field } from "./fields";
import type { CheckedRow, CheckedTable, Finding, Lang } from "./validate/types";
import { renderMessage } from "./validate/catalogue";
import { roleText } from "./validate/cells";
import { isIncomplete } from "./validate/codes";

export interface ReportInput {
  asOf: string;
  lang: Lang;
  files: {
    file: string;
    error: FileError | null;
    tables: CheckedTable[];
    hiddenSheets?: string[];
  }[];
}

/** A sorted copy: errors first, then warnings, then infos (see worstFirstOrder). */
export function worstFirst(findings: Finding[]): Finding[] {
  return [...findings].sort(worstFirstOrder);
}

function reportFindings(findings: Finding[], lang: Lang): ReportTable["findings"] {
  return findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    column: f.column,
    message: renderMessage(f, lang),
  }));
}

function reportRow(checked: CheckedTable, r: CheckedRow, lang: Lang): ReportRow {
  const text = (field: Field) => roleText(checked.table, r.row, field);
  return {
    row: r.row.row,
    kind: r.row.kind,
    number: r.row.number,
    section: r.row.section,
    activity: text("activity"),
    deadline: {
      text: r.deadline.text,
      kind: r.deadline.kind,
      start: r.deadline.start,
      due: r.deadline.due,
    },
    responsible: text("responsible"),
    expectedResult: text("expectedResult"),
    status: text("status"),
    state: r.state,
    findings: reportFindings(worstFirst(r.findings), lang),
  };
}

function reportTable(checked: CheckedTable, lang: Lang, hidden: boolean): ReportTable {
  const t = checked.table;
  return {
    sheet: t.sheet,
    ...(hidden ? { hidden: true as const } : {}),
    title: t.title,
    municipality: t.municipality,
    period: t.period,
    headerRows: t.headerRows,
    columns: t.columns.map((c) => ({ column: c.column, header: c.header, field: c.field })),
    rows: checked.rows.map((r) => reportRow(checked, r, lang)),
    findings: reportFindings(worstFirst(checked.findings), lang),
  };
}

export function buildReport(input: ReportInput): Report {
  const summary = { tables: 0, items: 0, overdue: 0, incomplete: 0, done: 0 };
  const files = input.files.map((f) => {
    const tables = f.error === null ? f.tables : [];
    for (const t of tables) {
      summary.tables += 1;
      for (const r of t.rows) {
        if (r.row.kind !== "item") continue;
        summary.items += 1;
        if (r.state === "overdue") summary.overdue += 1;
        if (r.state === "done") summary.done += 1;
        if (isIncomplete(r.findings)) summary.incomplete += 1;
      }
    }
    return {
      file: f.file,
      error: f.error,
      tables: tables.map((t) =>
        reportTable(t, input.lang, f.hiddenSheets?.includes(t.table.sheet) ?? false),
      ),
    };
  });
  return reportSchema.parse({ asOf: input.asOf, files, summary });
}
