/** Why the regional workbook could not be written, as a stable code and a plain message. */
export type RegionalWriteCode = "unsafe-rebuild" | "not-a-workbook" | "not-writable";

const MESSAGES: Record<RegionalWriteCode, (detail: string) => string> = {
  "unsafe-rebuild": (why) =>
    `Перестроить свод в этой книге нельзя: ${why}. ` +
    "Сохраните свод в новый файл или постройте его в Excel через надстройку (вкладка «Свод»).",
  "not-a-workbook": (why) => `Файл для свода не является книгой Excel (.xlsx): ${why}`,
  "not-writable": (path) =>
    `Не удалось записать ${path}: файл открыт в другой программе (например, в Excel) ` +
    "или папка недоступна для записи. Закройте файл и повторите.",
};

export class RegionalWriteError extends Error {
  readonly code: RegionalWriteCode;
  constructor(code: RegionalWriteCode, detail: string) {
    super(MESSAGES[code](detail));
    this.code = code;
    this.name = "RegionalWriteError";
  }
}
