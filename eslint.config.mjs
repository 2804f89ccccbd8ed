import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";
import { edgehtml18, edgehtml18Rules } from "./scripts/eslint/edgehtml18.mjs";

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "dist-ts",
      "dist-cli",
      "out",
      "coverage",
      "test-results",
      "**/*.js",
      "!eslint.config.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { react: { version: "18" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // DESIGN.md §3: the core is pure TypeScript — no Node, DOM, Office.js, ExcelJS or React —
    // and never calls a host, so every rule runs the same in Excel, the browser and the CLI.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "zlib", "util", "buffer", "stream"],
              message: "src/core is pure: no Node APIs (DESIGN.md §3).",
            },
            {
              group: ["exceljs", "react", "react-dom", "@fluentui/*", "@microsoft/office-js"],
              message: "src/core is pure: no ExcelJS, React or Office.js (DESIGN.md §3).",
            },
            {
              group: ["**/hosts/**", "**/taskpane/**", "**/cli/**"],
              message: "The core never calls a host (DESIGN.md §3).",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "navigator",
        "Office",
        "Excel",
        "process",
        "Buffer",
        "require",
      ],
    },
  },
  {
    // The task pane runs in EdgeHTML 18 too (Office 2016/2019 without WebView2): no regular-
    // expression feature or built-in newer than ES2017 that it lacks and polyfills.ts does not
    // supply. Each message says what to write instead (scripts/eslint/edgehtml18.mjs). The CLI
    // shares the core, so all of src/ keeps to it. "aggressive": a method is reported by its
    // name, as the linter does not know types (`.at(` on anything, not only on arrays).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { edgehtml18 },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: edgehtml18Rules,
  },
  {
    // The Word reader and the format dispatch run in the task pane's browser as they are.
    files: [
      "src/hosts/file/docx/**/*.ts",
      "src/hosts/file/dispatch.ts",
      "src/hosts/file/sniff.ts",
      "src/hosts/file/package-kind.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "zlib", "util", "buffer", "stream"],
              message:
                "The Word reader is browser-safe: no Node APIs (Node's zlib comes injected).",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "Buffer", "require"],
    },
  },
  prettier,
);
