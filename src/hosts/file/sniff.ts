/**
 * What a file is, by its first bytes and (for an OLE2 container) the names of the streams it
 * holds: an Office Open XML package (a zip), a legacy .xls or .doc, or an encrypted package —
 * Office wraps a password-protected .xlsx or .docx alike in an OLE2 container with an
 * "EncryptedPackage" stream, so only the file's name tells those two apart.
 */

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type Sniffed =
  "empty" | "zip" | "ole-encrypted" | "ole-word" | "ole-excel" | "ole-other" | "unknown";

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

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "zip";
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
