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
/** The output file (`consolidate -o`) cannot be written: nothing was changed. */
export const EXIT_NOT_WRITTEN = 4;
/** A fault of the program itself (its stack goes to stderr). */
export const EXIT_INTERNAL = 5;
