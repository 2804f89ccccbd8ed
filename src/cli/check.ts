/** `roadmap check FILE… [--json] [--as-of YYYY-MM-DD] [--lang ru|en]` */
import { buildReport } from "../core/report-builder";
import type { Report } from "../core/report";
import { checkFiles, inProcessChecker } from "../hosts/file/check-files";
import { readArgs, readLang, readSettings } from "./args";
import { formatReport } from "./format-report";
import { CLI_TEXT } from "./i18n";
import type { CliIo } from "./io";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const parsed = readArgs(argv, { "due-soon-days": { type: "string" } });
  if (!parsed.ok) {
    io.stderr(`${CLI_TEXT.ru.badArgs(parsed.message)}\n${CLI_TEXT.ru.usage}\n`);
    return EXIT_UNREADABLE;
  }
  const { values, positionals } = parsed.value;
  const lang = readLang(values.lang);
  if (!lang.ok) {
    io.stderr(`${CLI_TEXT.ru.badArgs(lang.message)}\n`);
    return EXIT_UNREADABLE;
  }
  const text = CLI_TEXT[lang.value];
  if (positionals.length === 0) {
    io.stderr(`${text.usage}\n`);
    return EXIT_UNREADABLE;
  }
  const dueSoon = values["due-soon-days"];
  const settings = readSettings(
    lang.value,
    values["as-of"],
    dueSoon !== undefined ? { dueSoonDays: Number(dueSoon) } : {},
  );
  if (!settings.ok) {
    io.stderr(`${text.badArgs(settings.message)}\n`);
    return EXIT_UNREADABLE;
  }
  const files = await checkFiles(positionals, settings.value, io.checker ?? inProcessChecker);
  // buildReport validates the report against the contract's schema before returning it.
  const report = buildReport({ asOf: settings.value.asOf, lang: lang.value, files });
  const documents = new Set(files.filter((f) => f.format === "docx").map((f) => f.file));
  io.stdout(
    values.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatReport(report, text, { verbose: values.verbose, documents }),
  );
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
