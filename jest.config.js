/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real
  // package pulls ESM-only dependencies that jest's CommonJS loader cannot read.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
  },
  // RegExp refuses, for src/, what EdgeHTML 18 cannot build (test/support/regexp-guard.js).
  setupFiles: ["<rootDir>/test/support/regexp-guard.js"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  reporters: ["default", "<rootDir>/test/support/no-skip-reporter.js"],
};
