/** Entry of the `roadmap` CLI: dispatches a command and exits with its code. */
import { WorkerChecker } from "../hosts/file/budget/worker-checker";
import { langOf } from "./args";
import { runCheck } from "./check";
import { CONSOLIDATE_TEXT } from "./consolidate-format";
import { EXIT_BAD_USE, EXIT_INTERNAL, EXIT_OK } from "./exit-codes";
import { ARGS_TEXT, CLI_TEXT } from "./i18n";
import type { CliIo } from "./io";
import type { Lang } from "../core/validate/types";

const HELP = new Set(["-h", "--help", "help"]);

/** The whole help: what the program does, both commands, the options and the exit codes. */
export function helpText(lang: Lang): string {
  const args = ARGS_TEXT[lang];
  const check = CLI_TEXT[lang].usage;
  const consolidate = CONSOLIDATE_TEXT[lang].usage.replace(/^[^\n]*\n/, "");
  const convert = CLI_TEXT[lang].convertUsage.replace(/^[^\n]*\n/, "");
  return `${args.intro}\n\n${check}\n${consolidate}\n${convert}\n\n${args.commands}\n\n${args.options}\n\n${args.exitCodes}\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const lang = langOf(argv);
  if (command === "check") return runCheck(rest, io);
  if (command === "consolidate") {
    const { runConsolidate } = await import("./consolidate");
    return runConsolidate(rest, io);
  }
  if (command === "convert") {
    const { runConvert } = await import("./convert");
    return runConvert(rest, io);
  }
  // No command (a first try), or a help asked for: the usage, as an answer, not an error.
  if (command === undefined || HELP.has(command) || (command === "--lang" && rest.length <= 1)) {
    io.stdout(helpText(lang));
    return EXIT_OK;
  }
  const args = ARGS_TEXT[lang];
  const what = command.startsWith("-") ? args.unknownOption(command) : args.unknownCommand(command);
  io.stderr(`${CLI_TEXT[lang].badArgs(what)}\n\n${helpText(lang)}`);
  return EXIT_BAD_USE;
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
        const lang = langOf(process.argv.slice(2));
        process.stderr.write(
          `${ARGS_TEXT[lang].internal(err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`,
        );
        process.exitCode = EXIT_INTERNAL;
      },
    );
}
