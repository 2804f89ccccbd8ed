/**
 * What a file is by its first bytes and (for an OLE2 container) the names of the streams it
 * holds, before any zip is opened: empty, an Office Open XML package (a zip), a legacy .xls or
 * .doc, a bare BIFF stream of Excel 2–95, or an encrypted package — Office wraps a
 * password-protected .xlsx or .docx alike in an OLE2 container with an "EncryptedPackage"
 * stream, so only the file's name tells those two apart. What a zip holds is the next step's
 * (package-kind.ts). Browser-safe.
 */
import { FileReadError } from "./file-error";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type Sniffed =
  | "empty"
  | "zip"
  | "ole-encrypted"
  | "ole-word"
  | "ole-excel"
  | "ole-other"
  | "bare-biff"
  | "unknown";

/** Whether an OLE2 directory names a stream (names are stored in UTF-16LE). */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (
    let i = bytes.indexOf(needle[0]);
    i >= 0 && i + needle.length <= bytes.length;
    i = bytes.indexOf(needle[0], i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Excel 2.x–4.0 and Excel 95 workbooks saved as a bare BIFF stream, not in an OLE2 container:
 * they start with a BOF record (0x0009, 0x0209, 0x0409 or 0x0809) of a few bytes.
 */
function isBareBiff(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 8 &&
    bytes[0] === 0x09 &&
    [0x00, 0x02, 0x04, 0x08].includes(bytes[1]) &&
    bytes[3] === 0x00 &&
    bytes[2] >= 4 &&
    bytes[2] <= 20
  );
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "zip";
  if (isBareBiff(bytes)) return "bare-biff";
  if (!OLE_MAGIC.every((b, i) => bytes[i] === b)) return "unknown";
  if (hasStream(bytes, "EncryptedPackage")) return "ole-encrypted";
  if (hasStream(bytes, "WordDocument")) return "ole-word";
  if (hasStream(bytes, "Workbook") || hasStream(bytes, "Book")) return "ole-excel";
  return "ole-other";
}

/** A name a Word document goes by (.docx, .docm, .dotx, the old .doc). */
export function isDocumentName(name: string | undefined): boolean {
  return name !== undefined && /\.(docx|docm|dotx|dotm|doc|dot)$/i.test(name.trim());
}

/**
 * What the caller expects where the content cannot tell: whose words an encrypted package, an
 * unknown OLE2 container or something that is no zip at all gets.
 */
export type Expected = "workbook" | "document";

/** Throws the file's own error unless it starts like a zip. */
export function expectZip(bytes: Uint8Array, expected: Expected): void {
  const document = expected === "document";
  switch (sniff(bytes)) {
    case "zip":
      return;
    case "empty":
      throw new FileReadError("empty-file");
    case "ole-encrypted":
      throw new FileReadError(document ? "encrypted-docx" : "encrypted");
    case "ole-word":
      throw new FileReadError("legacy-doc");
    case "ole-excel":
      throw new FileReadError("legacy-xls");
    case "ole-other":
      throw new FileReadError(document ? "legacy-doc" : "legacy-xls", {
        detail: "OLE2 container without a Word or Excel stream",
      });
    case "bare-biff":
      throw new FileReadError("legacy-xls", { detail: "bare BIFF stream" });
    case "unknown":
      throw new FileReadError(document ? "not-docx" : "not-xlsx", { detail: "no zip signature" });
  }
}
