/**
 * The time and memory one file may take, read and checked, before it is reported as too
 * complex and skipped. Generous for a real roadmap (a few hundred rows are read and checked in
 * well under a second; a 100,000-row sheet in about two), tight enough that no file holds up
 * the others: the corpus test asks for every file to be answered within 10 s.
 */
export interface FileBudget {
  /** Wall time for reading and checking one file. */
  timeMs: number;
  /** V8 heap of the thread that reads (the inflated parts are capped by the reader's limits). */
  heapMb: number;
}

export const FILE_BUDGET: FileBudget = { timeMs: 8_000, heapMb: 320 };
