/** The readable form of a report: per file and table, counts and findings, worst first. */
import { worstFirstOrder, type Report, type ReportFinding, type ReportTable } from "../core/report";
import { formatDay } from "../core/deadline/calendar";
import { columnNumber } from "../core/plan";
import { isIncomplete } from "../core/validate/codes";
import type { Field } from "../core/fields";
import type { CliText } from "./i18n";

const MAX_FINDINGS_SHOWN = 40;
const MARK = { error: "✖", warning: "⚠", info: "·" } as const;

interface Located extends ReportFinding {
  row: number | null;
}

function tableFindings(t: ReportTable): Located[] {
  const all: Located[] = t.findings.map((f) => ({ ...f, row: null }));
  for (const r of t.rows) for (const f of r.findings) all.push({ ...f, row: r.row });
  return all.sort(worstFirstOrder);
}

/**
 * How a place is named: a sheet's rows and column letters, or, in a Word document (whose
 * tables are «Таблица N» in the report), «таблица 2, строка 5, столбец 3».
 */
function places(t: ReportTable, text: CliText, document: boolean) {
  const n = t.sheet.match(/\d+$/)?.[0] ?? t.sheet;
  return {
    heading: document
      ? text.documentTable(n, t.headerRows[0], t.headerRows[1])
      : text.table(t.sheet, t.headerRows[0], t.headerRows[1], t.hidden === true),
    row: (r: number | null) =>
      document
        ? r === null
          ? text.documentTableLevel(n)
          : text.documentRow(n, r)
        : r === null
          ? text.tableLevel
          : text.row(r),
    column: (c: string) => (document ? text.documentColumn(columnNumber(c)) : c),
  };
}

function formatTable(t: ReportTable, text: CliText, document: boolean): string[] {
  const place = places(t, text, document);
  const lines = [place.heading];
  if (t.title) lines.push(text.title(t.title.length > 160 ? `${t.title.slice(0, 157)}…` : t.title));
  if (t.municipality) lines.push(text.municipality(t.municipality));
  if (t.period) lines.push(text.period(formatDay(t.period.start), formatDay(t.period.end)));
  const items = t.rows.filter((r) => r.kind === "item");
  const count = (s: string) => items.filter((r) => r.state === s).length;
  const incomplete = items.filter((r) => isIncomplete(r.findings)).length;
  lines.push(
    text.counts(items.length, count("overdue"), count("due-soon"), incomplete, count("done")),
  );
  lines.push(`${text.columns} ${columnRoles(t, text, document)}`);
  const findings = tableFindings(t);
  if (findings.length === 0) lines.push(text.noFindings);
  else {
    lines.push(text.findings(findings.length));
    for (const f of findings.slice(0, MAX_FINDINGS_SHOWN)) {
      const where = place.row(f.row);
      const col = f.column ? `, ${place.column(f.column)}` : "";
      lines.push(`    ${MARK[f.severity]} ${where}${col}: ${f.message.replace(/\s*\n\s*/g, " ")}`);
    }
    if (findings.length > MAX_FINDINGS_SHOWN)
      lines.push(text.more(findings.length - MAX_FINDINGS_SHOWN));
  }
  return lines;
}

/**
 * «A — номер, B — мероприятие, E, F, G — срок»: each role with its columns (year columns share
 * one), in the order of the table; a Word table's columns by number.
 */
function columnRoles(t: ReportTable, text: CliText, document: boolean): string {
  const byField = new Map<string, string[]>();
  for (const c of t.columns) {
    const where = document ? String(columnNumber(c.column)) : c.column;
    byField.set(c.field, [...(byField.get(c.field) ?? []), where]);
  }
  return [...byField]
    .map(([field, cols]) => `${cols.join(", ")} — ${text.fields[field as Field]}`)
    .join("; ");
}

/** The last line: a verdict only on what was read; none when nothing was. */
function verdict(report: Report, errors: number, text: CliText): string {
  const all = report.files.length;
  const read = report.files.filter((f) => f.error === null).length;
  if (read === 0) return text.nothingRead(all);
  if (report.summary.tables === 0) return text.noRoadmaps;
  if (read === all) return errors === 0 ? text.verdictOk : text.verdictBad(errors);
  return errors === 0 ? text.verdictOkOfRead(read, all) : text.verdictBadOfRead(errors, read, all);
}

/**
 * `documents`: the files that were Word documents (their tables are named as such);
 * `verbose`: an unreadable file's technical detail is shown under its message.
 */
export function formatReport(
  report: Report,
  text: CliText,
  options: { verbose?: boolean; documents?: ReadonlySet<string> } = {},
): string {
  const out = [text.checkAsOf(formatDay(report.asOf)), ""];
  let errors = 0;
  for (const f of report.files) {
    out.push(f.file);
    if (f.error) {
      out.push(text.fileError(f.error.message));
      if (f.error.detail && options.verbose) out.push(text.errorDetail(f.error.detail));
    } else if (f.tables.length === 0) out.push(text.noTables);
    for (const t of f.tables) {
      out.push(...formatTable(t, text, options.documents?.has(f.file) === true), "");
      errors += tableFindings(t).filter((x) => x.severity === "error").length;
    }
    if (f.error || f.tables.length === 0) out.push("");
  }
  const s = report.summary;
  out.push(text.total(s.tables, s.items, s.overdue, s.incomplete, s.done));
  out.push(verdict(report, errors, text));
  return `${out.join("\n")}\n`;
}
