/**
 * The "Свод" sheet: one row per activity of every municipal table. Columns are the canonical
 * roles, then one per other role found anywhere, then "Прочее" for columns with no role —
 * every non-empty cell of a recognised table lands in some cell of its activity's row.
 */
import type { Field } from "../fields";
import type { RoadmapTable, TableRow } from "../recognize/types";
import { worstFirst } from "../report-builder";
import type { CheckedRow, CheckedTable, Finding, Lang } from "../validate/types";
import { renderMessage } from "../validate/catalogue";
import { roleCells, type RoleCell } from "../validate/cells";
import { isIncomplete } from "../validate/codes";
import type { ActivityCounts, RegionalValue } from "./types";
import type { RegionalFinding } from "./remarks";
import type { ColumnSpec } from "./widths";
import {
  CONSOLIDATION_SEVERITY,
  STATE_LABEL,
  TRUNCATION_MARKER,
  consolidationMessage,
} from "./labels";
import { EXCEL_MAX_CELL_CHARS, displayText, fitCell } from "./text";

/** Roles shown in their own column only when some table has them, in this order. */
const EXTRA_ROLES: { field: Field; header: string }[] = [
  { field: "task", header: "Задача" },
  { field: "target", header: "Адресность" },
  { field: "indicator", header: "Показатели" },
  { field: "evidence", header: "Форма предъявления" },
];

/**
 * The widest each column grows (see ColumnSpec.maxWidth): about 270 characters for these, 370
 * with every further role and «Прочее» — printed one A4 landscape page wide at 40–55 % size.
 */
const FIXED_COLUMNS: ColumnSpec[] = [
  { key: "municipality", header: "Муниципалитет", kind: "text", maxWidth: 20 },
  { key: "section", header: "Раздел", kind: "text", maxWidth: 28 },
  { key: "number", header: "№", kind: "text" },
  { key: "activity", header: "Мероприятие", kind: "text", maxWidth: 45 },
  { key: "deadline", header: "Срок (как указан)", kind: "text", maxWidth: 16 },
  { key: "due", header: "Срок (дата)", kind: "date" },
  { key: "responsible", header: "Ответственные", kind: "text", maxWidth: 26 },
  { key: "expectedResult", header: "Ожидаемый результат", kind: "text", maxWidth: 30 },
  { key: "status", header: "Отметка об исполнении", kind: "text", maxWidth: 18 },
  { key: "state", header: "Состояние", kind: "text" },
  { key: "remarks", header: "Замечания", kind: "text", maxWidth: 32 },
  { key: "source", header: "Источник", kind: "text", maxWidth: 26 },
];

/** The widest a column of a further role, or «Прочее», grows. */
const EXTRA_WIDTH = 24;

export type SvodKey =
  | "municipality"
  | "section"
  | "number"
  | "activity"
  | "deadline"
  | "due"
  | "responsible"
  | "expectedResult"
  | "status"
  | "state"
  | "remarks"
  | "source";

/** The header of each fixed «Свод» column: what reads a «Свод» back (last month's) looks for. */
export const SVOD_HEADERS = Object.fromEntries(
  FIXED_COLUMNS.map((c) => [c.key, c.header]),
) as Readonly<Record<SvodKey, string>>;

export interface SvodLayout {
  columns: ColumnSpec[];
  extraRoles: Field[];
  hasOther: boolean;
}

export function svodLayout(tables: CheckedTable[]): SvodLayout {
  const present = new Set<Field>();
  for (const t of tables) for (const c of t.table.columns) present.add(c.field);
  return layoutOf(present);
}

/**
 * Every column any table could need, so that rows can be built as files arrive, before it is
 * known which roles the region's tables have; `narrowRow` then drops the columns none had.
 */
export const FULL_LAYOUT: SvodLayout = layoutOf(
  new Set<Field>([...EXTRA_ROLES.map((r) => r.field), "other"]),
);

/** The fields a table brings that decide the layout. */
export function layoutFields(table: CheckedTable, into: Set<Field>): void {
  for (const c of table.table.columns) into.add(c.field);
}

/** A row built on FULL_LAYOUT, narrowed to `layout`. */
export function narrowRow(row: RegionalValue[], layout: SvodLayout): RegionalValue[] {
  if (layout.columns.length === FULL_LAYOUT.columns.length) return row;
  const out = row.slice(0, FIXED_COLUMNS.length);
  EXTRA_ROLES.forEach((r, i) => {
    if (layout.extraRoles.includes(r.field)) out.push(row[FIXED_COLUMNS.length + i]);
  });
  if (layout.hasOther) out.push(row[FIXED_COLUMNS.length + EXTRA_ROLES.length]);
  return out;
}

export function layoutOf(present: Set<Field>): SvodLayout {
  const extras = EXTRA_ROLES.filter((r) => present.has(r.field));
  const hasOther = present.has("other");
  const columns: ColumnSpec[] = [
    ...FIXED_COLUMNS,
    ...extras.map((r) => ({
      key: `role:${r.field}`,
      header: r.header,
      kind: "text" as const,
      maxWidth: EXTRA_WIDTH,
    })),
    ...(hasOther
      ? [{ key: "other", header: "Прочее", kind: "text" as const, maxWidth: EXTRA_WIDTH }]
      : []),
  ];
  return { columns, extraRoles: extras.map((r) => r.field), hasOther };
}

export interface TableSource {
  municipality: string;
  file: string;
  lang: Lang;
  /** The file is a Word document: its tables are «таблица N», not sheets. */
  document?: boolean;
}

/**
 * Appends the table's activities to `rows` and, in row order, the table's findings and the
 * consolidation's own (an empty trailing section, a text cut to Excel's limit) to `findings`.
 */
export function addTable(
  layout: SvodLayout,
  checked: CheckedTable,
  src: TableSource,
  rows: RegionalValue[][],
  findings: RegionalFinding[],
): ActivityCounts {
  const { table } = checked;
  const counts: ActivityCounts = { activities: 0, done: 0, overdue: 0, dueSoon: 0, incomplete: 0 };
  const at = (row: number | null, column: string | null) => ({
    municipality: src.municipality,
    file: src.file,
    sheet: table.sheet,
    row,
    column,
  });
  for (const f of checked.findings) findings.push(tableFinding(f, at(f.row, f.column), src.lang));

  // Consecutive section rows head the same activities ("Задача 1…" then "1.1 Организация…").
  let chain: { row: number; label: string }[] = [];
  let chainLabel = "";
  let chainUsed = true;
  for (const checkedRow of checked.rows) {
    const row = checkedRow.row;
    if (row.kind === "section") {
      if (chainUsed) chain = [];
      chain.push({ row: row.row, label: sectionLabel(row) });
      chainLabel = chain.map((c) => c.label).join(" / ");
      chainUsed = false;
      continue;
    }
    chainUsed = true;
    const section = chain.length > 0 ? chainLabel : (row.section ?? "");
    const sorted = worstFirst(checkedRow.findings);
    const messages = sorted.map((f) => renderMessage(f, src.lang));
    const values = activityRow(layout, table, checkedRow, section, messages, src);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== "string" || v.length <= EXCEL_MAX_CELL_CHARS) continue;
      const fitted = fitCell(v, TRUNCATION_MARKER[src.lang]);
      const params = {
        column: layout.columns[i].header,
        limit: EXCEL_MAX_CELL_CHARS,
        cut: fitted.cut,
      };
      findings.push(ownFinding("text-truncated", params, at(row.row, null), src.lang));
      values[i] = fitted.text;
    }
    rows.push(values);
    for (let i = 0; i < sorted.length; i++) {
      const f = sorted[i];
      findings.push({
        municipality: src.municipality,
        file: src.file,
        sheet: table.sheet,
        row: f.row ?? row.row,
        column: f.column,
        code: f.code,
        severity: f.severity,
        message: messages[i],
      });
    }
    count(counts, checkedRow);
  }
  if (!chainUsed) {
    for (const s of chain) {
      const params = { section: s.label };
      findings.push(ownFinding("section-without-activities", params, at(s.row, null), src.lang));
    }
  }
  return counts;
}

function count(counts: ActivityCounts, r: CheckedRow): void {
  counts.activities += 1;
  if (r.state === "done") counts.done += 1;
  if (r.state === "overdue") counts.overdue += 1;
  if (r.state === "due-soon") counts.dueSoon += 1;
  if (isIncomplete(r.findings)) counts.incomplete += 1;
}

function activityRow(
  layout: SvodLayout,
  table: RoadmapTable,
  r: CheckedRow,
  section: string,
  messages: string[],
  src: TableSource,
): RegionalValue[] {
  const role = (field: Field) => roleValue(roleCells(table, r.row, field));
  const remarks = messages.join("\n");
  const out: RegionalValue[] = [
    src.municipality,
    section,
    role("number") || r.row.number || "",
    role("activity"),
    role("deadline"),
    r.deadline.due,
    role("responsible"),
    role("expectedResult"),
    role("status"),
    STATE_LABEL[r.state],
    remarks,
    sourceText(src.file, table.sheet, r.row, src.document),
  ];
  for (const field of layout.extraRoles) out.push(role(field));
  if (layout.hasOther) out.push(labelledLines(roleCells(table, r.row, "other")));
  return out;
}

/** One column: its text. Several (year columns, two "Задача" columns): "header: value" lines. */
function roleValue(cells: RoleCell[]): string {
  if (cells.length === 0) return "";
  if (cells.length === 1) return displayText(cells[0].value);
  return labelledLines(cells);
}

function labelledLines(cells: RoleCell[]): string {
  const lines: string[] = [];
  for (const { column, value } of cells) {
    const text = displayText(value);
    if (text === "") continue;
    const header = column.header.replace(/\s+/g, " ").trim() || `Столбец ${column.column}`;
    lines.push(`${header}: ${text}`);
  }
  return lines.join("\n");
}

/** A section's text; the number written in its own cell ("1." then the title) is kept. */
function sectionLabel(row: TableRow): string {
  const texts: string[] = [];
  for (const v of row.values) {
    const t = displayText(v);
    if (t !== "" && !texts.includes(t)) texts.push(t);
  }
  const own = row.section?.trim() ?? "";
  if (own !== "" && texts.every((t) => own.includes(t))) return own;
  return texts.join(" ");
}

/**
 * "file.xlsx, лист «План», строка 12" ("строки 12–13" for a row merged over a page break); in a
 * Word document, whose tables the report names «Таблица N», "file.docx, таблица 2, строка 5".
 */
export function sourceText(file: string, sheet: string, row: TableRow, document = false): string {
  const rows = row.sourceRows.length > 0 ? row.sourceRows : [row.row];
  const place = document ? `таблица ${tableNumber(sheet)}` : `лист «${sheet}»`;
  return `${file}, ${place}, ${rowsText(rows)}`;
}

/** «Таблица 2» → "2" (a name without a number is kept whole). */
function tableNumber(sheet: string): string {
  return /\d+$/.exec(sheet)?.[0] ?? sheet;
}

function rowsText(rows: number[]): string {
  if (rows.length === 1) return `строка ${rows[0]}`;
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  const list = contiguous ? `${rows[0]}–${rows[rows.length - 1]}` : rows.join(", ");
  return `строки ${list}`;
}

type Location = Pick<RegionalFinding, "municipality" | "file" | "sheet" | "row" | "column">;

function tableFinding(f: Finding, at: Location, lang: Lang): RegionalFinding {
  return { ...at, code: f.code, severity: f.severity, message: renderMessage(f, lang) };
}

function ownFinding(
  code: Parameters<typeof consolidationMessage>[0],
  params: Record<string, string | number>,
  at: Location,
  lang: Lang,
): RegionalFinding {
  return {
    ...at,
    code,
    severity: CONSOLIDATION_SEVERITY[code],
    message: consolidationMessage(code, params, lang),
  };
}
