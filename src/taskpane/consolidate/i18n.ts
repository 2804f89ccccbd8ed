/** Words of the "Свод" view, one dictionary per language (kept apart from the shared ones). */
import type { Lang } from "../../core/validate/types";

const ru = {
  intro:
    "Выберите дорожные карты, присланные муниципалитетами (книги Excel .xlsx или документы Word .docx). Для каждого файла будут найдены таблицы и муниципалитет; название муниципалитета можно исправить.",
  chooseFiles: "Выбрать файлы…",
  asOf: "Дата, на которую проверять сроки",
  reading: (done: number, total: number) => `Прочитано файлов: ${done} из ${total}`,
  fileColumn: "Файл",
  municipalityColumn: "Муниципалитет",
  tablesColumn: "Таблиц / мероприятий",
  statusColumn: "Состояние",
  fileList: "Выбранные файлы",
  fileCounts: (tables: number, activities: number) =>
    `Таблиц: ${tables} · мероприятий: ${activities}`,
  more: "подробнее",
  municipalityLabel: (file: string) => `Муниципалитет файла ${file}`,
  waiting: "в очереди",
  readingFile: "читается…",
  ok: "прочитан",
  noRoadmap: "дорожная карта не найдена",
  duplicate: "ещё один файл этого муниципалитета",
  ownSkipped: "свод, составленный программой: пропущен",
  alsoMunicipalities: (names: string[]) => `и таблицы: ${names.join(", ")}`,
  choosePrevious: "Свод прошлого месяца…",
  previousChosen: (name: string) => `Сравнение со сводом прошлого месяца: ${name}`,
  previousNotOurs: (name: string) =>
    `В файле ${name} нет листа «Свод», составленного программой: сравнивать не с чем.`,
  previousUnreadable: (name: string, m: string) => `Файл ${name} не прочитан: ${m}`,
  previousClear: "Не сравнивать",
  skipped: (files: string[]) => `Не включены в свод (не муниципалитеты): ${files.join(", ")}.`,
  changes: (counts: string) => `Изменения с прошлого месяца: ${counts}.`,
  noChanges: "Изменений с прошлого месяца нет.",
  build: "Построить свод",
  building: "Строится свод…",
  clear: "Очистить список",
  builtExcel: "Листы «Свод», «Сводка» и «Замечания» построены в этой книге.",
  builtFile: (name: string) => `Свод сохранён в файл ${name}.`,
  downloadAgain: "Скачать ещё раз",
  totals: (m: number, a: number, o: number, d: number) =>
    `Муниципалитетов: ${m} · мероприятий: ${a} · просрочено: ${o} · выполнено: ${d}`,
  chartTitle: "Просрочено и выполнено по муниципалитетам",
  overdue: "Просрочено",
  done: "Выполнено",
  nothingReadable: "Ни один файл не прочитан: свод строить не из чего.",
  failed: (m: string) => `Свод не построен: ${m}`,
  fileName: (asOf: string) => `Свод дорожных карт ${asOf}.xlsx`,
  foreignSheets: (sheets: string[]) =>
    `В книге уже есть ${sheets.length === 1 ? "лист" : "листы"} ${sheets.map((s) => `«${s}»`).join(", ")}, ${sheets.length === 1 ? "сделанный" : "сделанные"} не этой программой. Заменить ${sheets.length === 1 ? "его" : "их"} сводом? Прежнее содержимое пропадёт.`,
  replace: "Заменить",
  cancel: "Отмена",
  workbookProtected:
    "структура книги защищена, листы добавить нельзя. Снимите защиту книги (Рецензирование → Защитить книгу) и повторите.",
  tooManyRows: (rows: number) =>
    `в своде ${rows.toLocaleString("ru-RU")} мероприятий — больше, чем помещается на лист Excel (1 048 576 строк). Постройте свод в файл (надстройка в обычном браузере или команда roadmap consolidate): там «Свод» продолжится на листе «Свод (2)».`,
};

export type ConsolidateText = {
  [K in keyof typeof ru]: (typeof ru)[K] extends string ? string : (typeof ru)[K];
};

const en: ConsolidateText = {
  intro:
    "Choose the roadmaps the municipalities sent (Excel .xlsx workbooks or Word .docx documents). Each file's tables and municipality are found; the municipality can be corrected.",
  chooseFiles: "Choose files…",
  asOf: "Check deadlines as of",
  reading: (done: number, total: number) => `Files read: ${done} of ${total}`,
  fileColumn: "File",
  municipalityColumn: "Municipality",
  tablesColumn: "Tables / activities",
  statusColumn: "Status",
  fileList: "Files chosen",
  fileCounts: (tables: number, activities: number) =>
    `Tables: ${tables} · activities: ${activities}`,
  more: "more",
  municipalityLabel: (file: string) => `Municipality of ${file}`,
  waiting: "waiting",
  readingFile: "reading…",
  ok: "read",
  noRoadmap: "no roadmap found",
  duplicate: "another file from this municipality",
  ownSkipped: "a regional workbook made by the program: skipped",
  alsoMunicipalities: (names: string[]) => `also tables of: ${names.join(", ")}`,
  choosePrevious: "Last month's regional workbook…",
  previousChosen: (name: string) => `Compared with last month's: ${name}`,
  previousNotOurs: (name: string) =>
    `${name} has no «Свод» sheet made by the program: nothing to compare with.`,
  previousUnreadable: (name: string, m: string) => `${name} could not be read: ${m}`,
  previousClear: "Do not compare",
  skipped: (files: string[]) => `Not in the consolidation (no municipality): ${files.join(", ")}.`,
  changes: (counts: string) => `Changes since last month: ${counts}.`,
  noChanges: "No changes since last month.",
  build: "Build the regional sheets",
  building: "Building…",
  clear: "Clear the list",
  builtExcel: 'The sheets "Свод", "Сводка" and "Замечания" are built in this workbook.',
  builtFile: (name: string) => `Saved as ${name}.`,
  downloadAgain: "Download again",
  totals: (m: number, a: number, o: number, d: number) =>
    `Municipalities: ${m} · activities: ${a} · overdue: ${o} · done: ${d}`,
  chartTitle: "Overdue and done per municipality",
  overdue: "Overdue",
  done: "Done",
  nothingReadable: "No file could be read: there is nothing to consolidate.",
  failed: (m: string) => `The regional sheets were not built: ${m}`,
  fileName: (asOf: string) => `Regional roadmaps ${asOf}.xlsx`,
  foreignSheets: (sheets: string[]) =>
    `The workbook already has ${sheets.length === 1 ? "a sheet" : "sheets"} ${sheets.map((s) => `"${s}"`).join(", ")} not made by this program. Replace ${sheets.length === 1 ? "it" : "them"} with the regional sheets? What ${sheets.length === 1 ? "it holds" : "they hold"} will be lost.`,
  replace: "Replace",
  cancel: "Cancel",
  workbookProtected:
    "the workbook's structure is protected, so sheets cannot be added. Unprotect the workbook (Review → Protect Workbook) and try again.",
  tooManyRows: (rows: number) =>
    `the region has ${rows.toLocaleString("en-US")} activities, more than an Excel sheet holds (1,048,576 rows). Build it into a file instead (the add-in in a plain browser, or roadmap consolidate): «Свод» continues there on «Свод (2)».`,
};

export const CONSOLIDATE_TEXT: Record<Lang, ConsolidateText> = { ru, en };
