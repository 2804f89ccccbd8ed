/**
 * Which municipality a workbook belongs to: the user's choice, else the name the recogniser read
 * from the tables' titles, else the file name — ministries name files after the sender.
 */
import type { MunicipalitySource, SourceFile } from "./types";

export interface ResolvedMunicipality {
  name: string;
  source: MunicipalitySource;
  /** Other municipalities named by the file's tables (a workbook mixing two is suspicious). */
  others: string[];
}

/** "in/2021/05-Канск_УО.xlsx" → "Канск УО": no folders, extension, leading numbering. */
export function municipalityFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]{1,5}$/, "");
  const name = stem
    .replace(/^[\d\s._\-–—№#]+/, "")
    .replace(/_+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return name === "" ? stem.trim() || base : name;
}

/** Key under which two spellings of one municipality meet: case, ё, quotes and spaces ignored. */
export function municipalityKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"'„“”.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function resolveMunicipality(source: SourceFile): ResolvedMunicipality {
  const named = titleMunicipalities(source);
  const override = source.municipality?.trim();
  if (override) {
    return { name: override, source: "override", others: [] };
  }
  if (named.length > 0) {
    return { name: named[0], source: "title", others: named.slice(1) };
  }
  return { name: municipalityFromFileName(source.file), source: "file-name", others: [] };
}

export interface TableMunicipalities {
  /** The municipality of each table, in the file's order. */
  names: string[];
  /** Where the file's names came from (a title if any table has one). */
  source: MunicipalitySource;
}

/**
 * Each table's own municipality: the user's choice for the whole file, else the table's title,
 * else the name most of the file's titles carry, else the file name. A workbook holding the
 * tables of two municipalities contributes to each of them.
 */
export function tableMunicipalities(source: SourceFile): TableMunicipalities {
  const override = source.municipality?.trim();
  if (override) return { names: source.tables.map(() => override), source: "override" };
  const named = titleMunicipalities(source);
  const fallback = named[0] ?? municipalityFromFileName(source.file);
  return {
    names: source.tables.map((t) => t.table.municipality?.trim() || fallback),
    source: named.length > 0 ? "title" : "file-name",
  };
}

/** Distinct names the tables carry, the most frequent first (ties: the first met). */
function titleMunicipalities(source: SourceFile): string[] {
  const counts = new Map<string, { name: string; count: number; order: number }>();
  for (const checked of source.tables) {
    const name = checked.table.municipality?.trim();
    if (!name) continue;
    const key = municipalityKey(name);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { name, count: 1, order: counts.size });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((e) => e.name);
}

/**
 * Words of a municipality's kind, not of its name: «г. Канск», «город Канск», «МО "Канск"»,
 * «Канский муниципальный район». Longest first, so that «городской округ» is taken whole.
 */
const KIND_WORDS = [
  "муниципальное образование",
  "муниципальный район",
  "муниципальный округ",
  "муниципального района",
  "муниципального округа",
  "городской округ",
  "городского округа",
  "городское поселение",
  "сельское поселение",
  "закрытое административно-территориальное образование",
  "зато",
  "город",
  "города",
  "городской",
  "районный",
  "район",
  "района",
  "округ",
  "пгт",
  "пос",
  "мр",
  "мо",
  "го",
  "г",
  "с",
  "п",
];
const KIND_PATTERN = new RegExp(
  `(^|\\s)(${KIND_WORDS.map((w) => w.replace(/[-]/g, "\\-")).join("|")})(?=\\s|$)`,
  "g",
);

/**
 * What a list of municipalities is sorted by: the name without its kind («г.», «город»,
 * «городской округ», «муниципальный район», «МО», …) and quotes — «г. Канск» sorts under К,
 * beside «Канский район». A name that is nothing but such words sorts as written.
 */
export function municipalitySortKey(name: string): string {
  const key = municipalityKey(name);
  const bare = key.replace(KIND_PATTERN, " ").replace(/\s+/g, " ").trim();
  return bare === "" ? key : bare;
}

/** Municipalities in the order a ministry lists them (see municipalitySortKey). */
export function compareMunicipalities(a: string, b: string): number {
  return (
    municipalitySortKey(a).localeCompare(municipalitySortKey(b), "ru") || a.localeCompare(b, "ru")
  );
}
