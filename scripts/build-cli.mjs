// Builds the `roadmap` CLI to JavaScript once (npm ci runs it as `prepare`), so a run starts
// without transpiling TypeScript: dist-cli/roadmap.js, and beside it check-worker.js, the
// thread that reads and checks each file within its budget. Everything is bundled (our readers
// and writers need no ExcelJS); tsx is named only when running from the sources.
import { chmodSync } from "node:fs";
import { build } from "esbuild";

await build({
  entryPoints: {
    roadmap: "src/cli/main.ts",
    "check-worker": "src/hosts/file/budget/check-worker.ts",
  },
  outdir: "dist-cli",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["tsx"],
  banner: { js: "#!/usr/bin/env node" },
  // Less to parse at every start; identifiers kept, so an internal error's stack stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: "linked",
  logLevel: "warning",
});

// Runnable as a command (`npx roadmap`, or linked by `npm install -g .`).
chmodSync("dist-cli/roadmap.js", 0o755);
