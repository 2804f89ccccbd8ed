/**
 * Word's automatic list numbering (numbering.xml). A «№ п/п» column numbered by Word has no
 * number in its text at all: without this, every activity of such a table would look like a
 * row without a number. Numbers are counted in document order the way Word counts them:
 * list instances (w:num) of one abstract list share its counters, a deeper level restarts
 * under a new higher one, a w:startOverride restarts an instance.
 */
import { parseXml, type XmlInput } from "./xml";

interface Level {
  start: number;
  format: string;
  /** "%1.%2." — the level's label with placeholders for the counters of levels 1…9. */
  text: string;
  /** What follows the label: a tab (shown as a space), a space, or nothing. */
  suffix: string;
}

interface ListInstance {
  abstractId: string;
  overrides: Map<number, { start: number | null; level: Level | null }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, Level>>;
  instances: Map<string, ListInstance>;
}

export function emptyNumbering(): NumberingDefinitions {
  return { abstracts: new Map(), instances: new Map() };
}

function int(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

/** Reads numbering.xml. */
export function parseNumbering(xml: XmlInput): NumberingDefinitions {
  const defs = emptyNumbering();
  let abstractLevels: Map<number, Level> | null = null;
  let instance: ListInstance | null = null;
  let overrideLevel: number | null = null;
  let level: { index: number; value: Level } | null = null;
  parseXml(xml, {
    open(el) {
      if (el.ns !== "w") return;
      switch (el.local) {
        case "abstractNum":
          abstractLevels = new Map();
          defs.abstracts.set(el.attr("abstractNumId") ?? "", abstractLevels);
          break;
        case "num":
          instance = { abstractId: "", overrides: new Map() };
          defs.instances.set(el.attr("numId") ?? "", instance);
          break;
        case "abstractNumId":
          if (instance) instance.abstractId = el.attr("val") ?? "";
          break;
        case "lvlOverride":
          overrideLevel = int(el.attr("ilvl"), 0);
          instance?.overrides.set(overrideLevel, { start: null, level: null });
          break;
        case "startOverride":
          if (instance && overrideLevel !== null) {
            const o = instance.overrides.get(overrideLevel);
            if (o) o.start = int(el.attr("val"), 1);
          }
          break;
        case "lvl":
          level = {
            index: int(el.attr("ilvl"), 0),
            value: { start: 1, format: "decimal", text: "", suffix: " " },
          };
          break;
        case "start":
          if (level) level.value.start = int(el.attr("val"), 1);
          break;
        case "numFmt":
          if (level) level.value.format = el.attr("val") ?? "decimal";
          break;
        case "lvlText":
          if (level) level.value.text = el.attr("val") ?? "";
          break;
        case "suff":
          if (level) level.value.suffix = el.attr("val") === "nothing" ? "" : " ";
          break;
      }
    },
    close(el) {
      if (el.ns !== "w") return;
      if (el.local === "lvl" && level) {
        if (instance && overrideLevel !== null) {
          const o = instance.overrides.get(overrideLevel);
          if (o) o.level = level.value;
        } else abstractLevels?.set(level.index, level.value);
        level = null;
      } else if (el.local === "lvlOverride") overrideLevel = null;
      else if (el.local === "abstractNum") abstractLevels = null;
      else if (el.local === "num") instance = null;
    },
    text() {},
    wantsText: () => false,
  });
  return defs;
}

const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  let out = "";
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Letters a, b, … z, aa, bb … as Word counts them (the letter repeats after the alphabet). */
function letters(n: number, alphabet: string): string {
  if (n < 1) return String(n);
  const letter = alphabet[(n - 1) % alphabet.length];
  return letter.repeat(Math.floor((n - 1) / alphabet.length) + 1);
}

const LATIN = "abcdefghijklmnopqrstuvwxyz";
// Word's Russian lists skip ё, й, ъ, ы, ь.
const RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя";

export function formatCounter(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n, LATIN);
    case "upperLetter":
      return letters(n, LATIN).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "russianLower":
      return letters(n, RUSSIAN);
    case "russianUpper":
      return letters(n, RUSSIAN).toUpperCase();
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** A private-use character: a bullet drawn from a symbol font, not text. */
const SYMBOL_FONT_CHAR = /[\uE000-\uF8FF]/;

/** Counts list numbers in document order; `label` is called once per numbered paragraph. */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly restarted = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  private levelOf(instance: ListInstance, ilvl: number): Level | null {
    return (
      instance.overrides.get(ilvl)?.level ??
      this.defs.abstracts.get(instance.abstractId)?.get(ilvl) ??
      null
    );
  }

  /** The label Word shows before a paragraph of list `numId` at level `ilvl` ("1.2. "), or "". */
  label(numId: string, ilvl: number): string {
    const instance = this.defs.instances.get(numId);
    if (!instance) return "";
    const level = this.levelOf(instance, ilvl);
    if (!level) return "";
    const counts = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counts);
    const override = instance.overrides.get(ilvl);
    const key = `${numId}/${ilvl}`;
    if (override?.start !== null && override?.start !== undefined && !this.restarted.has(key)) {
      this.restarted.add(key);
      counts[ilvl] = override.start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1; // deeper levels start again under this one
    if (level.format === "bullet" || SYMBOL_FONT_CHAR.test(level.text)) return "";
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const at = this.levelOf(instance, i);
      const n = counts[i] ?? at?.start ?? 1;
      return formatCounter(n, at?.format ?? "decimal");
    });
    return text === "" ? "" : text + level.suffix;
  }
}
