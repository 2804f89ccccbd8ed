/**
 * One scale run in a process of its own, so that its peak memory is its own: consolidates a
 * folder as the `roadmap` process does — files read and checked on its worker threads (the
 * built check-worker.js), whose memory is this process's too — and prints {"ms", "maxRssMb"}
 * as JSON on stdout.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { WorkerChecker } from "../src/hosts/file/budget/worker-checker";
import { ours } from "./consolidate";

async function main(): Promise<void> {
  const [inputs, output] = process.argv.slice(2);
  const checker = new WorkerChecker({
    script: join(__dirname, "..", "dist-cli", "check-worker.js"),
  });
  const start = performance.now();
  await ours(inputs, output, checker).finally(() => checker.close());
  const ms = performance.now() - start;
  // maxRSS is in kilobytes.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMb })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
