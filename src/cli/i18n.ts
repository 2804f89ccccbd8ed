/** Text of the CLI's readable output, one dictionary per language. */
import type { Field } from "../core/fields";

const ru = {
  usage: `Использование:
  roadmap check ФАЙЛ|ПАПКА… [--as-of ДД.ММ.ГГГГ] [--json] [--lang ru|en]
      [--due-soon-days ДНЕЙ] [--verbose]`,
  convertUsage: `Использование:
  roadmap convert ФАЙЛ.docx|ФАЙЛ.xlsx -o КОПИЯ.xlsx [--as-of ДД.ММ.ГГГГ] [--status-column] [--lang ru|en] [--verbose]`,
  checkAsOf: (d: string) => `Проверка дорожных карт на ${d}`,
  fileError: (m: string) => `  Не удалось прочитать: ${m}`,
  errorDetail: (d: string) => `  Подробности: ${d}`,
  noTables:
    "  Дорожных карт не найдено (нет таблицы с графами «Мероприятие», «Срок», «Ответственные»).",
  table: (sheet: string, from: number, to: number, hidden = false) =>
    `  Лист «${sheet}»${hidden ? " (скрытый)" : ""}, заголовок ${ruRows(from, to)}`,
  documentTable: (n: string, from: number, to: number) =>
    `  Таблица ${n}, заголовок ${ruRows(from, to)}`,
  title: (t: string) => `  Название: ${t}`,
  municipality: (m: string) => `  Муниципалитет: ${m}`,
  period: (a: string, b: string) => `  Период: ${a} – ${b}`,
  counts: (items: number, overdue: number, soon: number, incomplete: number, done: number) =>
    `  Мероприятий: ${items} · просрочено: ${overdue} · скоро срок: ${soon} · не заполнено: ${incomplete} · выполнено: ${done}`,
  columns: "  Графы:",
  fields: {
    number: "номер",
    task: "задача",
    activity: "мероприятие",
    target: "адресность",
    deadline: "срок",
    responsible: "ответственные",
    expectedResult: "ожидаемый результат",
    indicator: "показатели",
    evidence: "форма предъявления",
    status: "отметка об исполнении",
    other: "прочее",
  } satisfies Record<Field, string>,
  findings: (n: number) => `  Замечания (${n}), сначала важные:`,
  noFindings: "  Замечаний нет.",
  row: (r: number) => `строка ${r}`,
  tableLevel: "таблица",
  documentRow: (n: string, r: number) => `таблица ${n}, строка ${r}`,
  documentTableLevel: (n: string) => `таблица ${n}`,
  documentColumn: (c: number) => `столбец ${c}`,
  more: (n: number) => `  … и ещё ${n} (полный список: --json)`,
  total: (t: number, items: number, overdue: number, incomplete: number, done: number) =>
    `Итого: таблиц ${t}, мероприятий ${items}, просрочено ${overdue}, не заполнено ${incomplete}, выполнено ${done}`,
  verdictOk: "Готово к отправке.",
  verdictBad: (n: number) => `Есть замечания, требующие исправления: ${n}.`,
  /** Some files unreadable: the verdict covers only those read. */
  verdictOkOfRead: (read: number, all: number) =>
    `Прочитанные файлы (${read} из ${all}) готовы к отправке; остальные проверить не удалось.`,
  verdictBadOfRead: (n: number, read: number, all: number) =>
    `Есть замечания, требующие исправления: ${n} (в прочитанных файлах: ${read} из ${all}; остальные проверить не удалось).`,
  nothingRead: (all: number) =>
    `Ни один файл не удалось прочитать (${all}): проверять нечего, вывода о готовности нет.`,
  noRoadmaps: "Дорожных карт в прочитанных файлах не найдено: проверять нечего.",
  noFiles: (p: string) =>
    `Не найдено ни одной таблицы или документа Word (.xlsx, .xls, .ods, .docx …) в: ${p}`,
  badArgs: (m: string) => `Ошибка в параметрах: ${m}`,
  convertOneFile: "укажите один файл и -o с именем новой книги .xlsx",
  convertNotXlsx: (o: string) =>
    `${o}: проверенная копия — книга Excel, её имя оканчивается на .xlsx`,
  convertSameFile: (o: string) =>
    `${o}: это сам исходный файл — укажите в -o другое имя, исходный файл не перезаписывается`,
  convertWritten: (o: string, tables: number, findings: number) =>
    `Проверенная копия записана: ${o} (таблиц: ${tables}, замечаний: ${findings} — на листе «Замечания»)`,
  convertNotWritten: (o: string, why: string) => `Не удалось записать ${o}: ${why}`,
  statusColumnOccupied: (sheet: string, column: string) =>
    `Копия не записана: справа от таблицы на листе «${sheet}» столбец ${column} занят, графу «Отметка об исполнении» некуда добавить. Освободите столбец или запустите без --status-column.`,
  /** The note of the status column's drop-down when other text is typed (it is accepted). */
  statusAlert: {
    title: "Отметка об исполнении",
    message: "Обычно выбирают значение из списка. Можно вписать и своё, например дату выполнения.",
  },
};

/** «в строке 4», «в строках 10–12». */
function ruRows(from: number, to: number): string {
  return from === to ? `в строке ${from}` : `в строках ${from}–${to}`;
}

export type CliText = {
  [K in keyof typeof ru]: (typeof ru)[K] extends string ? string : (typeof ru)[K];
};

const en: CliText = {
  usage: `Usage:
  roadmap check FILE|DIR… [--as-of DD.MM.YYYY] [--json] [--lang ru|en]
      [--due-soon-days DAYS] [--verbose]`,
  convertUsage: `Usage:
  roadmap convert FILE.docx|FILE.xlsx -o COPY.xlsx [--as-of DD.MM.YYYY] [--status-column] [--lang ru|en] [--verbose]`,
  checkAsOf: (d: string) => `Roadmap check as of ${d}`,
  fileError: (m: string) => `  Could not read: ${m}`,
  errorDetail: (d: string) => `  Detail: ${d}`,
  noTables: "  No roadmap found (no table with activity, deadline and responsible columns).",
  table: (sheet: string, from: number, to: number, hidden = false) =>
    `  Sheet "${sheet}"${hidden ? " (hidden)" : ""}, header in ${enRows(from, to)}`,
  documentTable: (n: string, from: number, to: number) =>
    `  Table ${n}, header in ${enRows(from, to)}`,
  title: (t: string) => `  Title: ${t}`,
  municipality: (m: string) => `  Municipality: ${m}`,
  period: (a: string, b: string) => `  Period: ${a} – ${b}`,
  counts: (items: number, overdue: number, soon: number, incomplete: number, done: number) =>
    `  Activities: ${items} · overdue: ${overdue} · due soon: ${soon} · incomplete: ${incomplete} · done: ${done}`,
  columns: "  Columns:",
  fields: {
    number: "number",
    task: "task",
    activity: "activity",
    target: "target",
    deadline: "deadline",
    responsible: "responsible",
    expectedResult: "expected result",
    indicator: "indicators",
    evidence: "evidence",
    status: "completion mark",
    other: "other",
  },
  findings: (n: number) => `  Findings (${n}), worst first:`,
  noFindings: "  No findings.",
  row: (r: number) => `row ${r}`,
  tableLevel: "table",
  documentRow: (n: string, r: number) => `table ${n}, row ${r}`,
  documentTableLevel: (n: string) => `table ${n}`,
  documentColumn: (c: number) => `column ${c}`,
  more: (n: number) => `  … and ${n} more (full list: --json)`,
  total: (t: number, items: number, overdue: number, incomplete: number, done: number) =>
    `Total: tables ${t}, activities ${items}, overdue ${overdue}, incomplete ${incomplete}, done ${done}`,
  verdictOk: "Ready to send.",
  verdictBad: (n: number) => `Findings to fix: ${n}.`,
  verdictOkOfRead: (read: number, all: number) =>
    `The files read (${read} of ${all}) are ready to send; the others could not be checked.`,
  verdictBadOfRead: (n: number, read: number, all: number) =>
    `Findings to fix: ${n} (in the files read: ${read} of ${all}; the others could not be checked).`,
  nothingRead: (all: number) =>
    `No file could be read (${all}): nothing was checked, so there is no verdict.`,
  noRoadmaps: "No roadmap found in the files read: nothing to check.",
  noFiles: (p: string) =>
    `No spreadsheet or Word document (.xlsx, .xls, .ods, .docx …) found in: ${p}`,
  badArgs: (m: string) => `Bad arguments: ${m}`,
  convertOneFile: "give one file and -o with the new .xlsx workbook's name",
  convertNotXlsx: (o: string) =>
    `${o}: the checked copy is an Excel workbook, its name ends in .xlsx`,
  convertSameFile: (o: string) =>
    `${o}: this is the input itself — give -o another name; the input is never overwritten`,
  convertWritten: (o: string, tables: number, findings: number) =>
    `Checked copy written: ${o} (tables: ${tables}, findings: ${findings} — on the «Findings» sheet)`,
  convertNotWritten: (o: string, why: string) => `Could not write ${o}: ${why}`,
  statusColumnOccupied: (sheet: string, column: string) =>
    `The copy was not written: column ${column} right of the table on sheet «${sheet}» is not empty, so there is no room for «Отметка об исполнении». Free the column or run without --status-column.`,
  statusAlert: {
    title: "Completion mark",
    message:
      "Usually a value from the list. Your own text is accepted too, e.g. the date it was done.",
  },
};

function enRows(from: number, to: number): string {
  return from === to ? `row ${from}` : `rows ${from}–${to}`;
}

export const CLI_TEXT: Record<"ru" | "en", CliText> = { ru, en };

/** What is said about the command line itself: help, wrong options and values. */
const ruArgs = {
  intro: "roadmap — проверка и свод дорожных карт (книги Excel .xlsx и документы Word .docx).",
  commands: `Команды:
  check        проверить дорожные карты перед отправкой: сроки, ответственные, результаты
  consolidate  собрать муниципальные дорожные карты в региональную книгу
  convert      записать проверенную копию документа Word (или книги) как книгу Excel`,
  options: `Параметры:
  --as-of ДАТА          дата проверки: 15.01.2022 или 2022-01-15 (по умолчанию сегодня)
  --json                результат в формате JSON (для программ)
  --lang ru|en          язык вывода (по умолчанию ru)
  --verbose             технические подробности о файлах, которые не удалось прочитать
  --due-soon-days ДНЕЙ  check: за сколько дней до срока предупреждать (по умолчанию 14)
  -o, --output ФАЙЛ     consolidate, convert: куда записать свод или копию (.xlsx)
  --status-column       convert: добавить в копию графу «Отметка об исполнении» со списком
                        (выполнено, в работе, не выполнено, перенесено) справа от каждой
                        таблицы, где её нет
  -h, --help            эта справка
Папка означает все таблицы и документы Word в ней.`,
  exitCodes: `Коды завершения: 0 — готово (замечаний-ошибок нет, свод или копия записаны); 1 — не
  готово к отправке: есть замечания, требующие исправления (check), или ничего не записано —
  файл результата совпадает с одним из исходных или недоступен для записи (consolidate,
  convert); 2 — файл не удалось прочитать (check, convert), ни один файл не прочитан или файлов
  нет (consolidate); 3 — ошибка в параметрах; 5 — внутренняя ошибка программы.`,
  unknownCommand: (c: string) =>
    `неизвестная команда «${c}»: ожидается check, consolidate или convert`,
  unknownOption: (o: string) => `неизвестный параметр ${o}`,
  missingValue: (o: string) => `после ${o} нужно указать значение`,
  takesNoValue: (o: string) => `${o} указывается без значения`,
  unexpected: (a: string) => `лишний аргумент «${a}»`,
  badLang: (v: string) => `--lang ${v}: ожидается ru или en`,
  badAsOf: (v: string) =>
    `--as-of ${v}: ожидается дата ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, например 15.01.2022`,
  badDueSoon: (v: string) => `--due-soon-days ${v}: ожидается целое число дней от 0 до 365`,
  noInputs: "не указаны файлы или папки с дорожными картами",
  internal: (stack: string) => `Внутренняя ошибка программы (сообщите разработчикам): ${stack}`,
};

export type ArgsText = {
  [K in keyof typeof ruArgs]: (typeof ruArgs)[K] extends string ? string : (typeof ruArgs)[K];
};

const enArgs: ArgsText = {
  intro:
    "roadmap — checks and consolidates roadmaps (Excel .xlsx workbooks, Word .docx documents).",
  commands: `Commands:
  check        check roadmaps before sending them: deadlines, responsible, results
  consolidate  merge municipal roadmaps into the regional workbook
  convert      write the checked copy of a Word document (or a workbook) as an Excel workbook`,
  options: `Options:
  --as-of DATE          the day of the check: 15.01.2022 or 2022-01-15 (default: today)
  --json                the result as JSON (for programs)
  --lang ru|en          language of the output (default: ru)
  --verbose             technical detail of the files that could not be read
  --due-soon-days DAYS  check: how many days before a deadline to warn (default: 14)
  -o, --output FILE     consolidate, convert: where to write the workbook (.xlsx)
  --status-column       convert: add «Отметка об исполнении» with a drop-down (выполнено,
                        в работе, не выполнено, перенесено) right of every table without one
  -h, --help            this help
A folder means every spreadsheet and Word document in it.`,
  exitCodes: `Exit codes: 0 done (no error findings, the workbook written); 1 not ready: findings
  to fix (check), or nothing written — the output is one of the inputs or cannot be written
  (consolidate, convert); 2 a file could not be read (check, convert), no file read or none
  found (consolidate); 3 bad arguments; 5 internal error.`,
  unknownCommand: (c: string) => `unknown command "${c}": expected check, consolidate or convert`,
  unknownOption: (o: string) => `unknown option ${o}`,
  missingValue: (o: string) => `${o} needs a value`,
  takesNoValue: (o: string) => `${o} takes no value`,
  unexpected: (a: string) => `unexpected argument "${a}"`,
  badLang: (v: string) => `--lang ${v}: expected ru or en`,
  badAsOf: (v: string) => `--as-of ${v}: expected a date DD.MM.YYYY or YYYY-MM-DD, e.g. 15.01.2022`,
  badDueSoon: (v: string) => `--due-soon-days ${v}: expected a whole number of days, 0 to 365`,
  noInputs: "no roadmap files or folders given",
  internal: (stack: string) => `Internal error of the program (please report it): ${stack}`,
};

export const ARGS_TEXT: Record<"ru" | "en", ArgsText> = { ru: ruArgs, en: enArgs };
