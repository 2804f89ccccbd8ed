/** `roadmap check FILE|DIR… [--json] [--as-of DD.MM.YYYY] [--lang ru|en] [--due-soon-days N]` */
import { buildReport } from "../core/report-builder";
import type { Report } from "../core/report";
import { checkFiles, inProcessChecker } from "../hosts/file/check-files";
import { langOf, readArgs, readLang, readSettings } from "./args";
import { EXIT_BAD_USE, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from "./exit-codes";
import { formatReport } from "./format-report";
import { ARGS_TEXT, CLI_TEXT, type CliText } from "./i18n";
import { expandInputs } from "./inputs";
import type { CliIo } from "./io";

export { EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE } from "./exit-codes";

/** The usage, the options and the exit codes: what `check --help` prints. */
function checkHelp(text: CliText, lang: "ru" | "en"): string {
  return `${text.usage}\n\n${ARGS_TEXT[lang].options}\n\n${ARGS_TEXT[lang].exitCodes}\n`;
}

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const parsed = readArgs(argv, { "due-soon-days": { type: "string" } });
  if (!parsed.ok) return badUse(io, CLI_TEXT[langOf(argv)], parsed.message);
  const { values, positionals } = parsed.value;
  const lang = readLang(values.lang);
  if (!lang.ok) return badUse(io, CLI_TEXT.ru, lang.message);
  const text = CLI_TEXT[lang.value];
  if (values.help) {
    io.stdout(checkHelp(text, lang.value));
    return EXIT_OK;
  }
  if (positionals.length === 0) return badUse(io, text, ARGS_TEXT[lang.value].noInputs);
  const settings = readSettings(lang.value, values["as-of"], values["due-soon-days"]);
  if (!settings.ok) return badUse(io, text, settings.message);
  const paths = await expandInputs(positionals, null);
  if (paths.length === 0) {
    io.stderr(`${text.noFiles(positionals.join(", "))}\n`);
    return EXIT_UNREADABLE;
  }
  const files = await checkFiles(paths, settings.value, io.checker ?? inProcessChecker);
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

/** A wrong command line: what is wrong, then the usage; always EXIT_BAD_USE. */
function badUse(io: CliIo, text: CliText, message: string): number {
  io.stderr(`${text.badArgs(message)}\n${text.usage}\n`);
  return EXIT_BAD_USE;
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
