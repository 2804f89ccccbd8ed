/**
 * Word documents for the CLI tests, generated on the spot like bad-workbooks.ts: a legacy
 * .doc, an encrypted .docx, a docx zip bomb, a document without a table, and odd but readable
 * roadmaps (5,000 rows, 60 columns, ragged rows).
 */
import zlib from "node:zlib";
import { oleFile, passwordProtected } from "./bad-workbooks";
import { docxBytes, p, row, tbl, tc, tr } from "../support/word";
import { crc32, rawZip } from "../support/zip";

export const legacyDoc = (): Uint8Array =>
  oleFile(["Root Entry", "WordDocument", "1Table", "SummaryInformation"]);

/** Office wraps a password-protected .docx exactly as it wraps an .xlsx. */
export const encryptedDocx = passwordProtected;

export const noTable = (): Uint8Array =>
  docxBytes(
    p("ПЛАН мероприятий («дорожная карта») на 2021-2022 учебный год") +
      p("1. Совещание с руководителями ОО — сентябрь 2021 г., Иванов И.И.") +
      p("2. Семинар для заместителей директоров — октябрь 2021 г., Петрова П.П."),
  );

/**
 * A docx zip bomb: word/document.xml inflates to `gigabytes` GB of spaces while the zip's
 * directory claims 1,000 bytes (one compressed block repeated, as in bad-workbooks.ts).
 */
export function docxBomb(gigabytes = 2): Uint8Array {
  const block = zlib.deflateRawSync(Buffer.alloc(16 << 20, 0x20), {
    level: 9,
    finishFlush: zlib.constants.Z_FULL_FLUSH,
  });
  const repeats = gigabytes * 64;
  const data = new Uint8Array(block.length * repeats + 2);
  for (let i = 0; i < repeats; i++) data.set(block, i * block.length);
  data.set([0x03, 0x00], block.length * repeats);
  const types = new TextEncoder().encode(`<?xml version="1.0"?><Types/>`);
  return rawZip([
    {
      name: "[Content_Types].xml",
      packed: zlib.deflateRawSync(types),
      size: types.length,
      crc: crc32(types),
    },
    { name: "word/document.xml", packed: data, size: 1000, crc: 0 },
  ]);
}

const TITLE = p("Дорожная карта Энского муниципального района на 2021-2022 учебный год");
const DEADLINES = [
  "Сентябрь 2021",
  "До 01.10.2021",
  "В течение года",
  "Ноябрь- декабрь 2021",
  "Май 2022",
];

function item(i: number, extra: string[] = []): string {
  return row(
    `${i}.`,
    `Мероприятие ${i}: совещание по вопросу ${i % 17}`,
    DEADLINES[i % DEADLINES.length],
    `Ответственный ${i % 9}`,
    `Результат ${i}`,
    ...extra,
  );
}

const HEADER = ["№ п/п", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат"];

/** A roadmap of `rows` activities: a long Word table, as an export would write it. */
export function longTable(rows: number): Uint8Array {
  const body: string[] = [row(...HEADER)];
  for (let i = 1; i <= rows; i++) body.push(item(i));
  return docxBytes(TITLE + tbl(body, [600, 5000, 1600, 2200, 3000]));
}

/** A roadmap whose table has `columns` columns: the five usual ones and many of its own. */
export function wideTable(columns: number): Uint8Array {
  const more = Array.from({ length: columns - HEADER.length }, (_, i) => `Показатель ${i + 1}`);
  const body = [row(...HEADER, ...more)];
  for (let i = 1; i <= 12; i++)
    body.push(
      item(
        i,
        more.map((_, k) => `${i * 100 + k}`),
      ),
    );
  return docxBytes(TITLE + tbl(body, Array(columns).fill(300)));
}

/**
 * A roadmap whose rows hold fewer cells than its grid (Word allows it: a row simply ends), one
 * that starts later (w:gridBefore) and one that spans the width.
 */
export function raggedTable(): Uint8Array {
  const body = [
    row(...HEADER),
    tr([tc("Организационные мероприятия", { span: 5 })]),
    item(1),
    row("2.", "Мероприятие без ответственного", "Октябрь 2021"),
    row("3.", "Мероприятие без срока"),
    tr([tc("Иванов И.И."), tc("Протокол")], { gridBefore: 3 }),
    item(5),
  ];
  return docxBytes(TITLE + tbl(body, [600, 5000, 1600, 2200, 3000]));
}
