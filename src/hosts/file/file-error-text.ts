/**
 * The words for a file that could not be read, in Russian and English: a workbook's troubles
 * and a Word document's, each in its own terms («Книга …», «Документ …»).
 */
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
  "empty-document": "Пустой файл: в архиве нет документа.",
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
    `Файл слишком сложный: его не удалось прочитать за ${s} с. Остальные файлы проверены; сохраните файл заново (в Excel, Word или LibreOffice) и попробуйте ещё раз.`,
  memory: (mb: string) =>
    `Файл слишком сложный: для его чтения не хватило ${mb} МБ памяти. Остальные файлы проверены; сохраните файл заново (в Excel, Word или LibreOffice) и попробуйте ещё раз.`,
  ods: "Это таблица OpenDocument (.ods, LibreOffice, «МойОфис», Р7-Офис). Сохраните её как «Книга Excel (.xlsx)»: Файл → Сохранить как… → тип «Excel 2007–365 (.xlsx)».",
  xlsb: "Это двоичная книга Excel (.xlsb). Откройте её в Excel и сохраните как «Книга Excel (.xlsx)».",
  "not-found": "Файл не найден.",
  "not-readable": "Файл не удалось открыть: нет доступа к нему, или это папка, а не файл.",
  "legacy-doc":
    "Файл в старом формате Word 97–2003 (.doc). Откройте его в Word и сохраните как «Документ Word (.docx)».",
  "encrypted-docx":
    "Документ защищён паролем. Снимите пароль (Файл → Сведения → Защита документа) и пришлите файл снова.",
  "not-docx": "Это не документ Word (.docx): файл не удалось открыть как документ.",
  "corrupt-docx": "Документ повреждён или передан не полностью: его не удалось прочитать.",
  "too-large-docx": "Документ слишком велик для проверки.",
  "doc-zip-bomb": (mb: string) =>
    `Документ слишком велик для проверки: распакованное содержимое больше ${mb} МБ (возможно, это «zip-бомба»).`,
  "doc-rows": (n: string) =>
    `Документ слишком велик для проверки: в таблице больше ${n} строк — это не похоже на дорожную карту. Разделите документ или удалите лишние строки.`,
  "doc-cells": (n: string) =>
    `Документ слишком велик для проверки: в его таблицах больше ${n} ячеек.`,
  odt: "Это текстовый документ OpenDocument (.odt, LibreOffice, «МойОфис», Р7-Офис). Сохраните его как «Документ Word (.docx)»: Файл → Сохранить как… → тип «Word 2007–365 (.docx)».",
  "no-table":
    "В документе нет ни одной таблицы. Дорожная карта должна быть таблицей Word (Вставка → Таблица), а не текстом с отступами.",
};

type Text = { [K in keyof typeof ru]: (typeof ru)[K] extends string ? string : (typeof ru)[K] };

const en: Text = {
  "empty-file": "The file is empty (0 bytes).",
  "empty-archive": "Empty file: the archive holds no sheet.",
  "empty-document": "Empty file: the archive holds no document.",
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
    `The file is too complex: it could not be read within ${s} s. The other files were checked; save the file again (in Excel, Word or LibreOffice) and retry.`,
  memory: (mb: string) =>
    `The file is too complex: reading it needed more than ${mb} MB of memory. The other files were checked; save the file again (in Excel, Word or LibreOffice) and retry.`,
  ods: 'This is an OpenDocument spreadsheet (.ods: LibreOffice, MyOffice, R7-Office). Save it as an Excel Workbook (.xlsx): File → Save As… → "Excel 2007–365 (.xlsx)".',
  xlsb: "This is a binary Excel workbook (.xlsb). Open it in Excel and save it as an Excel Workbook (.xlsx).",
  "not-found": "File not found.",
  "not-readable": "The file could not be opened: no access to it, or it is a folder.",
  "legacy-doc":
    "The file is in the old Word 97–2003 format (.doc). Open it in Word and save it as a Word Document (.docx).",
  "encrypted-docx":
    "The document is password-protected. Remove the password (File → Info → Protect Document) and send the file again.",
  "not-docx": "This is not a Word document (.docx): the file could not be opened as a document.",
  "corrupt-docx": "The document is damaged or incomplete: it could not be read.",
  "too-large-docx": "The document is too large to check.",
  "doc-zip-bomb": (mb: string) =>
    `The document is too large to check: its unpacked content is over ${mb} MB (possibly a "zip bomb").`,
  "doc-rows": (n: string) =>
    `The document is too large to check: a table has more than ${n} rows, which is not what a roadmap looks like. Split the document or delete the extra rows.`,
  "doc-cells": (n: string) =>
    `The document is too large to check: its tables hold more than ${n} cells.`,
  odt: 'This is an OpenDocument text document (.odt: LibreOffice, MyOffice, R7-Office). Save it as a Word Document (.docx): File → Save As… → "Word 2007–365 (.docx)".',
  "no-table":
    "The document holds no table. A roadmap must be a Word table (Insert → Table), not text laid out with tabs.",
};

const TEXT: Record<Lang, Text> = { ru, en };

export function fileErrorMessage(err: Described, lang: Lang): string {
  const t = TEXT[lang];
  const n = count(err.limit, lang);
  const document = err.code === "too-large-docx";
  switch (err.reason) {
    case "zip-bomb":
      return document ? t["doc-zip-bomb"](n) : t["zip-bomb"](n);
    case "rows":
      return document ? t["doc-rows"](n) : t.rows(n);
    case "cells":
      return document ? t["doc-cells"](n) : t.cells(n);
    case "area":
      return t.area(n);
    case "empty-archive":
      return t["empty-archive"];
    case "empty-document":
      return t["empty-document"];
    case "time":
      return t.time(n);
    case "memory":
      return t.memory(n);
    case undefined:
      return t[err.code];
  }
}
