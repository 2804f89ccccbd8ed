/**
 * Calendar arithmetic on day keys, and the project's one set of ISO-day helpers. A day key is
 * the integer YYYYMMDD: it sorts like the date, compares with `<`, and costs no allocation —
 * the grammar handles hundreds of thousands of cells a second, so it avoids Date objects except
 * where weekdays or day steps need them.
 */

export type DayKey = number;

/** Years a day key may carry: wide enough for any plan, narrow enough for 4-digit ISO text. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export function dayKey(y: number, m: number, d: number): DayKey {
  return y * 10000 + m * 100 + d;
}

export function yearOf(k: DayKey): number {
  return Math.floor(k / 10000);
}

export function monthOf(k: DayKey): number {
  return Math.floor(k / 100) % 100;
}

export function dayOf(k: DayKey): number {
  return k % 100;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** The largest day a month can have in any year (29 for February): checks yearless dates. */
export function maxDaysInMonth(m: number): number {
  return m === 2 ? 29 : MONTH_DAYS[m - 1];
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

export function lastDayOfMonth(y: number, m: number): DayKey {
  return dayKey(y, m, daysInMonth(y, m));
}

/** A day of a month, pulled back to the month's last day ("31 числа" in April is the 30th). */
export function clampedDay(y: number, m: number, d: number): DayKey {
  return dayKey(y, m, Math.min(d, daysInMonth(y, m)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** "00".."99": day and month text without padStart on every date written. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => pad(i, 2));

export function toIso(k: DayKey): string {
  return `${pad(yearOf(k), 4)}-${TWO_DIGITS[monthOf(k)]}-${TWO_DIGITS[dayOf(k)]}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day key of a strict YYYY-MM-DD string within the supported years, else null. */
export function fromIso(s: string): DayKey | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDay(y, mo, d) ? dayKey(y, mo, d) : null;
}

/** The parts of a YYYY-MM-DD string; throws on anything else (a caller's bug, not user text). */
function isoParts(iso: string): RegExpExecArray {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`Ожидается дата ГГГГ-ММ-ДД, получено «${iso}» / expected YYYY-MM-DD`);
  return m;
}

/** 2021-10-15 → 15.10.2021, the way dates are written in Russian documents. */
export function formatDay(iso: string): string {
  const m = isoParts(iso);
  return `${m[3]}.${m[2]}.${m[1]}`;
}

function toUtcMs(k: DayKey): number {
  return Date.UTC(yearOf(k), monthOf(k) - 1, dayOf(k));
}

function fromUtcMs(ms: number): DayKey {
  const d = new Date(ms);
  return dayKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const DAY_MS = 86_400_000;

/** Whole days from ISO day `from` to `to`: positive when `to` is later. UTC: no DST drift. */
export function daysBetween(from: string, to: string): number {
  const ms = (iso: string) => {
    const m = isoParts(iso);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  };
  return Math.round((ms(to) - ms(from)) / DAY_MS);
}

export function addDays(k: DayKey, n: number): DayKey {
  return fromUtcMs(toUtcMs(k) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekday(k: DayKey): number {
  return new Date(toUtcMs(k)).getUTCDay();
}

/** The same day n months later, pulled back to the month's end when it has fewer days. */
export function addMonths(k: DayKey, n: number): DayKey {
  const total = yearOf(k) * 12 + (monthOf(k) - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return clampedDay(y, m, dayOf(k));
}

/** Day key of a real Excel date (a Date whose UTC calendar day is the date), else null. */
export function fromUtcDate(d: Date): DayKey | null {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return null;
  const y = d.getUTCFullYear();
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  return fromUtcMs(ms);
}

/** Excel's serial day 25569 is 1970-01-01 (the 1900 leap-year bug only touches serials < 61). */
const SERIAL_EPOCH = 25569;

/** A number plausible as an Excel serial date: 36526..73050 are the years 2000–2099. */
export function isPlausibleSerial(n: number): boolean {
  return n >= 36526 && n < 73051;
}

export function fromExcelSerial(serial: number): DayKey {
  return fromUtcMs((Math.floor(serial) - SERIAL_EPOCH) * DAY_MS);
}
