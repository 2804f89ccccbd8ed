/** What changed since last month (issue 9): snapshots of «Свод», matching, changes, the sheet. */
export * from "./types";
export { compareMonths, emptyCounts, pairChanges, type CompareOptions } from "./diff";
export { matchActivities, type Matching } from "./match";
export {
  HEADER_SEARCH_ROWS,
  isRegionalSvodGrid,
  snapshotsOfModelSheet,
  snapshotsOfSvodGrid,
} from "./snapshot";
export { changesSheet } from "./sheet";
export { CHANGE_LABEL } from "./labels";
