/**
 * What a file is by its first bytes, before any zip is opened: empty, an OLE2 container (a
 * legacy .xls, or an encrypted .xlsx, which Office wraps in one), or a zip at all.
 */
import { FileReadError } from "../file-error";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Stream names in OLE directories are UTF-16LE; an encrypted package has this one. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const marker = "EncryptedPackage";
  const needle = new Uint8Array(marker.length * 2);
  for (let i = 0; i < marker.length; i++) needle[i * 2] = marker.charCodeAt(i);
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (i + needle.length > bytes.length) return false;
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

/** Throws the file's own error unless it starts like a zip. */
export function sniffSpreadsheet(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new FileReadError("empty-file");
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new FileReadError(hasEncryptedPackage(bytes) ? "encrypted" : "legacy-xls");
  }
  if (isBareBiff(bytes)) throw new FileReadError("legacy-xls", { detail: "bare BIFF stream" });
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new FileReadError("not-xlsx", { detail: "no zip signature" });
  }
}
