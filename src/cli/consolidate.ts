/**
 * `roadmap consolidate FILE|DIR… -o region.xlsx [--previous last.xlsx] [--as-of YYYY-MM-DD]
 *  [--json] [--lang ru|en] [--municipality FILE=NAME]… [--expected LIST.txt]`
 *
 * Reads every municipal workbook or Word document (a folder: every spreadsheet and document in
 * it), checks it, and writes
 * the regional workbook. A file that cannot be read is reported and skipped; a regional workbook
 * of ours among the inputs is skipped. Against last month (the workbook being rebuilt, or
 * `--previous`) the new workbook says what changed. Exit codes (exit-codes.ts): 0 written,
 * 1 nothing written (the output is one of the inputs, or cannot be written — both found before
 * anything is read), 2 no file could be read, 3 bad arguments.
 */
import { mkdir, open, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { Consolidation, type RegionalModel } from "../core/consolidate";
import type { Settings } from "../core/validate/settings";
import { type CheckedFile, type FileChecker, inProcessChecker } from "../hosts/file/check-files";
import { nodeInflateRaw } from "../hosts/file/inflate-node";
import { RegionalWriteError, writeRegionalWorkbook } from "../hosts/file/write-regional";
import { nodeCompression } from "../hosts/file/xlsx/write/deflate-node";
import type { ActivitySnapshot } from "../core/consolidate/changes/types";
import { langOf, readArgs, readLang, readSettings } from "./args";
import {
  inputThatIsOutput,
  readNamedPrevious,
  readRebuiltPrevious,
  type PreviousMonth,
} from "./consolidate-inputs";
import { CONSOLIDATE_TEXT, formatConsolidation, type ConsolidateText } from "./consolidate-format";
import { EXIT_BAD_USE, EXIT_NOT_WRITTEN, EXIT_OK, EXIT_UNREADABLE } from "./exit-codes";
import { ARGS_TEXT } from "./i18n";
import { expandInputs } from "./inputs";
import type { CliIo } from "./io";

export const EXIT_WRITTEN = EXIT_OK;
export { EXIT_BAD_USE, EXIT_NOT_WRITTEN } from "./exit-codes";
export const EXIT_NOTHING_READ = EXIT_UNREADABLE;

/** Errors of a file open in Excel (Windows locks it) or of a folder one may not write to. */
const LOCKED = new Set(["EBUSY", "EPERM", "EACCES", "EROFS"]);
/** A progress line on stderr after every this many files. */
const PROGRESS_EVERY = 100;

export interface ConsolidateFilesOptions {
  settings: Settings;
  /** File (as given, or its base name) → municipality chosen by the user. */
  municipalities?: Map<string, string>;
  expected?: string[];
  /** How each file is read and checked; in process unless the caller brings a budget. */
  checker?: FileChecker;
  /**
   * Last month's activities: the model then says what changed («Изменения»). A promise is
   * awaited only once every file is in: last month is read while the files are.
   */
  previous?: ActivitySnapshot[] | null | Promise<ActivitySnapshot[] | null>;
  /** Called after each file with how many have been read. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Files asked of the checker ahead of the one being consolidated: enough to keep its threads
 * busy, few enough that only a handful of checked files wait in memory at any time.
 */
const READ_AHEAD = 4;

/**
 * Reads and checks the files through the checker (one file in memory per thread at a time)
 * and hands each, in order, to the consolidation, which keeps only what the regional sheets
 * need of it: the file's tables are dropped as soon as it is added.
 */
export async function consolidateFiles(
  files: string[],
  options: ConsolidateFilesOptions,
): Promise<RegionalModel> {
  const checker = options.checker ?? inProcessChecker;
  const consolidation = new Consolidation({
    asOf: options.settings.asOf,
    lang: options.settings.lang,
    expected: options.expected,
  });
  const pending: Promise<CheckedFile>[] = [];
  const ask = (i: number) => {
    if (i >= files.length) return;
    // A regional workbook of ours among the inputs is told, not read (own-workbook.ts).
    const p = checker.check(files[i], options.settings, [], { skipOwn: true });
    // Awaited in its turn below; a bug's rejection must not count as unhandled meanwhile.
    p.catch(() => undefined);
    pending[i] = p;
  };
  for (let i = 0; i < READ_AHEAD; i++) ask(i);
  for (const [i, file] of files.entries()) {
    const checked = await pending[i];
    delete pending[i];
    ask(i + READ_AHEAD);
    const chosen = options.municipalities?.get(file) ?? options.municipalities?.get(basename(file));
    consolidation.add({
      ...checked,
      municipality: chosen ?? null,
      ownOutput: checked.own !== undefined,
    });
    options.onProgress?.(i + 1, files.length);
  }
  return consolidation.finish(await options.previous);
}

export async function runConsolidate(argv: string[], io: CliIo): Promise<number> {
  const parsed = readArgs(argv, {
    output: { type: "string", short: "o" },
    municipality: { type: "string", multiple: true, default: [] },
    expected: { type: "string" },
    previous: { type: "string" },
  });
  if (!parsed.ok) return badUse(io, CONSOLIDATE_TEXT[langOf(argv)], parsed.message);
  const { values, positionals } = parsed.value;
  const lang = readLang(values.lang);
  if (!lang.ok) return badUse(io, CONSOLIDATE_TEXT.ru, lang.message);
  const text = CONSOLIDATE_TEXT[lang.value];
  if (values.help) {
    const args = ARGS_TEXT[lang.value];
    io.stdout(`${text.usage}\n\n${args.options}\n\n${args.exitCodes}\n`);
    return EXIT_OK;
  }
  if (positionals.length === 0) return badUse(io, text, ARGS_TEXT[lang.value].noInputs);
  if (values.output === undefined && !values.json) return badUse(io, text, text.noOutput);
  const municipalities = new Map<string, string>();
  for (const pair of values.municipality) {
    const at = pair.lastIndexOf("=");
    if (at <= 0 || pair.slice(at + 1).trim() === "") {
      return badUse(io, text, text.badMunicipality(pair));
    }
    municipalities.set(pair.slice(0, at), pair.slice(at + 1).trim());
  }
  const read = readSettings(lang.value, values["as-of"]);
  if (!read.ok) return badUse(io, text, read.message);
  const settings = read.value;
  const expected = values.expected ? await readExpected(values.expected) : [];
  if (expected === null) return badUse(io, text, text.badExpected(values.expected ?? ""));

  const output = values.output === undefined ? null : resolve(values.output);
  if (output !== null && (await stat(output).catch(() => null))?.isDirectory()) {
    return badUse(io, text, text.outputIsFolder(values.output ?? output));
  }
  if (output !== null) {
    // Before anything is read or written: the output must be none of the files named.
    const named = await inputThatIsOutput(positionals, output);
    if (named !== null) {
      io.stderr(`${text.outputIsInput(named)}\n`);
      return EXIT_NOT_WRITTEN;
    }
  }
  // Said before a single file is read: no summary is printed for a workbook that cannot be written.
  if (output !== null && !(await writable(output))) {
    io.stderr(`${text.notWritable(values.output ?? output)}\n`);
    return EXIT_NOT_WRITTEN;
  }
  // Last month (named, or the workbook being rebuilt) is read while the files are.
  const lastMonth: Promise<PreviousMonth> =
    values.previous !== undefined
      ? readNamedPrevious(values.previous, lang.value)
      : output !== null
        ? readRebuiltPrevious(output, lang.value)
        : Promise.resolve({ ok: true, snapshots: null });
  // Awaited below; a bug's rejection must not count as unhandled meanwhile.
  lastMonth.catch(() => undefined);
  const files = await expandInputs(positionals, output);
  if (files.length === 0) {
    io.stderr(`${text.noWorkbooks(positionals.join(", "))}\n`);
    return EXIT_NOTHING_READ;
  }
  const model = await consolidateFiles(files, {
    settings,
    municipalities,
    expected,
    previous: lastMonth.then((r) => (r.ok ? r.snapshots : null)),
    checker: io.checker,
    onProgress: (done, total) => {
      if (done % PROGRESS_EVERY === 0 && done < total) io.stderr(`${text.progress(done, total)}\n`);
    },
  });
  const last = await lastMonth;
  if (!last.ok && values.previous !== undefined) {
    return badUse(io, text, text.badPrevious(values.previous, last.reason));
  }
  if (!last.ok)
    io.stderr(`${text.rebuiltUnreadable(values.output ?? output ?? "", last.reason)}\n`);
  for (const f of model.files) {
    if (f.role === "own-output") io.stderr(`${text.skippedOwn(f.file)}\n`);
    if (!f.error) continue;
    const detail = values.verbose && f.error.detail ? ` (${f.error.detail})` : "";
    io.stderr(`${text.unreadable(f.file, f.error.message)}${detail}\n`);
  }
  const readable = model.files.some((f) => f.role === "municipal" || f.role === "not-roadmap");
  if (values.json) io.stdout(`${JSON.stringify(model, null, 2)}\n`);
  else io.stdout(formatConsolidation(model, text));
  if (!readable) {
    io.stderr(`${text.nothingRead}\n`);
    return EXIT_NOTHING_READ;
  }
  if (output === null) return EXIT_WRITTEN;
  try {
    await writeAtomically(output, model);
  } catch (err) {
    if (!(err instanceof RegionalWriteError)) throw err;
    const where = values.output ?? output;
    io.stderr(
      `${err.code === "not-writable" ? text.notWritable(where) : text.notWritten(where, err.message)}\n`,
    );
    return EXIT_NOT_WRITTEN;
  }
  if (!values.json) {
    io.stdout(
      `${text.written(
        values.output ?? output,
        model.sheets.map((s) => s.name),
      )}\n`,
    );
  }
  return EXIT_WRITTEN;
}

function badUse(io: CliIo, text: ConsolidateText, message: string): number {
  io.stderr(`${text.badArgs(message)}\n${text.usage}\n`);
  return EXIT_BAD_USE;
}

/**
 * Whether the output can be written, tried rather than guessed (a root user passes every
 * permission check, a read-only or virtual file system refuses anyway): an existing file is
 * opened for writing without truncating it (which fails as a file locked by Excel or read-only
 * does); otherwise a scratch file is created and removed in the nearest existing folder. The
 * write itself still reports what this cannot foresee.
 */
async function writable(output: string): Promise<boolean> {
  const existing = await stat(output).catch(() => null);
  if (existing !== null) {
    const handle = await open(output, "r+").catch(() => null);
    await handle?.close();
    return handle !== null;
  }
  let folder = dirname(output);
  for (;;) {
    const info = await stat(folder).catch(() => null);
    if (info !== null) {
      if (!info.isDirectory()) return false;
      const probe = join(folder, `.roadmap-${process.pid}.probe`);
      const handle = await open(probe, "wx").catch(() => null);
      if (handle === null) return false;
      await handle.close();
      await unlink(probe);
      return true;
    }
    if (dirname(folder) === folder) return false;
    folder = dirname(folder);
  }
}

/** One municipality per line; blank lines and "#" comments skipped. null: unreadable. */
async function readExpected(path: string): Promise<string[] | null> {
  const content = await readFile(path, "utf8").catch(() => null);
  if (content === null) return null;
  return content
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * Rebuilds into the existing file (its other sheets kept) and replaces it only once the new
 * bytes are complete, so an interrupted run never leaves last month's file half-written.
 */
async function writeAtomically(output: string, model: RegionalModel): Promise<void> {
  const existing = await readFile(output).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
  const bytes = await writeRegionalWorkbook(model, {
    existing: existing ? new Uint8Array(existing) : null,
    compression: nodeCompression,
    inflate: nodeInflateRaw,
  });
  const temp = `${output}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, output).catch(async (err: unknown) => {
      await unlink(temp);
      throw err;
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code && (LOCKED.has(code) || code === "ENOTDIR" || code === "ENOSPC")) {
      throw new RegionalWriteError("not-writable", output);
    }
    throw err;
  }
}
