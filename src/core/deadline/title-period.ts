/**
 * The period of a table, read from its title or a section row: "на период 2020/2021 учебного
 * года", "в 2021-2022 учебном году", "в 2020-2022 гг.", "в Приморском крае в 2021 году",
 * "2021 год". Only years written as a period count — with "год", "гг", "учебный год" after
 * them or "на", "в", "период" before — and a year inside a date is no period: the approval
 * stamp "«25» августа 2020 г." is read as a date and dropped. The first such period counts:
 * a title names its own period before any text quotes another (seed 004's order cites "в
 * 2020/21 учебном году" of an earlier order after naming its own "в 2021 году"). A year after
 * "к" or "до" is the one the plan prepares for ("к 2011/2012 учебному году"), not its period.
 */
import { yearsPeriod } from "./academic-year";
import { toIso } from "./calendar";
import { collectMentions } from "./collect";
import { normalize } from "./normalize";
import type { Period } from "./types";

export function findPeriod(text: string): Period | null {
  for (const m of collectMentions(normalize(text))) {
    if (m.kind !== "years" || !m.qualified || m.year === null) continue;
    // "к 2011/2012 учебному году", "к началу 2012/2013 учебного года": the year a plan
    // prepares for is not the period it runs in.
    if (m.prep === "until" || m.prep === "untilEnd") continue;
    const p = yearsPeriod(m.year, m.endYear, m.academic);
    if (p !== null) return { start: toIso(p.start), end: toIso(p.end) };
  }
  return null;
}

/** A heading that is nothing but years: "2021", "2022-2023", "2020/2021". */
const BARE_YEARS = /^\s*(20\d\d)(?:\s*([-–—/])\s*(20\d\d|\d\d))?\s*\.?\s*$/;

/**
 * The period a section row names ("2021 год", "2022-2023 учебный год", "Задача 1 (2021 год)"),
 * and a heading of bare years ("2021", "2020/2021") too: a row that says nothing but years
 * divides the table by them.
 */
export function periodOfHeading(text: string): Period | null {
  const named = findPeriod(text);
  if (named !== null) return named;
  const m = BARE_YEARS.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const last = m[3] === undefined ? first : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  if (last < first) return null;
  const p = yearsPeriod(first, last, m[2] === "/" && last === first + 1);
  return p === null ? null : { start: toIso(p.start), end: toIso(p.end) };
}

/** A heading that names nothing but a period: "2021 год", "На 2022-2023 учебный год", "2023". */
const PERIOD_HEADING =
  /^\s*(?:на\s+|в\s+)?20\d\d(?:\s*[-–—/]\s*(?:20)?\d\d)?\s*(?:уч(?:ебн[а-яё]*)?\.?\s*)?(?:год[а-яё]*|гг?\.?)?\s*\.?\s*$/i;

export function isPeriodHeading(text: string): boolean {
  return PERIOD_HEADING.test(text);
}
