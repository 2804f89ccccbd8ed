/** The readable summary `roadmap consolidate` prints, and its words in each language. */
import type { MunicipalityStats, RegionalModel } from "../core/consolidate";
import { CHANGE_LABEL } from "../core/consolidate/changes/labels";
import { CHANGE_KINDS } from "../core/consolidate/changes/types";
import { formatDay } from "../core/deadline/calendar";

const ru = {
  usage: `Использование:
  roadmap consolidate ФАЙЛ|ПАПКА… -o свод.xlsx [--previous свод-прошлого-месяца.xlsx]
      [--as-of ДД.ММ.ГГГГ] [--json] [--lang ru|en] [--municipality ФАЙЛ=МУНИЦИПАЛИТЕТ]…
      [--expected СПИСОК.txt] [--verbose]`,
  badArgs: (m: string) => `Ошибка в параметрах: ${m}`,
  noOutput: "укажите файл свода: -o свод.xlsx",
  outputIsFolder: (p: string) => `-o ${p}: это папка, укажите файл, например ${p}/свод.xlsx`,
  badMunicipality: (p: string) => `--municipality «${p}»: ожидается ФАЙЛ=МУНИЦИПАЛИТЕТ`,
  badExpected: (p: string) => `--expected: не удалось прочитать список муниципалитетов «${p}»`,
  outputIsInput: (p: string) =>
    `-o ${p}: этот файл указан и среди исходных; свод в него не записан, файл не изменён. Укажите другой файл свода`,
  badPrevious: (p: string, reason: string) =>
    `--previous ${p}: ${reason === "no-svod" ? "в файле нет листа «Свод», составленного программой" : reason}`,
  rebuiltUnreadable: (p: string, reason: string) =>
    `Свод прошлого месяца в ${p} не прочитан (${reason}): лист «Изменения» не составлен`,
  skippedOwn: (f: string) =>
    `Пропущен ${f}: это региональный свод, составленный программой, а не файл муниципалитета`,
  notCounted: "Не включены в свод (не муниципалитеты):",
  changesNone: "Изменения с прошлого месяца: нет",
  changes: "Изменения с прошлого месяца (лист «Изменения»):",
  noWorkbooks: (p: string) =>
    `Не найдено ни одной таблицы или документа Word (.xlsx, .xls, .ods, .docx …) в: ${p}`,
  unreadable: (f: string, m: string) => `Не удалось прочитать ${f}: ${m}`,
  nothingRead: "Ни один файл не удалось прочитать: свод не записан.",
  notWritten: (f: string, m: string) => `Свод не записан в ${f}: ${m}`,
  notWritable: (f: string) =>
    `Свод не записан: в ${f} нельзя записать — файл открыт в другой программе (например, в Excel) или папка недоступна для записи. Закройте файл или укажите другой путь.`,
  written: (f: string, sheets: string[]) =>
    `Записано: ${f} (листы ${sheets.map((s) => `«${s}»`).join(", ")})`,
  progress: (done: number, total: number) => `Прочитано файлов: ${done} из ${total}`,
  title: (d: string) => `Свод дорожных карт на ${formatDay(d)}`,
  files: (n: number, bad: number) => `Файлов: ${n}${bad > 0 ? ` (не прочитано: ${bad})` : ""}`,
  counts: (m: number, t: number, a: number) =>
    `Муниципалитетов: ${m} · таблиц: ${t} · мероприятий: ${a}`,
  states: (o: number, s: number, i: number, d: number, share: string) =>
    `Просрочено: ${o} · скоро срок: ${s} · не заполнено: ${i} · выполнено: ${d} · выполнено из наступивших: ${share}`,
  head: [
    "Муниципалитет",
    "Файлы",
    "Мероприятия",
    "Просрочено",
    "Выполнено",
    "Выполнено из наступивших",
  ],
  shareNote:
    "«Выполнено из наступивших» — доля выполненных среди мероприятий, срок которых уже наступил: выполнено ÷ (выполнено + просрочено).",
  problems: "Требуют внимания:",
};

export type ConsolidateText = {
  [K in keyof typeof ru]: (typeof ru)[K] extends string ? string : (typeof ru)[K];
};

const en: ConsolidateText = {
  usage: `Usage:
  roadmap consolidate FILE|DIR… -o region.xlsx [--previous last-month.xlsx]
      [--as-of DD.MM.YYYY] [--json] [--lang ru|en] [--municipality FILE=MUNICIPALITY]…
      [--expected LIST.txt] [--verbose]`,
  badArgs: (m: string) => `Bad arguments: ${m}`,
  noOutput: "name the regional workbook: -o region.xlsx",
  outputIsFolder: (p: string) => `-o ${p}: a folder; name a file, e.g. ${p}/region.xlsx`,
  badMunicipality: (p: string) => `--municipality "${p}": expected FILE=MUNICIPALITY`,
  badExpected: (p: string) => `--expected: could not read the list of municipalities "${p}"`,
  outputIsInput: (p: string) =>
    `-o ${p}: this file is also one of the inputs; nothing was written to it, it is unchanged. Name another output file`,
  badPrevious: (p: string, reason: string) =>
    `--previous ${p}: ${reason === "no-svod" ? "the file has no «Свод» sheet made by the program" : reason}`,
  rebuiltUnreadable: (p: string, reason: string) =>
    `Last month's «Свод» in ${p} could not be read (${reason}): no «Изменения» sheet`,
  skippedOwn: (f: string) =>
    `Skipped ${f}: a regional workbook made by the program, not a municipality's file`,
  notCounted: "Not in the consolidation (no municipality):",
  changesNone: "Changes since last month: none",
  changes: "Changes since last month (sheet «Изменения»):",
  noWorkbooks: (p: string) =>
    `No spreadsheet or Word document (.xlsx, .xls, .ods, .docx …) found in: ${p}`,
  unreadable: (f: string, m: string) => `Could not read ${f}: ${m}`,
  nothingRead: "No file could be read: the regional workbook was not written.",
  notWritten: (f: string, m: string) => `The regional workbook was not written to ${f}: ${m}`,
  notWritable: (f: string) =>
    `The regional workbook was not written: ${f} cannot be written — the file is open in another program (e.g. Excel) or the folder is read-only. Close the file or choose another path.`,
  written: (f: string, sheets: string[]) =>
    `Written: ${f} (sheets ${sheets.map((s) => `"${s}"`).join(", ")})`,
  progress: (done: number, total: number) => `Files read: ${done} of ${total}`,
  title: (d: string) => `Regional roadmap summary as of ${d}`,
  files: (n: number, bad: number) => `Files: ${n}${bad > 0 ? ` (unreadable: ${bad})` : ""}`,
  counts: (m: number, t: number, a: number) =>
    `Municipalities: ${m} · tables: ${t} · activities: ${a}`,
  states: (o: number, s: number, i: number, d: number, share: string) =>
    `Overdue: ${o} · due soon: ${s} · incomplete: ${i} · done: ${d} · done of those due: ${share}`,
  head: ["Municipality", "Files", "Activities", "Overdue", "Done", "Done of those due"],
  shareNote:
    "“Done of those due”: the share done among activities whose deadline has come: done ÷ (done + overdue).",
  problems: "Needs attention:",
};

export const CONSOLIDATE_TEXT: Record<"ru" | "en", ConsolidateText> = { ru, en };

function percent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)} %`;
}

export function formatConsolidation(model: RegionalModel, text: ConsolidateText): string {
  const t = model.totals;
  const lines = [
    text.title(model.asOf),
    text.files(t.files, t.unreadableFiles),
    text.counts(t.municipalities, t.tables, t.activities),
    text.states(t.overdue, t.dueSoon, t.incomplete, t.done, percent(t.onTimeShare)),
    "",
    ...table(model.municipalities, text),
    text.shareNote,
  ];
  const problems = model.municipalities.filter((m) => m.problems.length > 0);
  if (problems.length > 0) {
    lines.push("", text.problems);
    for (const m of problems) {
      for (const p of m.problems) lines.push(`  ${m.municipality}: ${p}`);
    }
  }
  const others = model.files.filter((f) => f.role !== "municipal");
  if (others.length > 0) {
    lines.push("", text.notCounted);
    for (const f of others) lines.push(`  ${f.file}: ${f.reason ?? ""}`);
  }
  lines.push(...changeLines(model, text));
  return `${lines.join("\n")}\n`;
}

/** The change counts end the summary: what a specialist asks of the month first. */
function changeLines(model: RegionalModel, text: ConsolidateText): string[] {
  if (model.changes === null) return [];
  const lang = text === en ? "en" : "ru";
  const kinds = CHANGE_KINDS.filter((k) => model.changes!.counts[k] > 0);
  if (kinds.length === 0) return ["", text.changesNone];
  return [
    "",
    text.changes,
    ...kinds.map((k) => `  ${CHANGE_LABEL[k][lang]}: ${model.changes!.counts[k]}`),
  ];
}

function table(stats: MunicipalityStats[], text: ConsolidateText): string[] {
  const rows = stats.map((s) => [
    s.municipality,
    String(s.files.length),
    String(s.activities),
    String(s.overdue),
    String(s.done),
    percent(s.onTimeShare),
  ]);
  const all = [text.head, ...rows];
  const widths = text.head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "),
  );
}
