/**
 * Dates written in digits: "01.10.2021", "1.10.21" (20xx), "01.10" (year from the context),
 * "01/10/2021", ISO "2021-10-01". A yearless date needs a two-digit month so that item
 * numbers ("3.3.") and times ("14.00", "10.30 ч") are not read as dates.
 */
import { maxDaysInMonth, MAX_YEAR, MIN_YEAR } from "./calendar";
import { mention, type Mention } from "./mention";
import { charClass, NotAfter } from "./not-after";
import { YEAR_WORD } from "./patterns";

/** Not after a digit, a dot, a comma or a slash: "1.01.10.2021" holds no date. */
const DOTTED = new NotAfter(
  `(\\d{1,2})([./])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?!\\d)(?!\\.\\d)(?: ?${YEAR_WORD})?`,
  charClass("[\\d.,/]"),
);
const ISO_LIKE = new NotAfter(
  "((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})(?![\\d-])",
  charClass("[\\d.,/-]"),
);
const TIME_AFTER = /^ ?(?:ч|час|мин)/;

function yearOf(written: string | undefined): number | null | undefined {
  if (written === undefined) return null;
  const y = written.length === 2 ? 2000 + Number(written) : Number(written);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}

function plausible(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= maxDaysInMonth(month);
}

/** Every date above has a digit, a separator and a digit: most texts skip both patterns. */
const DATE_HINT = /\d[./-]\d/;

export function findNumericDates(norm: string): Mention[] {
  const out: Mention[] = [];
  if (!DATE_HINT.test(norm)) return out;
  DOTTED.lastIndex = 0;
  for (let m = DOTTED.exec(norm); m; m = DOTTED.exec(norm)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    const year = yearOf(m[4]);
    if (year === undefined || !plausible(day, month)) continue;
    if (year === null) {
      const end = m.index + m[1].length + 1 + m[3].length;
      if (m[2] === "/" || m[3].length < 2 || TIME_AFTER.test(norm.slice(end, end + 4))) continue;
    }
    out.push(mention("day", m.index, m.index + m[0].length, { year, n: month, day }));
  }
  ISO_LIKE.lastIndex = 0;
  for (let m = ISO_LIKE.exec(norm); m; m = ISO_LIKE.exec(norm)) {
    const day = Number(m[3]);
    const month = Number(m[2]);
    if (!plausible(day, month)) continue;
    out.push(mention("day", m.index, m.index + m[0].length, { year: Number(m[1]), n: month, day }));
  }
  return out;
}
