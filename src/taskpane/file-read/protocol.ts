/** What passes between the task pane and the worker that reads a chosen file. */
import type { ReadResult } from "../../hosts/file/dispatch";
import type { FileErrorInfo, FileErrorCode } from "../../hosts/file/file-error";

export interface ReadRequest {
  id: number;
  data: ArrayBuffer;
  /** The chosen file's name: only consulted where the content cannot tell (dispatch.ts). */
  fileName?: string;
  /** A consolidation's input: a regional workbook of ours is told, not read (dispatch.ts). */
  skipOwn?: boolean;
}

export type ReadResponse =
  /** What the file is, its Grids and (a Word document's) its tables' layouts. */
  | { id: number; ok: true; read: ReadResult }
  /** The file's own unreadability, to be raised again as a FileReadError. */
  | { id: number; ok: false; file: { code: FileErrorCode } & FileErrorInfo }
  /** A bug of ours: it must surface as one. */
  | { id: number; ok: false; bug: string };
