/**
 * `npm run test:corpus`: the built CLI on 306 spreadsheets from other projects' test suites
 * (../shared/corpus/foreign-xlsx next to the repository, or ROADMAP_CORPUS). Not part of
 * `npm test`: the corpus is not in the repository, and the run takes minutes.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/corpus"],
  testMatch: ["**/*.corpus.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
};
