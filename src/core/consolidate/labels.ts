/**
 * Words of the regional sheets: row states, severities, short names of finding kinds for the
 * summary, and the consolidation's own findings. Sheet headers are Russian in both languages:
 * the regional workbook is the ministry's own paper.
 */
import type { RowState, Severity } from "../report";
import type { Lang } from "../validate/types";
import { pluralRu } from "../validate/plural";

export const STATE_LABEL: Record<RowState, string> = {
  overdue: "просрочено",
  "due-soon": "скоро срок",
  "on-track": "в срок",
  done: "выполнено",
  "no-deadline": "без срока",
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "ошибка",
  warning: "предупреждение",
  info: "сведения",
};

/** Short names of finding kinds for "the worst findings" of a municipality. */
const KIND_LABEL: Record<string, Record<Lang, string>> = {
  overdue: { ru: "просрочено", en: "overdue" },
  "missing-deadline": { ru: "не указан срок", en: "no deadline" },
  "missing-responsible": { ru: "не указан ответственный", en: "no one responsible" },
  "missing-expected-result": { ru: "не указан результат", en: "no expected result" },
  "missing-column-deadline": { ru: "нет графы «Срок»", en: "no deadline column" },
  "missing-column-responsible": {
    ru: "нет графы «Ответственные»",
    en: "no responsible column",
  },
  "missing-column-expected-result": {
    ru: "нет графы «Ожидаемый результат»",
    en: "no expected-result column",
  },
  "unparsed-deadline": { ru: "срок не читается", en: "unreadable deadline" },
  "vague-deadline": { ru: "неопределённый срок", en: "vague deadline" },
  "deadline-without-year": { ru: "срок без года", en: "deadline without a year" },
  "deadline-outside-period": { ru: "срок вне периода", en: "deadline outside the period" },
  "duplicate-number": { ru: "повтор номера", en: "repeated number" },
  "due-soon": { ru: "скоро срок", en: "due soon" },
  "no-status-column": { ru: "нет графы отметки об исполнении", en: "no status column" },
  "deadline-year-ambiguous": { ru: "год срока неясен", en: "ambiguous year" },
  "deadline-without-end": { ru: "срок без окончания", en: "deadline without an end" },
  // The consolidation's own findings.
  "no-roadmap": { ru: "нет дорожной карты", en: "no roadmap" },
  "duplicate-municipality": { ru: "несколько файлов", en: "several files" },
  "mixed-municipality": { ru: "разные муниципалитеты", en: "mixed municipalities" },
  "section-without-activities": { ru: "раздел без мероприятий", en: "empty section" },
  "text-truncated": { ru: "текст обрезан", en: "text cut" },
  "not-reported": { ru: "файл не получен", en: "no file received" },
  "own-output": { ru: "свод этой программы пропущен", en: "our regional workbook skipped" },
};

/** What a file that could not be read is called, whatever the reason (its code says which). */
const UNREADABLE: Record<Lang, string> = { ru: "файл не прочитан", en: "file not read" };

/**
 * The Russian (or English) name of a finding's kind for the «Замечания» sheets: every code of
 * validate/codes.ts and of the consolidation has one; any other code is a file's read error.
 */
export function findingKindName(code: string, lang: Lang): string {
  return KIND_LABEL[code]?.[lang] ?? UNREADABLE[lang];
}

/** A short name for a kind of finding; `fallback` (a rendered message) for unknown codes. */
export function kindLabel(code: string, lang: Lang, fallback: string): string {
  return KIND_LABEL[code]?.[lang] ?? fallback;
}

/** Findings of the consolidation itself (not of one municipal table). */
export type ConsolidationCode =
  | "no-roadmap"
  | "duplicate-municipality"
  | "mixed-municipality"
  | "section-without-activities"
  | "text-truncated"
  | "not-reported"
  | "own-output";

export const CONSOLIDATION_SEVERITY: Record<ConsolidationCode, Severity> = {
  "no-roadmap": "error",
  "duplicate-municipality": "warning",
  "mixed-municipality": "info",
  "section-without-activities": "info",
  "text-truncated": "warning",
  "not-reported": "error",
  "own-output": "warning",
};

type Params = Record<string, string | number>;

const MESSAGES: Record<ConsolidationCode, Record<Lang, (p: Params) => string>> = {
  "no-roadmap": {
    ru: () =>
      "В файле не найдена дорожная карта: нет таблицы с графами вроде «Мероприятие», «Срок», «Ответственные»",
    en: () =>
      'No roadmap found in the file: no table with columns such as "Мероприятие", "Срок", "Ответственные"',
  },
  "duplicate-municipality": {
    ru: (p) =>
      `От муниципалитета «${p.municipality}» получено несколько файлов (${p.files}): проверьте, не дубль ли это; мероприятия всех файлов включены в свод`,
    en: (p) =>
      `Several files came from "${p.municipality}" (${p.files}): check whether one is a duplicate; the activities of all of them are in the consolidated sheet`,
  },
  "mixed-municipality": {
    ru: (p) =>
      `В файле таблицы разных муниципалитетов (${p.names}): мероприятия каждой таблицы отнесены к муниципалитету из её заголовка`,
    en: (p) =>
      `The file holds tables of different municipalities (${p.names}): each table's activities are counted under the municipality of its own title`,
  },
  "section-without-activities": {
    ru: (p) => `Раздел без мероприятий: «${p.section}»`,
    en: (p) => `A section with no activities: "${p.section}"`,
  },
  "text-truncated": {
    ru: (p) =>
      `Текст графы «${p.column}» длиннее ${p.limit} знаков — предела ячейки Excel — и обрезан на ${p.cut} знаков; полный текст в исходном файле`,
    en: (p) =>
      `The text of "${p.column}" is longer than Excel's ${p.limit}-character cell limit and was cut by ${p.cut} characters; the full text is in the source file`,
  },
  "not-reported": {
    ru: () => "Файл от муниципалитета не получен",
    en: () => "No file has been received from this municipality",
  },
  "own-output": {
    ru: () =>
      "Это региональный свод, составленный программой (например, свод прошлого месяца), а не файл муниципалитета: пропущен, в свод не включён",
    en: () =>
      "This is a regional workbook the program made (last month's, say), not a municipality's file: skipped, not counted",
  },
};

export function consolidationMessage(code: ConsolidationCode, params: Params, lang: Lang): string {
  return MESSAGES[code][lang](params);
}

/** Appended to a text cut to Excel's cell limit. */
export const TRUNCATION_MARKER: Record<Lang, string> = {
  ru: " …[обрезано, см. исходный файл]",
  en: " …[cut, see the source file]",
};

/** Short texts of the "Проблемы с файлами" column of "Сводка". */
export function duplicateProblem(files: number, lang: Lang): string {
  return lang === "ru"
    ? `${files} ${pluralRu(files, ["файл", "файла", "файлов"])} от одного муниципалитета: проверьте, не дубль ли`
    : `${files} files from one municipality: check for a duplicate`;
}
