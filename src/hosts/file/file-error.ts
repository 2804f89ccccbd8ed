/** Why a file could not be read, as a stable code and a message a user understands. */
export type FileErrorCode =
  | "empty-file"
  | "not-xlsx"
  | "legacy-xls"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "not-found"
  | "not-readable"
  // A Word document (.docx) and its own troubles.
  | "legacy-doc"
  | "encrypted-docx"
  | "not-docx"
  | "corrupt-docx"
  | "too-large-docx"
  | "no-table";

const MESSAGES: Record<FileErrorCode, string> = {
  "empty-file": "Файл пуст (0 байт).",
  "not-xlsx": "Это не книга Excel (.xlsx): файл не удалось открыть как книгу.",
  "legacy-xls":
    "Файл в старом формате Excel 97–2003 (.xls). Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».",
  encrypted:
    "Книга защищена паролем. Снимите пароль (Файл → Сведения → Защита книги) и пришлите файл снова.",
  corrupt: "Файл повреждён или передан не полностью: книгу не удалось прочитать.",
  "too-large": "Книга слишком велика для проверки.",
  "not-found": "Файл не найден.",
  "not-readable": "Файл не удалось открыть: нет доступа к нему, или это папка, а не файл.",
  "legacy-doc":
    "Файл в старом формате Word 97–2003 (.doc). Откройте его в Word и сохраните как «Документ Word (.docx)».",
  "encrypted-docx":
    "Документ защищён паролем. Снимите пароль (Файл → Сведения → Защита документа) и пришлите файл снова.",
  "not-docx": "Это не документ Word (.docx): файл не удалось открыть как документ.",
  "corrupt-docx": "Документ повреждён или передан не полностью: его не удалось прочитать.",
  "too-large-docx": "Документ слишком велик для проверки.",
  "no-table":
    "В документе нет ни одной таблицы. Дорожная карта должна быть таблицей Word (Вставка → Таблица), а не текстом с отступами.",
};

export class FileReadError extends Error {
  readonly code: FileErrorCode;
  /** What the message adds to the code's own sentence (a reason in brackets, a limit). */
  readonly detail: string | undefined;
  constructor(code: FileErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code]);
    this.code = code;
    this.detail = detail;
    this.name = "FileReadError";
  }
}
