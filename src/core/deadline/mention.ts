/**
 * What the parsers find in a normalised deadline: mentions of days, months, quarters, years…
 * each at its place in the text. Refiners then read the words around and between them
 * (prepositions, dashes, commas) and give yearless mentions their year.
 */

export type MentionKind =
  /** "23 сентября 2020", "01.10.2021", "01.10" */
  | "day"
  /** "Сентябрь 2020", "декабря", "сент." */
  | "month"
  /** "I квартал 2021", "III кв." — `n` is the quarter */
  | "quarter"
  /** "1 полугодие", "2-е полугодие 2021 года" — `n` is the half */
  | "half"
  /** "1 четверть" — a school term, `n` is the term */
  | "term"
  /** "2021 г.", "2021-2022 гг.", "2020-2021 учебного года" — an explicit period */
  | "years"
  /** "В течение года", "постоянно" — the table's own period */
  | "context";

/**
 * The preposition before a mention:
 * until — "до", "не позднее", "к": due by the start of what follows ("до декабря" → 1 Dec);
 * untilEnd — "до конца": due at its end; through — "по": due at its end, closes a range;
 * from — "с", "начиная с", "не ранее": opens a range; since — "от": opens a range only when
 * a "до" follows ("от 1 до 10 мая"), alone it is just a date ("приказ от 01.09.2021").
 */
export type Prep = "until" | "untilEnd" | "through" | "from" | "since";

export interface Mention {
  kind: MentionKind;
  /** Start and end (exclusive) in the normalised text. */
  index: number;
  end: number;
  /** The year as written; for "years" the first year. Null when the text names none. */
  year: number | null;
  /** Month for day/month; the number of a quarter, half or term; 0 otherwise. */
  n: number;
  /** Day of month for "day", 0 otherwise. */
  day: number;
  /** For "years": the last year (the first again for a single year). */
  endYear: number;
  /** For "years": an academic year span (1 September – 31 August). */
  academic: boolean;
  /** For "years": written as a period ("2021 год", "в 2021", "2020-2021 учебного года"). */
  qualified: boolean;
  prep: Prep | null;
  /** Where the preposition starts (equals `index` when there is none). */
  prepIndex: number;
}

export function mention(
  kind: MentionKind,
  index: number,
  end: number,
  fields: Partial<Pick<Mention, "year" | "n" | "day" | "endYear" | "academic" | "qualified">>,
): Mention {
  return {
    kind,
    index,
    end,
    year: fields.year ?? null,
    n: fields.n ?? 0,
    day: fields.day ?? 0,
    endYear: fields.endYear ?? 0,
    academic: fields.academic ?? false,
    qualified: fields.qualified ?? false,
    prep: null,
    prepIndex: index,
  };
}

/** Mentions that name days of the calendar, as opposed to whole periods. */
export function isDateMention(m: Mention): boolean {
  return m.kind !== "years" && m.kind !== "context";
}
