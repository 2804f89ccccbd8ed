/**
 * `npm run bench -- --scale`: 600 and 3,000 generated workbooks consolidated, each run in a
 * child process of its own reporting its time and peak memory (targets: peak < 2.5 GB, and
 * 600 → 3,000 files within 5.5 × the time — linear, with room for noise).
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { generateInputs } from "./consolidate";

const run = promisify(execFile);

export interface ScaleRun {
  files: number;
  ms: number;
  maxRssMb: number;
}

export async function benchScale(counts = [600, 3000]): Promise<ScaleRun[]> {
  const out: ScaleRun[] = [];
  for (const files of counts) {
    const dir = await mkdtemp(join(tmpdir(), "roadmap-scale-"));
    try {
      await generateInputs(join(dir, "in"), files);
      const { stdout } = await run(
        process.execPath,
        [
          "--import",
          "tsx",
          join(__dirname, "scale-child.ts"),
          join(dir, "in"),
          join(dir, "region.xlsx"),
        ],
        { maxBuffer: 1 << 20, env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" } },
      );
      const result = JSON.parse(stdout.trim().split("\n").pop()!) as {
        ms: number;
        maxRssMb: number;
      };
      out.push({ files, ...result });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return out;
}
