/**
 * The report contract of `roadmap check --json` (docs/report.md). One zod schema is both the
 * type and the validation: the CLI validates every report before printing it.
 */
import { z } from "zod";
import { DEADLINE_KINDS } from "./deadline/types";
import { FIELDS } from "./fields";
import { ROW_KINDS } from "./recognize/types";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const severitySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

/** The one order of severities, worst first: every list, sheet and count ranks by it. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Findings worst first (a comparator for sort): errors, then warnings, then infos; within each,
 * table-level findings (no row) first, then by row, then by column.
 */
export function worstFirstOrder(
  a: { severity: Severity; row: number | null; column: string | null },
  b: { severity: Severity; row: number | null; column: string | null },
): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.column ?? "").localeCompare(b.column ?? "")
  );
}

export const rowStateSchema = z.enum(["overdue", "due-soon", "on-track", "done", "no-deadline"]);
export type RowState = z.infer<typeof rowStateSchema>;

export const deadlineKindSchema = z.enum(DEADLINE_KINDS);

export const reportFindingSchema = z.object({
  code: z.string().regex(/^[a-z]+(-[a-z]+)*$/, "kebab-case"),
  severity: severitySchema,
  column: z
    .string()
    .regex(/^[A-Z]+$/)
    .nullable(),
  message: z.string().min(1),
});
export type ReportFinding = z.infer<typeof reportFindingSchema>;

export const reportRowSchema = z.object({
  row: z.number().int().positive(),
  kind: z.enum(ROW_KINDS),
  number: z.string().nullable(),
  section: z.string().nullable(),
  activity: z.string().nullable(),
  deadline: z.object({
    text: z.string(),
    kind: deadlineKindSchema,
    start: isoDate.nullable(),
    due: isoDate.nullable(),
  }),
  responsible: z.string().nullable(),
  expectedResult: z.string().nullable(),
  status: z.string().nullable(),
  state: rowStateSchema,
  findings: z.array(reportFindingSchema),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const reportColumnSchema = z.object({
  column: z.string().regex(/^[A-Z]+$/),
  header: z.string(),
  field: z.enum(FIELDS),
});

export const reportTableSchema = z.object({
  sheet: z.string(),
  /** Present (true) when the sheet is hidden from the workbook's tabs; it is checked all the same. */
  hidden: z.literal(true).optional(),
  title: z.string(),
  municipality: z.string().nullable(),
  period: z.object({ start: isoDate, end: isoDate }).nullable(),
  headerRows: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  columns: z.array(reportColumnSchema),
  rows: z.array(reportRowSchema),
  /** Table-level findings (a missing column, no status column): not tied to one row. */
  findings: z.array(reportFindingSchema),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

export const fileErrorSchema = z.object({
  code: z.string(),
  /** Plain words in the report's language; never a parser's internals. */
  message: z.string(),
  /** Technical detail for whoever investigates (the part, the parser's words); optional. */
  detail: z.string().optional(),
});
export type FileError = z.infer<typeof fileErrorSchema>;

export const reportFileSchema = z.object({
  file: z.string(),
  error: fileErrorSchema.nullable(),
  tables: z.array(reportTableSchema),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

export const reportSummarySchema = z.object({
  tables: z.number().int().nonnegative(),
  items: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  incomplete: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportSchema = z.object({
  asOf: isoDate,
  files: z.array(reportFileSchema),
  summary: reportSummarySchema,
});
export type Report = z.infer<typeof reportSchema>;
