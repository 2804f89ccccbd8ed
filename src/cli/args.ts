/**
 * What `check` and `consolidate` read from the command line alike: the shared options, the
 * language and the check settings. A wrong value comes back as a message in the user's
 * language, naming the option as typed (never a field of our code); each command prints it
 * with its usage and exits with EXIT_BAD_USE.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import {
  parseSettings,
  SettingsError,
  type Settings,
  type SettingsInput,
} from "../core/validate/settings";
import type { Lang } from "../core/validate/types";
import { ARGS_TEXT } from "./i18n";

/** Options every command takes. */
const SHARED_OPTIONS = {
  json: { type: "boolean", default: false },
  "as-of": { type: "string" },
  lang: { type: "string", default: "ru" },
  /** Technical detail of unreadable files (the part, the parser's words) after their message. */
  verbose: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

type Options = NonNullable<ParseArgsConfig["options"]>;

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The language asked for, read before the arguments are parsed, so that even a message about
 * a wrong option is in it. Anything but a clear `--lang en` is Russian.
 */
export function langOf(argv: string[]): Lang {
  const at = argv.indexOf("--lang");
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return value === "en" ? "en" : "ru";
}

/** The arguments: the shared options, the command's own, and the files (positionals). */
export function readArgs<O extends Options>(argv: string[], options: O) {
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...SHARED_OPTIONS, ...options },
    });
    return { ok: true as const, value: parsed };
  } catch (err) {
    return { ok: false as const, message: parseError(err, langOf(argv)) };
  }
}

/** node:util's parse errors, which are English and name its internals, in the user's words. */
function parseError(err: unknown, lang: Lang): string {
  const text = ARGS_TEXT[lang];
  const e = err as { code?: string; message?: string };
  const option = e.message?.match(/'([^']+)'/)?.[1] ?? "";
  // "-o, --output <value>": the long form as the user would type it.
  const name = option.match(/--[\w-]+/)?.[0] ?? option;
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return text.unknownOption(name);
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /argument missing/.test(e.message ?? "")
      ? text.missingValue(name)
      : text.takesNoValue(name);
  }
  if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return text.unexpected(option);
  throw err;
}

/** `--lang ru|en`. */
export function readLang(value: string | undefined): Read<Lang> {
  if (value === "ru" || value === "en") return { ok: true, value };
  return { ok: false, message: ARGS_TEXT.ru.badLang(String(value)) };
}

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `--as-of`: the day as Russians write it (15.01.2022) or as ISO 8601 (2022-01-15), as an ISO
 * day; null when it is neither, or no such day (31.02.2022).
 */
export function parseDay(value: string): string | null {
  const dotted = DOTTED.exec(value.trim());
  const iso = ISO.exec(value.trim());
  const [y, m, d] = dotted
    ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(y) || y < 1900 || y > 2999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** `--due-soon-days N`: a whole number of days, 0 to 365. */
function parseDays(value: string): number | null {
  if (!/^\d{1,3}$/.test(value.trim())) return null;
  const n = Number(value);
  return n <= 365 ? n : null;
}

/**
 * Check settings of the language, `--as-of` and `--due-soon-days` when given: a wrong value is
 * named as the user typed it.
 */
export function readSettings(
  lang: Lang,
  asOf: string | undefined,
  dueSoonDays?: string,
): Read<Settings> {
  const text = ARGS_TEXT[lang];
  const more: SettingsInput = { lang };
  if (asOf !== undefined) {
    const day = parseDay(asOf);
    if (day === null) return { ok: false, message: text.badAsOf(asOf) };
    more.asOf = day;
  }
  if (dueSoonDays !== undefined) {
    const days = parseDays(dueSoonDays);
    if (days === null) return { ok: false, message: text.badDueSoon(dueSoonDays) };
    more.dueSoonDays = days;
  }
  try {
    return { ok: true, value: parseSettings(more) };
  } catch (err) {
    // Every value was checked above: a SettingsError here is a bug of ours, not the user's.
    if (err instanceof SettingsError) throw new Error(`settings: ${err.message}`);
    throw err;
  }
}
