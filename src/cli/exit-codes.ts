/**
 * Exit codes of every `roadmap` command, one meaning each (README, «Коды завершения»): a script
 * that runs `check` and `consolidate` reads them alike.
 */
/** Done: nothing to fix (`check`), the regional workbook written (`consolidate`), or the usage asked for. */
export const EXIT_OK = 0;
/** `check`: some finding is an error to fix before sending. */
export const EXIT_FINDINGS = 1;
/** A file could not be read (`check`), no file could be read (`consolidate`), or none was found. */
export const EXIT_UNREADABLE = 2;
/** The command line is wrong: an unknown command or option, a bad value, no files. */
export const EXIT_BAD_USE = 3;
/**
 * Nothing written (`consolidate`, `convert`): the output is one of the inputs, or cannot be
 * written; found before anything is read, nothing changed. It shares 1 with `check`'s findings:
 * in both, the result is not ready to send.
 */
export const EXIT_NOT_WRITTEN = 1;
/** A fault of the program itself (its stack goes to stderr). */
export const EXIT_INTERNAL = 5;
