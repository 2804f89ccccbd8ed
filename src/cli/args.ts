/**
 * What `check` and `consolidate` read from the command line alike: the shared options, the
 * language and the check settings. A wrong value comes back as its message; each command says
 * it in its own words and with its own exit code.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import {
  parseSettings,
  SettingsError,
  type Settings,
  type SettingsInput,
} from "../core/validate/settings";
import type { Lang } from "../core/validate/types";

/** Options every command takes. */
const SHARED_OPTIONS = {
  json: { type: "boolean", default: false },
  "as-of": { type: "string" },
  lang: { type: "string", default: "ru" },
  /** Technical detail of unreadable files (the part, the parser's words) after their message. */
  verbose: { type: "boolean", default: false },
} as const;

type Options = NonNullable<ParseArgsConfig["options"]>;

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

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
    return { ok: false as const, message: (err as Error).message };
  }
}

/** `--lang ru|en`. */
export function readLang(value: string | undefined): Read<Lang> {
  if (value === "ru" || value === "en") return { ok: true, value };
  return { ok: false, message: `--lang ${value}: ru | en` };
}

/** Check settings of the language, `--as-of` when given, and the command's own values. */
export function readSettings(
  lang: Lang,
  asOf: string | undefined,
  more: SettingsInput = {},
): Read<Settings> {
  try {
    const input = { lang, ...(asOf !== undefined ? { asOf } : {}), ...more };
    return { ok: true, value: parseSettings(input) };
  } catch (err) {
    if (!(err instanceof SettingsError)) throw err;
    return { ok: false, message: err.message };
  }
}
