/**
 * What `consolidate` settles before it reads a single municipal file: that the output is none
 * of the inputs (a municipal workbook would otherwise get the regional sheets written into it),
 * and last month's activities — from `--previous FILE`, or from the regional workbook being
 * rebuilt — for «Изменения».
 */
import { readFile, realpath } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { ActivitySnapshot } from "../core/consolidate/changes/types";
import { FileReadError } from "../hosts/file/file-error";
import { nodeInflateRaw } from "../hosts/file/inflate-node";
import { readPreviousMonth } from "../hosts/file/previous-month";
import { readFileBytes } from "../hosts/file/read-node";
import type { Lang } from "../core/validate/types";

/** A path as the file system knows it (links followed); a file not there yet by its folder's. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const dir = await realpath(dirname(path)).catch(() => dirname(path));
    return join(dir, basename(path));
  }
}

/** The input that is the output itself (by real path), or null. */
export async function inputThatIsOutput(inputs: string[], output: string): Promise<string | null> {
  const out = await realPathOf(output);
  for (const input of inputs) {
    if ((await realPathOf(input)) === out) return input;
  }
  return null;
}

export type PreviousMonth =
  { ok: true; snapshots: ActivitySnapshot[] | null } | { ok: false; reason: string };

/** `--previous FILE`: it must be a regional workbook with a «Свод» we can read. */
export async function readNamedPrevious(path: string, lang: Lang): Promise<PreviousMonth> {
  try {
    const snapshots = await readPreviousMonth(await readFileBytes(path), nodeInflateRaw);
    if (snapshots === null) return { ok: false, reason: "no-svod" };
    return { ok: true, snapshots };
  } catch (err) {
    if (err instanceof FileReadError) return { ok: false, reason: err.messageIn(lang) };
    throw err;
  }
}

/**
 * The «Свод» of the workbook about to be rebuilt, when it has one: last month's, unless a
 * previous month was named. A missing output, or one without our «Свод», means no comparison.
 */
export async function readRebuiltPrevious(output: string, lang: Lang): Promise<PreviousMonth> {
  const bytes = await readFile(output).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
  if (bytes === null) return { ok: true, snapshots: null };
  try {
    return { ok: true, snapshots: await readPreviousMonth(new Uint8Array(bytes), nodeInflateRaw) };
  } catch (err) {
    if (err instanceof FileReadError) return { ok: false, reason: err.messageIn(lang) };
    throw err;
  }
}
