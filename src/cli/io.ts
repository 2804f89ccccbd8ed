/** Where a CLI command writes; tests pass collectors, main.ts passes the process streams. */
import type { FileChecker } from "../hosts/file/check-files";

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /**
   * How files are read and checked. The `roadmap` process gives each file a time and memory
   * budget on worker threads (main.ts); a caller in process (a test, the demo, a bench) reads
   * them in process unless it brings a checker.
   */
  checker?: FileChecker;
}
