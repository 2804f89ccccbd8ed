/** Where a CLI command writes; tests pass collectors, main.ts passes the process streams. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}
