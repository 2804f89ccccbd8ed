/**
 * The finding catalogue as data: default severity, the field concerned and the message in each
 * language. Rules only name a code and its params, so wording is changed here, in one place.
 */
import type { Field } from "../fields";
import type { Severity } from "../report";
import type { Finding, Lang } from "./types";
import { isFindingCode, type FindingCode } from "./codes";
import { daysEn, daysRu } from "./plural";

export { FINDING_CODES, type FindingCode } from "./codes";

export type FindingParams = Finding["params"];

export interface CatalogueEntry {
  severity: Severity;
  field: Field | null;
  ru: (p: FindingParams) => string;
  en: (p: FindingParams) => string;
}

function str(p: FindingParams, key: string): string {
  const v = p[key];
  if (v === undefined) throw new Error(`Finding message needs the parameter "${key}"`);
  return String(v);
}

function int(p: FindingParams, key: string): number {
  const v = p[key];
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new Error(`Finding message needs the whole-number parameter "${key}"`);
  }
  return v;
}

export const CATALOGUE: Record<FindingCode, CatalogueEntry> = {
  "missing-column-deadline": {
    severity: "error",
    field: "deadline",
    ru: () => "В таблице нет графы «Срок»: просроченные мероприятия найти нельзя",
    en: () => "The table has no deadline column: overdue activities cannot be found",
  },
  "missing-column-responsible": {
    severity: "error",
    field: "responsible",
    ru: () => "В таблице нет графы «Ответственные»",
    en: () => "The table has no column for the people responsible",
  },
  "missing-column-expected-result": {
    severity: "error",
    field: "expectedResult",
    ru: () => "В таблице нет графы «Ожидаемый результат»",
    en: () => "The table has no expected-result column",
  },
  "no-status-column": {
    severity: "info",
    field: "status",
    ru: () =>
      "В таблице нет графы «Отметка об исполнении»: выполненные мероприятия не отличить от просроченных",
    en: () =>
      'The table has no status column (such as "Отметка об исполнении"): completed activities cannot be told from overdue ones',
  },
  "missing-deadline": {
    severity: "error",
    field: "deadline",
    ru: () => "Не указан срок",
    en: () => "No deadline is given",
  },
  "missing-responsible": {
    severity: "error",
    field: "responsible",
    ru: () => "Не указан ответственный",
    en: () => "No one responsible is named",
  },
  "missing-expected-result": {
    severity: "error",
    field: "expectedResult",
    ru: () => "Не указан ожидаемый результат",
    en: () => "No expected result is given",
  },
  overdue: {
    severity: "error",
    field: "deadline",
    ru: (p) =>
      `Срок прошёл ${str(p, "due")} (просрочено на ${daysRu(int(p, "days"))}), отметки о выполнении нет`,
    en: (p) =>
      `The deadline ${str(p, "due")} has passed (${daysEn(int(p, "days"))} overdue) and the activity is not marked as done`,
  },
  "due-soon": {
    severity: "info",
    field: "deadline",
    ru: (p) =>
      int(p, "days") === 0
        ? `Срок истекает сегодня, ${str(p, "due")}`
        : `До срока ${str(p, "due")} осталось ${daysRu(int(p, "days"))}`,
    en: (p) =>
      int(p, "days") === 0
        ? `Due today, ${str(p, "due")}`
        : `Due ${str(p, "due")}, in ${daysEn(int(p, "days"))}`,
  },
  "unparsed-deadline": {
    severity: "warning",
    field: "deadline",
    ru: (p) =>
      `Срок «${str(p, "text")}» не удалось прочитать: укажите дату (например, 15.10.2021) или месяц и год`,
    en: (p) =>
      `The deadline "${str(p, "text")}" could not be read: give a date (e.g. 15.10.2021) or a month and year`,
  },
  "vague-deadline": {
    severity: "warning",
    field: "deadline",
    ru: (p) =>
      `Срок «${str(p, "text")}» не позволяет проверить своевременность: укажите месяц или дату`,
    en: (p) =>
      `The deadline "${str(p, "text")}" does not allow checking timeliness: give a month or a date`,
  },
  "deadline-without-year": {
    severity: "warning",
    field: "deadline",
    ru: (p) =>
      `В сроке «${str(p, "text")}» не указан год, а период дорожной карты неизвестен: укажите год`,
    en: (p) =>
      `The deadline "${str(p, "text")}" has no year and the roadmap's period is unknown, so the year cannot be determined: add the year`,
  },
  "deadline-year-ambiguous": {
    severity: "warning",
    field: "deadline",
    ru: (p) =>
      `В сроке «${str(p, "text")}» не указан год, а дорожная карта рассчитана на несколько лет (${str(p, "start")}–${str(p, "end")}): укажите год`,
    en: (p) =>
      `The deadline "${str(p, "text")}" has no year and the roadmap spans several years (${str(p, "start")}–${str(p, "end")}), so the year cannot be determined: add the year`,
  },
  "deadline-without-end": {
    severity: "warning",
    field: "deadline",
    ru: (p) =>
      `Срок «${str(p, "text")}» указывает только начало, а период дорожной карты неизвестен: укажите, до какой даты`,
    en: (p) =>
      `The deadline "${str(p, "text")}" gives only a start and the roadmap's period is unknown: say by when`,
  },
  "deadline-outside-period": {
    severity: "warning",
    field: "deadline",
    ru: (p) =>
      `Срок «${str(p, "text")}» выходит за период дорожной карты (${str(p, "start")}–${str(p, "end")})`,
    en: (p) =>
      `The deadline "${str(p, "text")}" falls outside the roadmap's period (${str(p, "start")}–${str(p, "end")})`,
  },
  "duplicate-number": {
    severity: "warning",
    field: "number",
    ru: (p) => `Номер «${str(p, "number")}» уже встречается в строке ${str(p, "firstRow")}`,
    en: (p) => `Number "${str(p, "number")}" is already used in row ${str(p, "firstRow")}`,
  },
};

export function renderMessage(f: Finding, lang: Lang): string {
  if (!isFindingCode(f.code)) {
    throw new Error(`Неизвестный код замечания «${f.code}» / unknown finding code "${f.code}"`);
  }
  return CATALOGUE[f.code][lang](f.params);
}
