/** Calendar arithmetic on ISO days (YYYY-MM-DD); UTC avoids daylight-saving drift. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMillis(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new Error(`Ожидается дата ГГГГ-ММ-ДД, получено «${iso}» / expected YYYY-MM-DD`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMillis(to) - utcMillis(from)) / 86_400_000);
}

/** 2021-10-15 → 15.10.2021, the way dates are written in Russian documents. */
export function formatDay(iso: string): string {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new Error(`Ожидается дата ГГГГ-ММ-ДД, получено «${iso}» / expected YYYY-MM-DD`);
  return `${m[3]}.${m[2]}.${m[1]}`;
}
