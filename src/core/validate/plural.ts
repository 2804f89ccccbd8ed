/**
 * Plural forms for every text of the add-in (findings, regional sheets, task pane).
 * Russian: 1 день, 2 дня, 5 дней, 11 дней, 21 день, 112 дней.
 */
export function pluralRu(
  n: number,
  forms: readonly [one: string, few: string, many: string],
): string {
  const abs = Math.abs(n);
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

export function daysRu(n: number): string {
  return `${n} ${pluralRu(n, ["день", "дня", "дней"])}`;
}

/** English plural forms: 1 day, 2 days. */
export function pluralEn(n: number, forms: readonly [one: string, many: string]): string {
  return Math.abs(n) === 1 ? forms[0] : forms[1];
}

export function daysEn(n: number): string {
  return `${n} ${pluralEn(n, ["day", "days"])}`;
}
