/** Every text of the task pane in Russian, the default language. en.ts has the same keys. */
import type { Field } from "../../core/fields";
import type { HighlightKind } from "../../core/plan";
import type { Severity } from "../../core/report";
import { pluralRu } from "../../core/validate/plural";
import type { FileErrorCode } from "../../hosts/file/file-error";

export const ru = {
  appTitle: "Проверка дорожной карты",
  tabs: { check: "Проверка", consolidate: "Свод" },
  loading: "Загрузка…",
  officeMissing:
    "Связи с Excel нет: office.js с сервера Microsoft не загрузился (возможно, сеть блокирует appsforoffice.microsoft.com), поэтому книгу можно проверить как файл .xlsx.",

  fileMode:
    "Книга Excel или документ Word проверяется здесь, в браузере, и никуда не отправляется. Файл из другой программы можно сохранить как .xlsx или .docx.",
  chooseFile: "Выбрать файл .xlsx или .docx",
  chooseFileLabel: "Книга Excel или документ Word для проверки (.xlsx, .docx)",
  fileChosen: (name: string) => `Файл: ${name}`,
  download: "Скачать проверенную копию",
  copyStatusColumn: "Добавить графу «Отметка об исполнении»",
  copyStatusColumnHint:
    "В копии справа от таблиц, где её нет, — со списком: выполнено, в работе, не выполнено, перенесено.",
  downloadName: (base: string) => `${base} — проверено.xlsx`,
  noFile: "Сначала выберите файл .xlsx или .docx.",
  documentCopyNote:
    "Проверенная копия документа Word — книга Excel: его таблицы на листах «Таблица N», с выделением и листом «Замечания».",

  asOf: "Дата проверки",
  asOfHint: "Просроченным считается срок раньше этой даты",
  check: "Проверить",
  checking: "Проверяю…",
  clear: "Снять выделение",
  cleared: (n: number): string => (n === 0 ? "Выделения не было." : "Выделение снято."),
  ribbonClearFailed: (reason: string) => `Выделение не снято. ${reason}`,
  noticeClose: "Закрыть",

  countersTitle: "Итоги",
  counters: {
    tables: "Таблиц",
    items: "Мероприятий",
    overdue: "Просрочено",
    incomplete: "Не заполнено",
    done: "Выполнено",
  },
  verdictReady: "Готово к отправке",
  verdictIssues: (n: number) => `Есть замечания: ${n}`,
  verdictHint: "Замечания — ошибки и предупреждения; сведения на готовность не влияют.",

  legendTitle: "Цвета на листе",
  legendTitleCopy: "Цвета в проверенной копии",
  legend: {
    overdue: "просрочено",
    incomplete: "не заполнено",
    "due-soon": "скоро срок",
    missing: "пустая обязательная ячейка",
  } satisfies Record<HighlightKind, string>,

  findingsTitle: "Замечания",
  filterSeverity: "Показывать",
  filterAll: "все",
  severity: { error: "Ошибки", warning: "Предупреждения", info: "Сведения" } satisfies Record<
    Severity,
    string
  >,
  search: "Найти в замечаниях",
  noFindings: "Замечаний нет.",
  noFindingsMatch: "Под фильтр не подходит ни одно замечание.",
  tableHeading: (sheet: string, first: number, last: number) =>
    `Лист «${sheet}», строки ${first}–${last}`,
  documentTableHeading: (table: string, first: number, last: number) =>
    `Таблица ${table}, строки ${first}–${last}`,
  documentPlace: (row: number | null, column: number | null) =>
    [row === null ? null : `Строка ${row}`, column === null ? null : `столбец ${column}`]
      .filter((x) => x !== null)
      .join(", "),
  wholeTable: "таблица в целом",
  findingCell: (cell: string) => `Ячейка ${cell}`,
  findingGo: (cell: string, message: string) => `Перейти к ячейке ${cell}: ${message}`,
  activity: "Мероприятие",

  columnsTitle: "Столбцы таблицы",
  columnsHint: "Если роль столбца распознана неверно, выберите верную: выбор запоминается в книге.",
  roleLabel: (column: string, header: string) =>
    `Роль столбца ${column} «${header || "без заголовка"}»`,
  fields: {
    number: "Номер",
    task: "Задача",
    activity: "Мероприятие",
    target: "Адресность",
    deadline: "Срок",
    responsible: "Ответственные",
    expectedResult: "Ожидаемый результат",
    indicator: "Показатели",
    evidence: "Форма предъявления",
    status: "Отметка об исполнении",
    other: "Прочее (без роли)",
  } satisfies Record<Field, string>,
  changedByYou: "изменено вами",
  resetRoles: "Сбросить роли столбцов",

  addStatus: "Добавить столбец «Отметка об исполнении»",
  addStatusHint:
    "Появится справа от таблицы со списком: выполнено, в работе, не выполнено, перенесено. Отменить — удалить столбец.",
  statusAdded: (column: string) => `Столбец ${column} «Отметка об исполнении» добавлен.`,
  statusAlertTitle: "Отметка об исполнении",
  statusAlertMessage:
    "Обычно выбирают значение из списка. Можно вписать и своё, например дату выполнения.",

  notices: {
    mergesUnsupported:
      "Эта версия Excel не сообщает об объединённых ячейках (нужен Excel 2021 или Microsoft 365): таблицы с объединёнными ячейками могут распознаться хуже.",
    highlightUnsupported:
      "Эта версия Excel не умеет выделять строки цветом (нужен Excel 2019 или новее): замечания только в списке.",
    statusUnsupported: "Столбец отметок со списком можно добавить в Excel 2019 или новее.",
    sheetSkipped: (sheet: string, rows: number, columns: number) =>
      `Лист «${sheet}» пропущен: он слишком большой (${rows} строк × ${columns} столбцов) для дорожной карты.`,
    hiddenSheets: (sheets: string[]) =>
      `${sheets.length === 1 ? "Скрытый лист не проверялся" : "Скрытые листы не проверялись"}: ${sheets.map((x) => `«${x}»`).join(", ")}. Покажите лист, если его тоже нужно проверить.`,
    readOnly:
      "Книга открыта только для чтения: строки не выделены цветом. Все замечания — в списке ниже.",
    sheetProtected: (sheet: string) =>
      `Лист «${sheet}» защищён: строки на нём не выделены цветом. Замечания по нему — в списке ниже.`,
    sheetGone: (sheet: string) =>
      `Лист «${sheet}» переименован или удалён во время проверки: строки на нём не выделены. Проверьте книгу ещё раз.`,
    paintDenied: (cleaned: boolean) =>
      `Excel не разрешил изменить книгу (она открыта для просмотра или защищена): строки не выделены цветом.${cleaned ? "" : " Часть выделения могла остаться — нажмите «Снять выделение»."} Все замечания — в списке ниже.`,
    paintFailed: (detail: string, cleaned: boolean) =>
      `Не удалось выделить строки цветом (Excel: ${detail}). ${cleaned ? "Начатое выделение убрано." : "Часть выделения могла остаться — нажмите «Снять выделение»."} Все замечания — в списке ниже.`,
    paintCellEdit:
      "Строки не выделены цветом: Excel редактирует ячейку. Завершите редактирование ячейки (Enter или Esc) и нажмите «Проверить» ещё раз. Все замечания — в списке ниже.",
    unreadableFormats: (sheet: string, count: number) =>
      `На листе «${sheet}» ${count} ${pluralRu(count, ["правило", "правила", "правил"])} условного форматирования Excel не даёт прочитать: ${count === 1 ? "оно оставлено" : "они оставлены"} как есть.`,
    clearProtected: (sheet: string) =>
      `Лист «${sheet}» защищён: выделение на нём не снято. Снимите защиту листа и нажмите «Снять выделение» ещё раз.`,
    mergesUnread: (sheet: string) =>
      `На листе «${sheet}» слишком много объединённых ячеек: Excel не передал их надстройке, и лист проверен так, будто ячейки не объединены. Таблица на нём могла распознаться хуже.`,
  },
  noRoadmap: "Дорожная карта не найдена",
  noRoadmapHint:
    "Проверка ищет таблицу с заголовком, где есть столбцы вроде «Мероприятие», «Срок», «Ответственные». Проверьте, что заголовок таблицы на месте.",

  errorTitle: "Не получилось",
  fileFailed: (name: string) => `Файл «${name}» не проверен`,
  staleResults: (day: string) =>
    `Результаты ниже — на ${day.split("-").reverse().join(".")}, а дата проверки изменена: проверяю заново. Копию можно будет скачать после проверки.`,
  errors: {
    apiNotSupported:
      "Эта версия Excel слишком старая для проверки: нужен Excel 2019 или новее, Excel в браузере или Microsoft 365. Можно открыть надстройку в браузере и проверить файл .xlsx.",
    sheetTooLarge: (sheet: string) =>
      `Лист «${sheet}» слишком большой: Excel не может передать его надстройке. Уберите лишние данные или скопируйте таблицу на отдельный лист.`,
    sheetNotFound: (sheet: string) =>
      `Лист «${sheet}» не найден: его переименовали или удалили. Проверьте книгу ещё раз.`,
    statusColumnOccupied: (sheet: string, column: string) =>
      `Справа от таблицы на листе «${sheet}» столбец ${column} занят. Освободите его или добавьте столбец отметок вручную.`,
    tableWithoutRows: "В таблице нет строк под заголовком.",
    badSettings: "Сохранённые в книге роли столбцов повреждены. Нажмите «Сбросить роли столбцов».",
    settingsNotSaved: (detail: string) => `Не удалось запомнить выбор в книге: ${detail}`,
    cellEditMode:
      "Excel сейчас редактирует ячейку: завершите редактирование ячейки (Enter или Esc) и повторите.",
    file: {
      "empty-file": "Файл пуст (0 байт).",
      "not-xlsx": "Это не книга Excel (.xlsx): файл не удалось открыть как книгу.",
      "legacy-xls":
        "Файл в старом формате Excel 97–2003 (.xls). Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».",
      encrypted: "Книга защищена паролем. Снимите пароль и выберите файл снова.",
      corrupt: "Файл повреждён или передан не полностью: книгу не удалось прочитать.",
      "too-large": "Книга слишком велика для проверки.",
      "too-complex":
        "Файл слишком сложный: его не удалось прочитать за отведённое время. Сохраните файл заново (в Excel, Word или LibreOffice) и выберите его снова.",
      ods: "Это таблица OpenDocument (.ods). Сохраните её как «Книга Excel (.xlsx)» и выберите файл снова.",
      xlsb: "Это двоичная книга Excel (.xlsb). Сохраните её как «Книга Excel (.xlsx)» и выберите файл снова.",
      "not-found": "Файл не найден.",
      "not-readable": "Файл не удалось открыть: нет доступа к нему, или это папка, а не файл.",
      "legacy-doc":
        "Файл в старом формате Word 97–2003 (.doc). Откройте его в Word и сохраните как «Документ Word (.docx)».",
      "encrypted-docx": "Документ защищён паролем. Снимите пароль и выберите файл снова.",
      "not-docx": "Это не документ Word (.docx): файл не удалось открыть как документ.",
      "corrupt-docx": "Документ повреждён или передан не полностью: его не удалось прочитать.",
      "too-large-docx": "Документ слишком велик для проверки.",
      odt: "Это текстовый документ OpenDocument (.odt). Сохраните его как «Документ Word (.docx)» и выберите файл снова.",
      "no-table":
        "В документе нет ни одной таблицы. Дорожная карта должна быть таблицей Word (Вставка → Таблица), а не текстом с отступами.",
    } satisfies Record<FileErrorCode, string>,
    unexpected: (detail: string) => `Непредвиденная ошибка: ${detail}`,
  },
};

export type Messages = typeof ru;
