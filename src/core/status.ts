/**
 * What a status cell ("Отметка об исполнении") says. Read in this order, so that a phrase
 * that contains a weaker one decides: postponed ("перенесено", "отложено"); not done ("не
 * выполнено", "нет", "-"); in progress ("в работе", "частично", "выполняется" — so "выполнено
 * частично" is in progress); done ("выполнено", "исполнено", "+", "да"); then a completion
 * date on its own or after other words ("12.10.2021", "приказ от 01.10.2021") is done.
 * Anything else is unknown: the check asks nothing of a status it cannot read.
 */
import { fromUtcDate, isPlausibleSerial } from "./deadline/calendar";
import { findMonthPhrases } from "./deadline/month-phrases";
import { normalize } from "./deadline/normalize";
import { findNumericDates } from "./deadline/numeric-dates";
import { cellText, type CellValue } from "./grid";
import type { StatusInfo, StatusState } from "./validate/types";

const EDGE_PUNCTUATION = /^[\s.,;:!?()[\]]+|[\s.,;:!?()[\]]+$/g;
const DONE_MARK = /^(?:\+|✓|✔|☑|v)$/;
const NOT_DONE_MARK = /^-+$/;

/** Each stem starts a word: after the text's start or a non-letter (ES2017 has no lookbehind). */
const RULES: [StatusState, RegExp][] = [
  ["postponed", /(?:^|[^а-я])(?:перенес|перенос|отложен|отсроч)/],
  [
    "not-done",
    /(?:^|[^а-я])(?:не (?:выполн|исполн|сдела|реализ|заверш|провед|осуществл|начат|готов)|нет(?![а-я])|отменен)/,
  ],
  [
    "in-progress",
    /(?:^|[^а-я])(?:в работе|в процессе|в стадии|на стадии|в ходе|частичн|не полност|не в полном|выполняется|исполняется|реализуется|проводится|осуществляется|ведется|продолжается|начат)/,
  ],
  [
    "done",
    /(?:^|[^а-я])(?:выполнен|исполнен|сделан|реализован|завершен|проведен|осуществлен|закончен|готов|да(?![а-я]))/,
  ],
];

export function parseStatus(value: CellValue): StatusInfo {
  const text = cellText(value);
  if (value === null || value === undefined || text === "") return { text, state: "unknown" };
  if (value instanceof Date)
    return { text, state: fromUtcDate(value) === null ? "unknown" : "done" };
  if (typeof value === "boolean") return { text, state: value ? "done" : "not-done" };
  if (typeof value === "number") {
    // A number is a completion date only when it is a plausible Excel serial date.
    return { text, state: isPlausibleSerial(value) ? "done" : "unknown" };
  }
  return { text, state: readText(normalize(text).replace(EDGE_PUNCTUATION, "")) };
}

function readText(core: string): StatusState {
  if (DONE_MARK.test(core)) return "done";
  if (NOT_DONE_MARK.test(core)) return "not-done";
  for (const [state, re] of RULES) if (re.test(core)) return state;
  if (findNumericDates(core).some((m) => m.year !== null)) return "done";
  if (findMonthPhrases(core).some((m) => m.kind === "day" && m.year !== null)) return "done";
  return "unknown";
}
