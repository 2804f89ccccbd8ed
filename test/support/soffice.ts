/**
 * LibreOffice headless, for tests that open what we write as a person's office suite would.
 * Missing LibreOffice fails the test with the command that installs it: a skipped check would
 * look like a passed one.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** One profile per test process: parallel jest workers must not share one. */
const PROFILE = `file://${join(tmpdir(), `roadmap-lo-${process.pid}`)}`;

export class SofficeMissingError extends Error {
  constructor() {
    super(
      "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui " +
        "(.ci/run does this) — the written workbooks must be opened by it",
    );
  }
}

/** Converts bytes of a file with the given extension; returns the converted file's bytes. */
export async function convertWithSoffice(
  bytes: Uint8Array,
  ext: string,
  to: "pdf" | "xlsx",
): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "roadmap-soffice-"));
  try {
    const input = join(dir, `in.${ext}`);
    const outDir = join(dir, "out");
    await writeFile(input, bytes);
    try {
      await run(
        "soffice",
        [
          `-env:UserInstallation=${PROFILE}`,
          "--headless",
          "--convert-to",
          to,
          "--outdir",
          outDir,
          input,
        ],
        { timeout: 120_000 },
      );
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new SofficeMissingError();
      throw err;
    }
    return await readFile(join(outDir, `in.${to}`)).catch(() => {
      throw new Error(`LibreOffice did not convert the file to ${to}`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF (poppler's pdftotext). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "roadmap-pdf-"));
  try {
    await writeFile(join(dir, "in.pdf"), pdf);
    await run("pdftotext", ["-layout", join(dir, "in.pdf"), join(dir, "out.txt")]);
    return await readFile(join(dir, "out.txt"), "utf8");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
