/** Entry of the `roadmap` CLI: dispatches a command and exits with its code. */
import { WorkerChecker } from "../hosts/file/budget/worker-checker";
import { runCheck, EXIT_UNREADABLE } from "./check";
import { CLI_TEXT } from "./i18n";
import type { CliIo } from "./io";

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "check") return runCheck(rest, io);
  if (command === "consolidate") {
    const { runConsolidate } = await import("./consolidate");
    return runConsolidate(rest, io);
  }
  if (command === "convert") {
    const { runConvert } = await import("./convert");
    return runConvert(rest, io);
  }
  io.stderr(`${CLI_TEXT.ru.usage}\n`);
  return EXIT_UNREADABLE;
}

if (require.main === module) {
  // Each file is read and checked on a worker thread within its time and memory budget.
  const checker = new WorkerChecker();
  const io: CliIo = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    checker,
  };
  main(process.argv.slice(2), io)
    .finally(() => checker.close())
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        process.stderr.write(
          `Внутренняя ошибка: ${err instanceof Error ? err.stack : String(err)}\n`,
        );
        process.exitCode = 3;
      },
    );
}
