/**
 * The "Сводка" sheet: one row per municipality — how much it reported, what is late, what is
 * missing — plus the municipalities whose file could not be read, and the region's totals.
 */
import type { Lang } from "../validate/types";
import { CHANGE_KINDS, type ChangeCounts } from "./changes/types";
import { CHANGE_LABEL } from "./changes/labels";
import type { FileEntry, MunicipalityStats, RegionalTotals, RegionalValue } from "./types";
import type { ColumnSpec, DraftSheet } from "./widths";
import { formatDay } from "../deadline/calendar";

/** "Просрочено" and "Выполнено" sit side by side: together they feed the bar chart. */
const COLUMNS: ColumnSpec[] = [
  { key: "municipality", header: "Муниципалитет", kind: "text", maxWidth: 28 },
  { key: "files", header: "Файлы", kind: "integer" },
  { key: "tables", header: "Таблицы", kind: "integer" },
  { key: "activities", header: "Мероприятия", kind: "integer" },
  { key: "overdue", header: "Просрочено", kind: "integer" },
  { key: "done", header: "Выполнено", kind: "integer" },
  { key: "dueSoon", header: "Скоро срок", kind: "integer" },
  { key: "incomplete", header: "Неполные", kind: "integer" },
  { key: "onTimeShare", header: "Выполнено из наступивших", kind: "percent" },
  { key: "worst", header: "Главные замечания", kind: "text", maxWidth: 36 },
  { key: "problems", header: "Проблемы с файлами", kind: "text", maxWidth: 40 },
  { key: "fileNames", header: "Имена файлов", kind: "text", maxWidth: 30 },
];

/** 0-based columns of the chart's data: categories, then the two series. */
export const SUMMARY_CHART = { categories: 0, series: [4, 5] } as const;

export function onTimeShare(done: number, overdue: number): number | null {
  return done + overdue === 0 ? null : done / (done + overdue);
}

export function summaryTotals(stats: MunicipalityStats[], findings: number): RegionalTotals {
  const sum = (pick: (s: MunicipalityStats) => number) =>
    stats.reduce((acc, s) => acc + pick(s), 0);
  const done = sum((s) => s.done);
  const overdue = sum((s) => s.overdue);
  return {
    municipalities: stats.length,
    files: sum((s) => s.files.length),
    unreadableFiles: 0,
    notRoadmapFiles: 0,
    skippedFiles: 0,
    tables: sum((s) => s.tables),
    activities: sum((s) => s.activities),
    done,
    overdue,
    dueSoon: sum((s) => s.dueSoon),
    incomplete: sum((s) => s.incomplete),
    onTimeShare: onTimeShare(done, overdue),
    findings,
  };
}

export function summarySheet(
  stats: MunicipalityStats[],
  totals: RegionalTotals,
  asOf: string,
  /** Sheets «Свод» continues on, past Excel's row limit. */
  continued: string[] = [],
  more: SummaryExtras = { files: [], changes: null, lang: "ru" },
): DraftSheet {
  const rows: RegionalValue[][] = stats.map((s) => [
    s.municipality,
    s.files.length,
    s.tables,
    s.activities,
    s.overdue,
    s.done,
    s.dueSoon,
    s.incomplete,
    s.onTimeShare,
    s.worst.join("\n"),
    s.problems.join("\n"),
    s.files.join("\n"),
  ]);
  const unread =
    totals.unreadableFiles > 0 ? `; не прочитано файлов: ${totals.unreadableFiles}` : "";
  const totalsRow: RegionalValue[] = [
    "Итого",
    totals.files,
    totals.tables,
    totals.activities,
    totals.overdue,
    totals.done,
    totals.dueSoon,
    totals.incomplete,
    totals.onTimeShare,
    `замечаний: ${totals.findings}`,
    `муниципалитетов: ${totals.municipalities}${unread}${continuedNote(continued)}${filesNote(more.files)}`,
    `по состоянию на ${formatDay(asOf)}${changesNote(more.changes, more.lang)}`,
  ];
  return { name: "Сводка", columns: COLUMNS, rows, totals: totalsRow };
}

/** What «Сводка» says below its municipalities, besides their totals. */
export interface SummaryExtras {
  /** Files that are no municipality's: unreadable, no roadmap, our own regional workbooks. */
  files: FileEntry[];
  /** Changes since last month by kind, or null when last month was not given. */
  changes: ChangeCounts | null;
  lang: Lang;
}

/**
 * The files that are no municipality's, each with its reason: named in the totals row, not as
 * rows of their own — they are no municipality, so not in the table nor in its chart.
 */
function filesNote(files: FileEntry[]): string {
  if (files.length === 0) return "";
  const lines = files.map((f) => `${f.file} — ${f.reason ?? ""}`);
  return `\nфайлы, не включённые в свод (${files.length}):\n${lines.join("\n")}`;
}

/** The count of each kind of change since last month («Изменения»), kinds with none left out. */
function changesNote(counts: ChangeCounts | null, lang: Lang): string {
  if (counts === null) return "";
  const parts = CHANGE_KINDS.filter((k) => counts[k] > 0).map(
    (k) => `${CHANGE_LABEL[k][lang]}: ${counts[k]}`,
  );
  return `\nизменения с прошлого месяца (лист «Изменения»): ${parts.length === 0 ? "нет" : parts.join(", ")}`;
}

/** A line of the totals saying where «Свод» continues, if it does. */
function continuedNote(continued: string[]): string {
  if (continued.length === 0) return "";
  const sheets = continued.map((s) => `«${s}»`).join(", ");
  return `\n«Свод» не поместился на один лист Excel (1 048 576 строк) и продолжается на листах ${sheets}`;
}
