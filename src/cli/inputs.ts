/** What the commands read: files as given, and folders as every spreadsheet and document in them. */
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";

/**
 * Every spreadsheet and Word document a folder may hold: those we read, and those we can only
 * name with their reason (legacy .xls/.xlt and .doc/.dot, binary .xlsb, OpenDocument .ods/.ots
 * and .odt/.ott) — never skipped in silence.
 */
const INPUT_EXTENSIONS = new Set([
  ".xlsx",
  ".xlsm",
  ".xltx",
  ".xltm",
  ".xls",
  ".xlt",
  ".xlsb",
  ".ods",
  ".ots",
  ".docx",
  ".docm",
  ".dotx",
  ".dotm",
  ".doc",
  ".dot",
  ".odt",
  ".ott",
]);

/**
 * Folders give their spreadsheets and documents (sorted; Excel's "~$" lock files and `output`,
 * the file being written, left out). A path that is not a folder is kept as given, a missing
 * one too: the reader reports it as not found.
 */
export async function expandInputs(inputs: string[], output: string | null): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info === null || !info.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input))
      .filter((n) => INPUT_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith("~$"))
      .sort((a, b) => a.localeCompare(b, "ru"));
    for (const name of names) {
      const path = join(input, name);
      if (output === null || resolve(path) !== output) files.push(path);
    }
  }
  return files;
}
