/**
 * The task pane and ribbon commands for Excel, plus the add-in's static files (manifest.xml
 * with the right URLs, icons). `npm run build` prints the gzipped sizes and fails when the
 * task pane's initial bundle passes its budget. The readers and writers of files are ours and
 * load in lazy chunks; ExcelJS is not in the pane at all (tests use it as a reference).
 *
 * ADDIN_URL=https://example.org/roadmap npm run build  → dist/manifest.xml points there.
 * npm start                                            → https://localhost:3000 with dev certificates.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

const DEV_URL = "https://localhost:3000";
const INITIAL_BUDGET = 350 * 1024;
/** The oldest syntax every built script keeps to (test/build/bundle-syntax.test.ts checks it). */
const BROWSER_TARGET = "es2017";
const ROOT = __dirname;
const DIST = path.join(ROOT, "dist");

function addinUrl() {
  const url = (process.env.ADDIN_URL || DEV_URL).replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s]+/.test(url)) {
    throw new Error(
      `ADDIN_URL must be an https:// address (Office loads add-ins over https only): "${url}"`,
    );
  }
  return url;
}

/** The manifest with every dev-server address replaced by the add-in's real one. */
function manifestFor(url) {
  return fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8").split(DEV_URL).join(url);
}

/** manifest.xml with the dev URL replaced, and the icons, emitted next to the bundle. */
class AddinFilesPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AddinFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AddinFilesPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const manifestPath = path.join(ROOT, "manifest.xml");
          compilation.fileDependencies.add(manifestPath);
          compilation.emitAsset(
            "manifest.xml",
            new webpack.sources.RawSource(manifestFor(this.url)),
          );
          for (const name of fs.readdirSync(path.join(ROOT, "assets"))) {
            if (!name.endsWith(".png")) continue;
            const file = path.join(ROOT, "assets", name);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(
              `assets/${name}`,
              new webpack.sources.RawSource(fs.readFileSync(file)),
            );
          }
        },
      );
    });
  }
}

/** Prints every script's gzipped size; the task pane's initial scripts must fit the budget. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleSizePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.report(compiler, compilation),
      );
    });
  }
  report(compiler, compilation) {
    {
      const gz = (file) => zlib.gzipSync(compilation.assets[file].buffer(), { level: 9 }).length;
      const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
      const initial = compilation.entrypoints
        .get("taskpane")
        .getFiles()
        .filter((f) => f.endsWith(".js"));
      const scripts = Object.keys(compilation.assets)
        .filter((f) => f.endsWith(".js"))
        .sort();
      const lines = ["", "Bundle sizes (gzipped):"];
      let initialTotal = 0;
      for (const file of scripts) {
        const size = gz(file);
        const kind = initial.includes(file)
          ? "initial"
          : file.startsWith("commands")
            ? "commands"
            : "lazy";
        if (kind === "initial") initialTotal += size;
        lines.push(`  ${kb(size)}  ${kind.padEnd(8)}  ${file}`);
      }
      const note =
        compiler.options.mode === "production"
          ? `budget ${INITIAL_BUDGET / 1024} KB`
          : "development build, not minified: the budget applies to npm run build";
      lines.push(`  ${kb(initialTotal)}  task pane initial total (${note})`, "");
      console.log(lines.join("\n"));
      if (initialTotal > INITIAL_BUDGET && compiler.options.mode === "production") {
        compilation.errors.push(
          new webpack.WebpackError(
            `The task pane's initial bundle is ${(initialTotal / 1024).toFixed(1)} KB gzipped, over the ${INITIAL_BUDGET / 1024} KB budget`,
          ),
        );
      }
    }
  }
}

/** https for the dev server: office-addin-dev-certs, or a certificate given by path. */
async function httpsOptions() {
  if (process.env.DEV_CERT && process.env.DEV_KEY) {
    return {
      cert: fs.readFileSync(process.env.DEV_CERT),
      key: fs.readFileSync(process.env.DEV_KEY),
    };
  }
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

function printSideloadHelp(url) {
  console.log(
    [
      "",
      `Roadmap Inspector is served at ${url}`,
      `  task pane:  ${url}/taskpane.html`,
      `  manifest:   ${url}/manifest.xml   (the same file as ./manifest.xml)`,
      `  file mode:  ${url}/   — open in any browser, choose an .xlsx file, no Excel needed`,
      "",
      "Load it into Excel (details: docs/excel.md):",
      "  Excel on the web: open a workbook → Home → Add-ins → More add-ins → My add-ins →",
      "    Upload my add-in → choose manifest.xml.",
      "  Excel on Windows: share a folder holding manifest.xml, add its \\\\computer\\share path in",
      "    File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs",
      "    (tick “Show in Menu”), restart Excel → Home → Add-ins → Shared Folder → Roadmap Inspector.",
      "  Then: Home → «Проверить дорожную карту».",
      "",
    ].join("\n"),
  );
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const url = addinUrl();
  const pages = [
    { filename: "taskpane.html", template: "src/taskpane/taskpane.html", chunks: ["taskpane"] },
    // The same page at the site's root: the file-mode address for a plain browser.
    { filename: "index.html", template: "src/taskpane/taskpane.html", chunks: ["taskpane"] },
    { filename: "commands.html", template: "src/commands/commands.html", chunks: ["commands"] },
    // A ribbon command's message in an Office dialog: plain HTML, no bundle.
    { filename: "notice.html", template: "src/commands/notice.html", chunks: [] },
  ];
  return {
    mode,
    context: ROOT,
    // Webpack's own runtime and the minifier keep to the same syntax as the loader's output.
    target: ["web", BROWSER_TARGET],
    entry: {
      // What EdgeHTML 18 lacks and the bundle uses comes first, before any other module runs.
      taskpane: ["./src/taskpane/polyfills.ts", "./src/taskpane/index.tsx"],
      commands: ["./src/taskpane/polyfills.ts", "./src/commands/commands.ts"],
    },
    output: {
      path: DIST,
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // Everything, dependencies included, down to syntax EdgeHTML 18 parses (ES2017): React,
          // Fluent UI and zod ship class fields, `??=` and object spread. Type checking
          // is `npm run typecheck`'s job; esbuild only strips types and lowers syntax.
          test: /\.[cm]?[jt]sx?$/,
          use: [
            // Loaders run last to first: esbuild, then the regular expressions it leaves.
            path.join(ROOT, "scripts/webpack/regexp-literal-loader.js"),
            {
              loader: "esbuild-loader",
              options: {
                target: BROWSER_TARGET,
                jsx: "automatic",
                // `new Worker(new URL("./read-worker.ts", import.meta.url))` is webpack's to turn
                // into the worker chunk's address; lowered for ES2017, import.meta would reach
                // webpack as an empty object and the worker would never start.
                supported: { "import-meta": true },
              },
            },
          ],
        },
      ],
    },
    plugins: [
      ...pages.map((p) => new HtmlWebpackPlugin({ ...p, scriptLoading: "defer" })),
      new AddinFilesPlugin(url),
      new BundleSizePlugin(),
    ],
    devtool: mode === "development" ? "source-map" : false,
    performance: { hints: false },
    devServer: serving
      ? {
          port: 3000,
          server: { type: "https", options: await httpsOptions() },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false, errors: true } },
          onListening: () => printSideloadHelp(url),
        }
      : undefined,
  };
};

// For tests of the build-time switch.
module.exports.addinUrl = addinUrl;
module.exports.manifestFor = manifestFor;
module.exports.BROWSER_TARGET = BROWSER_TARGET;
