/**
 * What the task pane needs from where it runs: inside Excel (Office.js) or in a plain browser
 * on a chosen .xlsx workbook or .docx document. The views take one of these, so tests give them a workbook of
 * office-addin-mock objects or bytes of a real file, and nothing else changes.
 */
import type { HighlightPlan } from "../core/plan";
import type { ColumnOverride } from "../core/recognize/overrides";
import type { ExcelCapabilities } from "../hosts/excel/capabilities";
import type { ClearResult, PaintResult } from "../hosts/excel/highlight";
import type { WorkbookRead } from "../hosts/excel/read";
import type { StatusAlertText, StatusColumnTarget } from "../hosts/excel/status-column";
import type { ReadResult } from "../hosts/file/dispatch";
import type { DocumentCopyOptions, DocumentTables } from "../hosts/file/document-copy";
import type { CheckedCopyInput } from "../hosts/file/write-checked";

export interface ExcelTaskpaneHost {
  mode: "excel";
  capabilities: ExcelCapabilities;
  /** Office says the document is open read-only: the pane does not try to paint. */
  readOnly(): boolean;
  read(): Promise<WorkbookRead>;
  paint(plan: HighlightPlan): Promise<PaintResult>;
  clear(): Promise<ClearResult>;
  select(sheet: string, cell: string): Promise<void>;
  addStatusColumn(target: StatusColumnTarget, alert: StatusAlertText): Promise<string>;
  loadOverrides(): ColumnOverride[];
  /** Re-reads the saved overrides (a co-author's included), changes them, saves them. */
  updateOverrides(
    change: ((current: ColumnOverride[]) => ColumnOverride[]) | ColumnOverride[],
  ): Promise<ColumnOverride[]>;
}

export interface FileTaskpaneHost {
  mode: "file";
  /** A workbook or a Word document, told apart by content; the name settles the rest. */
  read(data: ArrayBuffer, fileName: string): Promise<ReadResult>;
  /** The checked copy of a workbook: the user's own package, patched. */
  writeCopy(data: ArrayBuffer, input: CheckedCopyInput): Promise<Uint8Array>;
  /** The checked copy of a Word document: a workbook of its tables, checked as itself. */
  writeDocumentCopy(doc: DocumentTables, options: DocumentCopyOptions): Promise<Uint8Array>;
  download(bytes: Uint8Array, fileName: string): void;
}

export type TaskpaneHost = ExcelTaskpaneHost | FileTaskpaneHost;
