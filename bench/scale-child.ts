/**
 * One scale run in a process of its own, so that its peak memory is its own: consolidates a
 * folder and prints {"ms", "maxRssMb"} as JSON on stdout.
 */
import { performance } from "node:perf_hooks";
import { ours } from "./consolidate";

async function main(): Promise<void> {
  const [inputs, output] = process.argv.slice(2);
  const start = performance.now();
  await ours(inputs, output);
  const ms = performance.now() - start;
  // maxRSS is in kilobytes.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMb })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
