/**
 * The municipality a roadmap belongs to, read from its title or approval block and put in the
 * nominative case: "…Дальнереченского городского округа" → "Дальнереченский городской округ",
 * "…г. Канска" → "г. Канск", "в Приморском крае" → "Приморский край".
 */

const KINDS: { pattern: string; nominative: string }[] = [
  { pattern: "городского округа", nominative: "городской округ" },
  { pattern: "городском округе", nominative: "городской округ" },
  { pattern: "городской округ", nominative: "городской округ" },
  { pattern: "муниципального района", nominative: "муниципальный район" },
  { pattern: "муниципальном районе", nominative: "муниципальный район" },
  { pattern: "муниципальный район", nominative: "муниципальный район" },
  { pattern: "муниципального округа", nominative: "муниципальный округ" },
  { pattern: "муниципальном округе", nominative: "муниципальный округ" },
  { pattern: "муниципальный округ", nominative: "муниципальный округ" },
  { pattern: "района", nominative: "район" },
  { pattern: "районе", nominative: "район" },
];

const REGION_KINDS: { pattern: string; nominative: string; feminine: boolean }[] = [
  { pattern: "края", nominative: "край", feminine: false },
  { pattern: "крае", nominative: "край", feminine: false },
  { pattern: "край", nominative: "край", feminine: false },
  { pattern: "области", nominative: "область", feminine: true },
  { pattern: "область", nominative: "область", feminine: true },
];

/** An adjective in genitive or prepositional case back to nominative masculine/feminine. */
function adjectiveNominative(word: string, feminine: boolean): string {
  const m = /^(.*?)(ского|ском|ский|ской|ская|цкого|цком|цкий|ого|ом|ий|ый|ой|его|ем|ей|ая)$/.exec(
    word,
  );
  if (!m) return word;
  const stem = m[1];
  const ending = m[2];
  const sk = ending.startsWith("ск") ? "ск" : ending.startsWith("цк") ? "цк" : "";
  if (feminine) return `${stem}${sk}ая`;
  if (sk) return `${stem}${sk}ий`;
  if (/[гкхжшчщ]$/.test(stem) || ending === "его" || ending === "ем" || ending === "ий")
    return `${stem}ий`;
  return `${stem}ый`;
}

/** A city name in genitive ("Канска", "Кисловодска", "Москвы") back to nominative. */
function cityNominative(word: string): string {
  if (/[бвгджзклмнпрстфхцчшщ]а$/.test(word)) return word.slice(0, -1);
  if (/ы$/.test(word)) return `${word.slice(0, -1)}а`;
  if (/е$/.test(word) && /[бвгдзклмнпрстфх]е$/.test(word)) return word.slice(0, -1);
  return word;
}

const WORD = "([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)";

export function findMunicipality(text: string): string | null {
  const flat = text.replace(/\s+/g, " ");
  for (const k of KINDS) {
    const re = new RegExp(`${WORD}\\s+${k.pattern}(?![а-яё])`, "u");
    const m = re.exec(flat);
    if (m) return `${adjectiveNominative(m[1], false)} ${k.nominative}`;
  }
  const city =
    // "г." after a year is «года» ("«__» ______ 20__ г. График …"), not a city: the character
    // before the space is matched rather than looked behind at (ES2017, EdgeHTML 18).
    /(?:^|(?:^|[^\d_])[\s(«"])(?:г\.|город[а-я]*(?:-курорт[а-я]*)?)\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)/u.exec(
      flat,
    );
  if (city) return `г. ${cityNominative(city[1])}`;
  for (const k of REGION_KINDS) {
    const re = new RegExp(`${WORD}\\s+${k.pattern}(?![а-яё])`, "u");
    const m = re.exec(flat);
    if (m) return `${adjectiveNominative(m[1], k.feminine)} ${k.nominative}`;
  }
  const republic = /Республик[аиейу]\s+([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)/u.exec(flat);
  if (republic) return `Республика ${republic[1]}`;
  return null;
}
