/** `roadmap check FILE… [--json] [--as-of YYYY-MM-DD] [--lang ru|en]` */
import { parseArgs } from "node:util";
import { buildReport } from "../core/report-builder";
import { reportSchema, type Report } from "../core/report";
import { parseSettings, SettingsError } from "../core/validate/settings";
import { checkFiles } from "../hosts/file/check-files";
import { formatReport } from "./format-report";
import { CLI_TEXT } from "./i18n";
import type { CliIo } from "./io";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        "as-of": { type: "string" },
        lang: { type: "string", default: "ru" },
        "due-soon-days": { type: "string" },
      },
    });
  } catch (err) {
    io.stderr(`${CLI_TEXT.ru.badArgs((err as Error).message)}\n${CLI_TEXT.ru.usage}\n`);
    return EXIT_UNREADABLE;
  }
  const { values, positionals } = parsed;
  const lang = values.lang === "en" ? "en" : "ru";
  const text = CLI_TEXT[lang];
  if (values.lang !== "ru" && values.lang !== "en") {
    io.stderr(`${text.badArgs(`--lang ${values.lang}: ru | en`)}\n`);
    return EXIT_UNREADABLE;
  }
  if (positionals.length === 0) {
    io.stderr(`${text.usage}\n`);
    return EXIT_UNREADABLE;
  }
  let settings;
  try {
    settings = parseSettings({
      lang,
      ...(values["as-of"] !== undefined ? { asOf: values["as-of"] } : {}),
      ...(values["due-soon-days"] !== undefined
        ? { dueSoonDays: Number(values["due-soon-days"]) }
        : {}),
    });
  } catch (err) {
    if (!(err instanceof SettingsError)) throw err;
    io.stderr(`${text.badArgs(err.message)}\n`);
    return EXIT_UNREADABLE;
  }
  const files = await checkFiles(positionals, settings);
  const report: Report = reportSchema.parse(buildReport({ asOf: settings.asOf, lang, files }));
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, text));
  return exitCodeOf(report);
}

export function exitCodeOf(report: Report): number {
  if (report.files.some((f) => f.error !== null)) return EXIT_UNREADABLE;
  const errors = report.files.some((f) =>
    f.tables.some(
      (t) =>
        t.findings.some((x) => x.severity === "error") ||
        t.rows.some((r) => r.findings.some((x) => x.severity === "error")),
    ),
  );
  return errors ? EXIT_FINDINGS : EXIT_OK;
}
