/**
 * The task pane's host in a plain browser: a chosen .xlsx workbook or .docx document, told
 * apart by content (hosts/file/dispatch.ts) and read with our own readers on a worker, within
 * a time budget (file-read/); a workbook's checked copy is patched into the user's own package
 * by our own writer (hosts/file/xlsx/write), a document's is a new workbook of its tables
 * (hosts/file/document-copy.ts) — both loaded only when a copy is written.
 */
import { readChosenFileGrids } from "./file-read/read-file";
import type { FileTaskpaneHost } from "./host";

export type Download = (bytes: Uint8Array, fileName: string) => void;

/** Saves bytes through the browser's own download, as a link to a temporary object URL. */
export const browserDownload: Download = (bytes, fileName) => {
  const blob = new Blob([new Uint8Array(bytes)], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; keep the URL a moment for old Edge.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** The bytes of a file the user chose, for the Check and the Свод views alike. */
export function readChosenFile(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(`FileReader: ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

export function createFileHost(download: Download = browserDownload): FileTaskpaneHost {
  return {
    mode: "file",
    read: readChosenFileGrids,
    writeCopy: async (data, input) =>
      (
        await import(/* webpackChunkName: "file-write" */ "../hosts/file/write-checked")
      ).writeCheckedCopy(data, input),
    writeDocumentCopy: async (doc, options) =>
      (
        await (
          await import(/* webpackChunkName: "file-write" */ "../hosts/file/document-copy")
        ).documentCopy(doc, options)
      ).bytes,
    download,
  };
}
