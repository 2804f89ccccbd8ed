/** Why a file could not be read, as a stable code and a message a user understands. */
export type FileErrorCode =
  | "empty-file"
  | "not-xlsx"
  | "legacy-xls"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "not-found"
  | "not-readable";

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
};

export class FileReadError extends Error {
  readonly code: FileErrorCode;
  constructor(code: FileErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code]);
    this.code = code;
    this.name = "FileReadError";
  }
}
