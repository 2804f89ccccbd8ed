/**
 * From refined mentions to a Deadline: the kinds of DESIGN.md §5 and the decisions the design
 * leaves open.
 *
 * - A single day or month is a date due on that day, or at the month's end ("Сентябрь 2020"
 *   → 2020-09-30); after "до"/"не позднее"/"к" a month is due on its first day ("до декабря
 *   2022 года" → 2022-12-01), after "до конца" on its last.
 * - A quarter, half-year or term is a range over its months ("I квартал 2021").
 * - "С 1 сентября 2022 г.", "начиная с 2019 года": a start with no end is a range up to the
 *   period's end when a period is known and ends after the start; otherwise a range with a
 *   start and no due date, marked open so that a finding asks for the end or the period.
 * - A period named in the text followed by one "до …" date ("В течение 2021-2022 учебного
 *   года, До декабря 2022 года") is a range from the period's start to that date
 *   (2021-09-01..2022-12-01); a period with other dates only lends them its years.
 * - Several dates not joined as a range are checkpoints; a range among them counts by its end.
 * - A range that ends before it starts ("25.02.2022- 12.12.2021") is unparsed: only a person
 *   can tell which year is wrong.
 */
import { yearsPeriod } from "./academic-year";
import type { DayKey } from "./calendar";
import { isAcademic, type KeyContext, type KeyPeriod } from "./context";
import { isDateMention, type Mention } from "./mention";
import { occurrences, windowAround, type Recurrence } from "./recurring";
import { rangeLinks } from "./refine-ranges";
import { resolveYears, type Resolved } from "./refine-years";
import { makeDeadline, nextDue, sortedUnique, undated } from "./result";
import type { Deadline } from "./types";

/** The period that explicit years in the text name ("2021-2022 гг."), several joined. */
export function explicitPeriod(mentions: Mention[]): KeyPeriod | null {
  let out: KeyPeriod | null = null;
  for (const m of mentions) {
    if (m.kind !== "years" || m.year === null) continue;
    const p = yearsPeriod(m.year, m.endYear, m.academic);
    if (p === null) continue;
    out = out === null ? p : { start: Math.min(out.start, p.start), end: Math.max(out.end, p.end) };
  }
  return out;
}

function dueOf(r: Resolved): DayKey | null {
  return r.mention.prep === "until" ? r.first : r.last;
}

function isSpan(m: Mention): boolean {
  return m.kind === "quarter" || m.kind === "half" || m.kind === "term";
}

export function composeDeadline(
  text: string,
  norm: string,
  mentions: Mention[],
  ctx: KeyContext,
): Deadline {
  const explicit = explicitPeriod(mentions);
  const hasContextPhrase = mentions.some((m) => m.kind === "context");
  // The period the text itself names, or the table's when it says "в течение года".
  const named = explicit ?? (hasContextPhrase ? ctx.period : null);
  const links = rangeLinks(norm, mentions);
  const dates: Mention[] = [];
  const dateLinks: boolean[] = [];
  mentions.forEach((m, i) => {
    if (!isDateMention(m)) return;
    dates.push(m);
    dateLinks.push(links[i]);
  });
  if (dates.length === 0) return periodDeadline(text, mentions, named, ctx.period);
  const local = explicit ?? ctx.period;
  const resolved = resolveYears(dates, dateLinks, local, isAcademic(local));
  const items: [Resolved, Resolved][] = [];
  resolved.forEach((r, i) => {
    if (dateLinks[i] && items.length > 0) items[items.length - 1][1] = r;
    else items.push([r, r]);
  });
  if (items.length > 1) return checkpoints(text, items, ctx);
  const [a, b] = items[0];
  if (a !== b) return range(text, a, b);
  const periodMentioned = dates.length < mentions.length;
  return single(text, a, periodMentioned ? named : null, local, periodMentioned);
}

/**
 * Only periods: the period itself, or a date at its start or end after "до"/"до конца"
 * ("до 2022 года" → 2022-01-01, like "до декабря"; "до конца года" → the period's end; "к
 * началу 2012/2013 учебного года" → 2012-09-01), or a start after "с"/"начиная с".
 */
function periodDeadline(
  text: string,
  mentions: Mention[],
  named: KeyPeriod | null,
  table: KeyPeriod | null,
): Deadline {
  const from = mentions.some((m) => m.kind === "years" && m.prep === "from");
  const closed = mentions.some((m) => m.prep === "through" || m.prep === "until");
  if (from && !closed && named !== null) return openStart(text, named.start, table);
  const prep = mentions.find((m) => m.prep === "until" || m.prep === "untilEnd")?.prep;
  if (named === null) return makeDeadline(text, prep ? "date" : "period", null, null, [], true);
  if (prep === undefined)
    return makeDeadline(text, "period", named.start, named.end, [named.end], false);
  const due = prep === "until" ? named.start : named.end;
  return makeDeadline(text, "date", null, due, [due], false);
}

function single(
  text: string,
  r: Resolved,
  named: KeyPeriod | null,
  local: KeyPeriod | null,
  periodMentioned: boolean,
): Deadline {
  const prep = r.mention.prep;
  const byDate = prep === "until" || prep === "untilEnd";
  if (r.first === null || r.last === null) {
    const kind = isSpan(r.mention) || (byDate && periodMentioned) ? "range" : "date";
    return makeDeadline(text, kind, null, null, [], true);
  }
  if (byDate) {
    const due = prep === "until" ? r.first : r.last;
    if (named !== null && named.start <= due)
      return makeDeadline(text, "range", named.start, due, [due], false);
    return makeDeadline(text, "date", null, due, [due], false);
  }
  if (prep === "from") return openStart(text, r.first, local);
  if (isSpan(r.mention)) return makeDeadline(text, "range", r.first, r.last, [r.last], false);
  return makeDeadline(text, "date", null, r.last, [r.last], false);
}

/** A start with no end: due at the period's end, or open when no period holds the start. */
function openStart(text: string, start: DayKey, period: KeyPeriod | null): Deadline {
  if (period !== null && period.end >= start) {
    return makeDeadline(text, "range", start, period.end, [period.end], false);
  }
  return { ...makeDeadline(text, "range", start, null, [], false), openEnd: true };
}

function range(text: string, a: Resolved, b: Resolved): Deadline {
  const start = a.first;
  const due = dueOf(b);
  if (start === null || due === null) return makeDeadline(text, "range", null, null, [], true);
  if (start > due) return undated(text, "unparsed");
  return makeDeadline(text, "range", start, due, [due], false);
}

function checkpoints(text: string, items: [Resolved, Resolved][], ctx: KeyContext): Deadline {
  const known: DayKey[] = [];
  let needsYear = false;
  for (const [, last] of items) {
    const due = dueOf(last);
    if (due === null) needsYear = true;
    else known.push(due);
  }
  const dates = sortedUnique(known);
  return makeDeadline(text, "checkpoints", null, nextDue(dates, ctx.asOf), dates, needsYear);
}

/** Dates a recurring deadline keeps: enough for a year of weekly duties around the due one. */
const MAX_OCCURRENCES = 120;

/**
 * A recurring duty runs through the period (the one the text names, else the table's);
 * with no period, the next occurrence on or after the as-of date is its only date.
 */
export function recurringDeadline(
  text: string,
  rec: Recurrence,
  period: KeyPeriod | null,
  asOf: DayKey | null,
): Deadline {
  if (period === null) {
    if (asOf === null) return makeDeadline(text, "recurring", null, null, [], false);
    const due = nextDue(occurrences(rec, windowAround(asOf)), asOf);
    return makeDeadline(text, "recurring", null, due, due === null ? [] : [due], false);
  }
  const all = occurrences(rec, period);
  const due = nextDue(all, asOf);
  let dates = all;
  if (all.length > MAX_OCCURRENCES && due !== null) {
    const at = all.indexOf(due);
    const from = Math.min(Math.max(0, at - MAX_OCCURRENCES / 2), all.length - MAX_OCCURRENCES);
    dates = all.slice(from, from + MAX_OCCURRENCES);
  }
  return makeDeadline(text, "recurring", period.start, due, dates, false);
}
