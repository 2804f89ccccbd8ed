/**
 * Why a file could not be read: a stable code, the specifics a message needs (which limit, how
 * the archive is broken) and a technical detail for `--verbose` and the JSON's `error.detail`.
 * The message itself is plain words in the user's language (file-error-text.ts); parser
 * internals never go into it.
 */
import { fileErrorMessage } from "./file-error-text";
import type { Lang } from "../../core/validate/types";

export type FileErrorCode =
  | "empty-file"
  | "not-xlsx"
  | "legacy-xls"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "too-complex"
  | "ods"
  | "xlsb"
  | "not-found"
  | "not-readable"
  // A Word document (.docx) and its own troubles.
  | "legacy-doc"
  | "encrypted-docx"
  | "not-docx"
  | "corrupt-docx"
  | "too-large-docx"
  | "odt"
  | "no-table";

/** What exactly is too large, or how a file is empty: each says it in its own words. */
export type FileErrorReason =
  "zip-bomb" | "rows" | "cells" | "area" | "empty-archive" | "empty-document" | "time" | "memory";

export interface FileErrorInfo {
  reason?: FileErrorReason;
  /** The limit passed (rows, cells, megabytes or seconds, by reason). */
  limit?: number;
  /** Technical detail: the part, the parser's words. Never shown without being asked for. */
  detail?: string;
}

export class FileReadError extends Error {
  readonly code: FileErrorCode;
  readonly reason: FileErrorReason | undefined;
  readonly limit: number | undefined;
  readonly detail: string | undefined;

  constructor(code: FileErrorCode, info: FileErrorInfo = {}) {
    super(fileErrorMessage({ code, ...info }, "ru"));
    this.code = code;
    this.reason = info.reason;
    this.limit = info.limit;
    this.detail = info.detail;
    this.name = "FileReadError";
  }

  /** The message in a language; the Error's own message is Russian. */
  messageIn(lang: Lang): string {
    return fileErrorMessage(this, lang);
  }
}

/** A workbook's code → the same trouble in a Word document's words. */
const IN_A_DOCUMENT: Partial<Record<FileErrorCode, FileErrorCode>> = {
  corrupt: "corrupt-docx",
  "too-large": "too-large-docx",
  encrypted: "encrypted-docx",
  "not-xlsx": "not-docx",
};

/**
 * The error as a Word document's: the zip layer and the sniffing are shared with the workbook
 * reader and speak of workbooks; a document (known by content, or by name where the content
 * cannot tell) gets its own words, with the reason, limit and detail kept.
 */
export function inDocument(err: unknown): unknown {
  if (!(err instanceof FileReadError)) return err;
  const { reason, limit, detail } = err;
  if (err.code === "empty-file" && reason === "empty-archive") {
    return new FileReadError("empty-file", { reason: "empty-document", detail });
  }
  const code = IN_A_DOCUMENT[err.code];
  if (code === undefined) return err;
  return new FileReadError(code, { reason, limit, detail });
}
