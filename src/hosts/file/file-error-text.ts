/** The words for a file that could not be read, in Russian and English. */
import type { Lang } from "../../core/validate/types";
import type { FileErrorCode, FileErrorReason } from "./file-error";

interface Described {
  code: FileErrorCode;
  reason?: FileErrorReason;
  limit?: number;
}

function count(n: number | undefined, lang: Lang): string {
  return (n ?? 0).toLocaleString(lang === "ru" ? "ru-RU" : "en-US");
}

const ru = {
  "empty-file": "Файл пуст (0 байт).",
  "empty-archive": "Пустой файл: в архиве нет ни одного листа.",
  "not-xlsx": "Это не книга Excel (.xlsx): файл не удалось открыть как книгу.",
  "legacy-xls":
    "Файл в старом формате Excel 97–2003 (.xls). Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».",
  encrypted:
    "Книга защищена паролем. Снимите пароль (Файл → Сведения → Защита книги) и пришлите файл снова.",
  corrupt: "Файл повреждён или передан не полностью: книгу не удалось прочитать.",
  "too-large": "Книга слишком велика для проверки.",
  "zip-bomb": (mb: string) =>
    `Книга слишком велика для проверки: распакованное содержимое больше ${mb} МБ (возможно, это «zip-бомба»).`,
  rows: (n: string) =>
    `Книга слишком велика для проверки: на листе больше ${n} строк — это не похоже на дорожную карту. Разделите книгу или удалите лишние строки.`,
  cells: (n: string) => `Книга слишком велика для проверки: в ней больше ${n} заполненных ячеек.`,
  area: (n: string) =>
    `Книга слишком велика для проверки: заполненные ячейки листа разбросаны по области больше ${n} ячеек (например, значение далеко справа или внизу). Удалите лишние значения.`,
  "too-complex":
    "Файл слишком сложный: его не удалось прочитать за отведённое время и память. Остальные файлы проверены.",
  time: (s: string) =>
    `Файл слишком сложный: его не удалось прочитать за ${s} с. Остальные файлы проверены; сохраните книгу заново в Excel или LibreOffice и попробуйте ещё раз.`,
  memory: (mb: string) =>
    `Файл слишком сложный: для его чтения не хватило ${mb} МБ памяти. Остальные файлы проверены; сохраните книгу заново в Excel или LibreOffice и попробуйте ещё раз.`,
  ods: "Это таблица OpenDocument (.ods, LibreOffice, «МойОфис», Р7-Офис). Сохраните её как «Книга Excel (.xlsx)»: Файл → Сохранить как… → тип «Excel 2007–365 (.xlsx)».",
  xlsb: "Это двоичная книга Excel (.xlsb). Откройте её в Excel и сохраните как «Книга Excel (.xlsx)».",
  "not-found": "Файл не найден.",
  "not-readable": "Файл не удалось открыть: нет доступа к нему, или это папка, а не файл.",
};

type Text = { [K in keyof typeof ru]: (typeof ru)[K] extends string ? string : (typeof ru)[K] };

const en: Text = {
  "empty-file": "The file is empty (0 bytes).",
  "empty-archive": "Empty file: the archive holds no sheet.",
  "not-xlsx": "This is not an Excel workbook (.xlsx): the file could not be opened as a workbook.",
  "legacy-xls":
    "The file is in the old Excel 97–2003 format (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx).",
  encrypted:
    "The workbook is password-protected. Remove the password (File → Info → Protect Workbook) and send the file again.",
  corrupt: "The file is damaged or incomplete: the workbook could not be read.",
  "too-large": "The workbook is too large to check.",
  "zip-bomb": (mb: string) =>
    `The workbook is too large to check: its unpacked content is over ${mb} MB (possibly a "zip bomb").`,
  rows: (n: string) =>
    `The workbook is too large to check: a sheet has more than ${n} rows, which is not what a roadmap looks like. Split the workbook or delete the extra rows.`,
  cells: (n: string) => `The workbook is too large to check: it has more than ${n} filled cells.`,
  area: (n: string) =>
    `The workbook is too large to check: a sheet's filled cells spread over more than ${n} cells (a value far to the right or far down, say). Delete the stray values.`,
  "too-complex":
    "The file is too complex: it could not be read within the time and memory allowed. The other files were checked.",
  time: (s: string) =>
    `The file is too complex: it could not be read within ${s} s. The other files were checked; save the workbook again in Excel or LibreOffice and retry.`,
  memory: (mb: string) =>
    `The file is too complex: reading it needed more than ${mb} MB of memory. The other files were checked; save the workbook again in Excel or LibreOffice and retry.`,
  ods: 'This is an OpenDocument spreadsheet (.ods: LibreOffice, MyOffice, R7-Office). Save it as an Excel Workbook (.xlsx): File → Save As… → "Excel 2007–365 (.xlsx)".',
  xlsb: "This is a binary Excel workbook (.xlsb). Open it in Excel and save it as an Excel Workbook (.xlsx).",
  "not-found": "File not found.",
  "not-readable": "The file could not be opened: no access to it, or it is a folder.",
};

const TEXT: Record<Lang, Text> = { ru, en };

export function fileErrorMessage(err: Described, lang: Lang): string {
  const t = TEXT[lang];
  const n = count(err.limit, lang);
  switch (err.reason) {
    case "zip-bomb":
      return t["zip-bomb"](n);
    case "rows":
      return t.rows(n);
    case "cells":
      return t.cells(n);
    case "area":
      return t.area(n);
    case "empty-archive":
      return t["empty-archive"];
    case "time":
      return t.time(n);
    case "memory":
      return t.memory(n);
    case undefined:
      return t[err.code];
  }
}
