/**
 * The end-to-end tests: the built task pane (dist/) in Debian's Chromium, driven by
 * playwright-core. `npm run test:e2e` builds first; `npm test` leaves these out.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 120_000,
  reporters: ["default", "<rootDir>/test/support/no-skip-reporter.js"],
};
