/**
 * `roadmap convert FILE.docx -o FILE.xlsx [--as-of YYYY-MM-DD] [--status-column] [--lang ru|en]
 *   [--verbose]`
 *
 * A Word roadmap as its checked copy: an .xlsx of its tables laid out cleanly, with the
 * highlights and the findings sheet (hosts/file/document-copy.ts) — what the task pane's file
 * mode downloads. A workbook given instead gets its own checked copy (write-checked.ts).
 * `--status-column` adds «Отметка об исполнении» with its drop-down to every table that has none
 * (core/status-column.ts); a column next to a table that is not empty refuses the copy. The
 * input is never overwritten. Exit codes (exit-codes.ts): 0 written, 1 not written (the output
 * is the input, or cannot be written), 2 the input could not be read, 3 bad arguments.
 */
import { mkdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { buildHighlightPlan } from "../core/plan";
import type { Report } from "../core/report";
import { buildReport } from "../core/report-builder";
import { checkGrids } from "../core/check";
import { statusColumnTargets, withStatusColumnsAdded } from "../core/status-column";
import { readGrids } from "../hosts/file/dispatch";
import { documentCopy } from "../hosts/file/document-copy";
import { fileErrorOf } from "../hosts/file/check-files";
import { FileReadError } from "../hosts/file/file-error";
import { nodeInflateRaw } from "../hosts/file/inflate-node";
import { readFileBytes } from "../hosts/file/read-node";
import { StatusColumnOccupiedError, writeCheckedCopy } from "../hosts/file/write-checked";
import { nodeCompression } from "../hosts/file/xlsx/write/deflate-node";
import { langOf, readArgs, readLang, readSettings } from "./args";
import { EXIT_BAD_USE, EXIT_NOT_WRITTEN, EXIT_OK, EXIT_UNREADABLE } from "./exit-codes";
import { ARGS_TEXT, CLI_TEXT } from "./i18n";
import type { CliIo } from "./io";

export const EXIT_CONVERTED = EXIT_OK;
export { EXIT_BAD_USE, EXIT_NOT_WRITTEN, EXIT_UNREADABLE } from "./exit-codes";

export async function runConvert(argv: string[], io: CliIo): Promise<number> {
  const parsed = readArgs(argv, {
    output: { type: "string", short: "o" },
    "status-column": { type: "boolean", default: false },
  });
  if (!parsed.ok) {
    const text = CLI_TEXT[langOf(argv)];
    io.stderr(`${text.badArgs(parsed.message)}\n${text.convertUsage}\n`);
    return EXIT_BAD_USE;
  }
  const { values, positionals } = parsed.value;
  const lang = readLang(values.lang);
  if (!lang.ok) {
    io.stderr(`${CLI_TEXT.ru.badArgs(lang.message)}\n`);
    return EXIT_BAD_USE;
  }
  const text = CLI_TEXT[lang.value];
  if (values.help) {
    const args = ARGS_TEXT[lang.value];
    io.stdout(`${text.convertUsage}\n\n${args.options}\n\n${args.exitCodes}\n`);
    return EXIT_OK;
  }
  const bad = (message: string) => {
    io.stderr(`${text.badArgs(message)}\n${text.convertUsage}\n`);
    return EXIT_BAD_USE;
  };
  const given = values.output;
  if (positionals.length !== 1 || given === undefined) return bad(text.convertOneFile);
  if (extname(given).toLowerCase() !== ".xlsx") return bad(text.convertNotXlsx(given));
  const input = positionals[0];
  if (await sameFile(input, given)) {
    // As `consolidate`: an output that is the input is refused and nothing is written.
    io.stderr(`${text.convertSameFile(given)}\n`);
    return EXIT_NOT_WRITTEN;
  }
  const settings = readSettings(lang.value, values["as-of"]);
  if (!settings.ok) return bad(settings.message);

  let bytes: Uint8Array;
  let report: Report;
  try {
    const original = await readFileBytes(input);
    const read = await readGrids(original, { fileName: input, inflate: nodeInflateRaw });
    const common = { asOf: settings.value.asOf, lang: lang.value, file: input };
    const alert = values["status-column"] ? text.statusAlert : undefined;
    if (read.format === "docx") {
      ({ bytes, report } = await documentCopy(read, {
        ...common,
        compression: nodeCompression,
        statusColumn: alert,
      }));
    } else {
      const tables = checkGrids(read.grids, { settings: settings.value });
      const checked = buildReport({ ...common, files: [{ file: input, error: null, tables }] });
      const targets = alert ? statusColumnTargets(tables.map((t) => t.table)) : [];
      report = withStatusColumnsAdded(checked, targets);
      bytes = await writeCheckedCopy(
        original,
        {
          plan: buildHighlightPlan(tables),
          report: checked,
          lang: lang.value,
          statusColumns: alert && { targets, alert },
        },
        { compression: nodeCompression, inflate: nodeInflateRaw },
      );
    }
  } catch (err) {
    if (err instanceof StatusColumnOccupiedError) {
      // Nothing is written: the user frees the column, or leaves the option out.
      io.stderr(`${text.statusColumnOccupied(err.sheet, err.column)}\n`);
      return EXIT_NOT_WRITTEN;
    }
    if (!(err instanceof FileReadError)) throw err;
    const error = fileErrorOf(err, settings.value);
    io.stderr(`${input}\n${text.fileError(error.message)}\n`);
    if (values.verbose && error.detail) io.stderr(`${text.errorDetail(error.detail)}\n`);
    return EXIT_UNREADABLE;
  }

  try {
    await writeReplacing(resolve(given), bytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === undefined) throw err;
    io.stderr(`${text.convertNotWritten(given, code)}\n`);
    return EXIT_NOT_WRITTEN;
  }
  const tables = report.files[0].tables;
  const findings = tables.reduce(
    (n, t) => n + t.findings.length + t.rows.reduce((m, r) => m + r.findings.length, 0),
    0,
  );
  io.stdout(`${text.convertWritten(given, tables.length, findings)}\n`);
  return EXIT_CONVERTED;
}

/** The same file: one path, or two names of one file (a link, another spelling of the path). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}

/** The new bytes complete on disk before they take the name: no half-written copy is left. */
async function writeReplacing(output: string, bytes: Uint8Array): Promise<void> {
  const temp = `${output}.${process.pid}.tmp`;
  await mkdir(dirname(output), { recursive: true });
  await writeFile(temp, bytes);
  await rename(temp, output).catch(async (err: unknown) => {
    await unlink(temp);
    throw err;
  });
}
