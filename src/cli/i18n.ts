/** Text of the CLI's readable output, one dictionary per language. */
const ru = {
  usage: `Использование:
  roadmap check ФАЙЛ… [--json] [--as-of ГГГГ-ММ-ДД] [--lang ru|en] [--verbose]
  roadmap consolidate ФАЙЛ|ПАПКА… -o свод.xlsx [--as-of ГГГГ-ММ-ДД] [--json] [--verbose]
  roadmap convert ФАЙЛ.docx -o ФАЙЛ.xlsx [--as-of ГГГГ-ММ-ДД] [--lang ru|en] [--verbose]`,
  checkAsOf: (d: string) => `Проверка дорожных карт на ${d}`,
  fileError: (m: string) => `  Не удалось прочитать: ${m}`,
  errorDetail: (d: string) => `  Подробности: ${d}`,
  noTables:
    "  Дорожных карт не найдено (нет таблицы с графами «Мероприятие», «Срок», «Ответственные»).",
  table: (sheet: string, from: number, to: number, hidden = false) =>
    `  Лист «${sheet}»${hidden ? " (скрытый)" : ""}, заголовок в строках ${from}–${to}`,
  documentTable: (n: string, from: number, to: number) =>
    `  Таблица ${n}, заголовок в строках ${from}–${to}`,
  title: (t: string) => `  «${t}»`,
  municipality: (m: string) => `  Муниципалитет: ${m}`,
  period: (a: string, b: string) => `  Период: ${a} – ${b}`,
  counts: (items: number, overdue: number, soon: number, incomplete: number, done: number) =>
    `  Мероприятий: ${items} · просрочено: ${overdue} · скоро срок: ${soon} · не заполнено: ${incomplete} · выполнено: ${done}`,
  columns: "  Графы:",
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
  badArgs: (m: string) => `Ошибка в параметрах: ${m}`,
  convertOneFile: "укажите один файл и -o с именем новой книги .xlsx",
  convertNotXlsx: (o: string) =>
    `${o}: проверенная копия — книга Excel, её имя оканчивается на .xlsx`,
  convertSameFile: (o: string) =>
    `${o}: это сам исходный файл — укажите в -o другое имя, исходный файл не перезаписывается`,
  convertWritten: (o: string, tables: number, findings: number) =>
    `Проверенная копия записана: ${o} (таблиц: ${tables}, замечаний: ${findings} — на листе «Замечания»)`,
  convertNotWritten: (o: string, why: string) => `Не удалось записать ${o}: ${why}`,
};

export type CliText = {
  [K in keyof typeof ru]: (typeof ru)[K] extends string ? string : (typeof ru)[K];
};

const en: CliText = {
  usage: `Usage:
  roadmap check FILE… [--json] [--as-of YYYY-MM-DD] [--lang ru|en] [--verbose]
  roadmap consolidate FILE|DIR… -o region.xlsx [--as-of YYYY-MM-DD] [--json] [--verbose]
  roadmap convert FILE.docx -o FILE.xlsx [--as-of YYYY-MM-DD] [--lang ru|en] [--verbose]`,
  checkAsOf: (d: string) => `Roadmap check as of ${d}`,
  fileError: (m: string) => `  Could not read: ${m}`,
  errorDetail: (d: string) => `  Detail: ${d}`,
  noTables: "  No roadmap found (no table with activity, deadline and responsible columns).",
  table: (sheet: string, from: number, to: number, hidden = false) =>
    `  Sheet "${sheet}"${hidden ? " (hidden)" : ""}, header in rows ${from}–${to}`,
  documentTable: (n: string, from: number, to: number) =>
    `  Table ${n}, header in rows ${from}–${to}`,
  title: (t: string) => `  "${t}"`,
  municipality: (m: string) => `  Municipality: ${m}`,
  period: (a: string, b: string) => `  Period: ${a} – ${b}`,
  counts: (items: number, overdue: number, soon: number, incomplete: number, done: number) =>
    `  Activities: ${items} · overdue: ${overdue} · due soon: ${soon} · incomplete: ${incomplete} · done: ${done}`,
  columns: "  Columns:",
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
  badArgs: (m: string) => `Bad arguments: ${m}`,
  convertOneFile: "give one file and -o with the new .xlsx workbook's name",
  convertNotXlsx: (o: string) =>
    `${o}: the checked copy is an Excel workbook, its name ends in .xlsx`,
  convertSameFile: (o: string) =>
    `${o}: this is the input itself — give -o another name; the input is never overwritten`,
  convertWritten: (o: string, tables: number, findings: number) =>
    `Checked copy written: ${o} (tables: ${tables}, findings: ${findings} — on the «Findings» sheet)`,
  convertNotWritten: (o: string, why: string) => `Could not write ${o}: ${why}`,
};

export const CLI_TEXT: Record<"ru" | "en", CliText> = { ru, en };
