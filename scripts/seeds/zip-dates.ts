/**
 * Stamps every entry of a .zip with one fixed modification time.
 *
 * ExcelJS zips the workbook parts with the current time in each entry header, so two builds
 * of the same workbook differ in those bytes only. Overwriting the DOS time/date fields of
 * the local and central headers makes the output byte-identical; the fields are outside the
 * CRCs, so the archive stays valid.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosTime(when: Date): number {
  return (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
}

function dosDate(when: Date): number {
  return ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
}

function findEndRecord(zip: Buffer): number {
  for (let p = zip.length - 22; p >= 0; p--) {
    if (zip.readUInt32LE(p) === EOCD) return p;
  }
  throw new Error("Not a zip archive: no end-of-central-directory record.");
}

export function stampZipEntries(zip: Buffer, when: Date): Buffer {
  const time = dosTime(when);
  const date = dosDate(when);
  const end = findEndRecord(zip);
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`Zip: bad central header at ${p}.`);
    zip.writeUInt16LE(time, p + 12);
    zip.writeUInt16LE(date, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`Zip: bad local header at ${local}.`);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
