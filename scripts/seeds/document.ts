/**
 * A seed workbook's roadmap sheet as the Word document it came from (written with the `docx`
 * package): the rows above the table as paragraphs (approval block on the right, bold
 * centred title), the table as a Word table with its header merges, sections spanning the
 * width and vertical merges, the rows below as paragraphs.
 *
 * Drawn from the very SheetDraft the workbook is written from, so the two hold the same text.
 * Where the two differ it is Word's way, on purpose:
 * - a continuation row (a row the text extraction split at a page break) is one Word row
 *   again: its fragments are further paragraphs of the cells of the row it continues;
 * - a real Excel date is the text Word shows, dd.mm.yyyy;
 * - seed 001's table is broken by a page break into two Word tables, the second repeating
 *   the header row (`split`).
 * `rows` maps every workbook row of the table to its row in the Word table (rows counted from
 * 1 over the logical table, the repeated header included), for tests that compare the two.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from "docx";
import { isoDate } from "../../src/core/grid";
import type { Box, Look, SeedValue, SheetDraft } from "./draft";
import type { TableLayout } from "./layout";
import { AUTHOR, FIXED_TIME } from "./render";
import { stampZipEntries } from "./zip-dates";

/** Landscape A4 less 2 cm margins, in twentieths of a point. */
const PAGE_WIDTH = 16838;
const MARGIN = 1134;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** Where the approval block starts: the right third of the page. */
const APPROVAL_INDENT = Math.round(TEXT_WIDTH * 0.6);

/**
 * How the second Word table of a broken one says it goes on: it repeats the header band, it
 * starts with the row of column numbers «1 2 3 …», or a «Продолжение таблицы» line stands
 * above it.
 */
export type Continuation = "header" | "numbers" | "mark";

export interface DocumentOptions {
  /** Break the table into two Word tables after this workbook row (a boundary of Word rows). */
  splitAfter?: number;
  continuation?: Continuation;
}

export interface DocumentPlan {
  document: Document;
  /** Workbook row → row of the (logical) Word table, from 1; header band and body alike. */
  rows: Map<number, number>;
  /** Word rows that repeat the header (or the column numbers) at the start of the second part. */
  repeatedHeaderRows: number[];
  /** Workbook rows whose fragments went into the row they continue. */
  folded: number[];
}

function text(v: SeedValue): string {
  if (v instanceof Date) {
    const [y, m, d] = isoDate(v).split("-");
    return `${d}.${m}.${y}`;
  }
  return String(v);
}

function runs(value: string, bold: boolean, size?: number): TextRun[] {
  return value.split("\n").map((line, i) => new TextRun({ text: line, bold, size, break: i > 0 ? 1 : 0 }));
}

function outsideParagraph(draft: SheetDraft, row: number): Paragraph {
  const r = draft.rows.get(row);
  if (!r || r.cells.size === 0) return new Paragraph({});
  const value = [...r.cells.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => text(v)).join(" ");
  switch (r.look) {
    case "title":
      return new Paragraph({ alignment: AlignmentType.CENTER, children: runs(value, true, 28) });
    case "approval":
      return new Paragraph({ indent: { left: APPROVAL_INDENT }, children: runs(value, false) });
    default:
      return new Paragraph({ alignment: AlignmentType.BOTH, children: runs(value, false) });
  }
}

const CELL_LOOK: Partial<Record<Look, { bold: boolean; center: boolean }>> = {
  header: { bold: true, center: true },
  numbering: { bold: false, center: true },
  section: { bold: true, center: true },
};

interface CellSpec {
  lines: string[];
  span: number;
  merge: "restart" | "continue" | null;
}

/** The table rows of the draft, continuation rows folded into the rows they continue. */
function tableRows(draft: SheetDraft, table: TableLayout): { rows: number[]; parentOf: Map<number, number> } {
  const parentOf = new Map(table.continuations.map((c) => [c.row, c.continues]));
  const rows: number[] = [];
  for (let r = table.headerRows[0]; r <= table.lastRow; r++) if (!parentOf.has(r)) rows.push(r);
  return { rows, parentOf };
}

function mergeAt(merges: Box[], r: number, c: number): Box | undefined {
  return merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
}

/** Cells of one Word row (workbook row `r`), with the fragments of the rows folded into it. */
function rowCells(
  draft: SheetDraft,
  r: number,
  width: number,
  folded: number[],
  merges: Box[],
): CellSpec[] {
  const cells: CellSpec[] = [];
  for (let c = 1; c <= width; ) {
    const m = mergeAt(merges, r, c);
    const span = m ? m.right - m.left + 1 : 1;
    if (m && m.left !== c) throw new Error(`Row ${r}: column ${c} is inside a merge it does not start.`);
    if (m && m.top !== r) {
      cells.push({ lines: [], span, merge: "continue" });
    } else {
      const lines: string[] = [];
      for (const source of [r, ...folded]) {
        const v = draft.valueAt(source, c);
        if (v !== null) lines.push(...text(v).split("\n"));
      }
      cells.push({ lines, span, merge: m && m.bottom > m.top ? "restart" : null });
    }
    c += span;
  }
  return cells;
}

export function planDocument(draft: SheetDraft, options: DocumentOptions = {}): DocumentPlan {
  const [table] = draft.layout.tables;
  if (!table || draft.layout.tables.length !== 1) {
    throw new Error(`Sheet "${draft.name}": a seed document holds exactly one table.`);
  }
  const width = table.columns.length;
  const total = draft.widths.slice(0, width).reduce((a, b) => a + b, 0);
  const columnWidths = draft.widths.slice(0, width).map((w) => Math.round((w / total) * TEXT_WIDTH));
  const { rows, parentOf } = tableRows(draft, table);
  const inTable = (r: number) => r >= table.headerRows[0] && r <= table.lastRow;
  const merges = draft.merges.filter((m) => inTable(m.top));
  const foldedInto = new Map<number, number[]>();
  for (const [child, parent] of parentOf) foldedInto.set(parent, [...(foldedInto.get(parent) ?? []), child]);
  const header: number[] = [];
  for (let r = table.headerRows[0]; r <= table.headerRows[1]; r++) header.push(r);

  const wordRow = (r: number, repeated = false): TableRow => {
    const look = draft.lookAt(r) ?? "body";
    const style = CELL_LOOK[look] ?? { bold: false, center: false };
    const cells = rowCells(draft, r, width, foldedInto.get(r) ?? [], merges);
    let col = 0;
    return new TableRow({
      tableHeader: look === "header" || look === "numbering" ? !repeated : undefined,
      children: cells.map((cell) => {
        const w = columnWidths.slice(col, col + cell.span).reduce((a, b) => a + b, 0);
        col += cell.span;
        const paragraphs = (cell.lines.length > 0 ? cell.lines : [""]).map(
          (line) =>
            new Paragraph({
              alignment: style.center ? AlignmentType.CENTER : AlignmentType.LEFT,
              children: line === "" ? [] : [new TextRun({ text: line, bold: style.bold })],
            }),
        );
        return new TableCell({
          children: paragraphs,
          columnSpan: cell.span > 1 ? cell.span : undefined,
          verticalMerge:
            cell.merge === "restart"
              ? VerticalMergeType.RESTART
              : cell.merge === "continue"
                ? VerticalMergeType.CONTINUE
                : undefined,
          verticalAlign: style.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
          width: { size: w, type: WidthType.DXA },
        });
      }),
    });
  };
  const wordTable = (trs: TableRow[]) =>
    new Table({
      rows: trs,
      columnWidths,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
    });

  const split = options.splitAfter;
  if (split !== undefined && (split < table.firstRow || !rows.includes(split + 1))) {
    throw new Error(`Sheet "${draft.name}": no boundary between whole rows after row ${split}.`);
  }
  const map = new Map<number, number>();
  const repeatedHeaderRows: number[] = [];
  const first: TableRow[] = [];
  const second: TableRow[] = [];
  const continuation = options.continuation ?? "header";
  const numbering = table.numberingRow;
  const numbers = (): TableRow =>
    new TableRow({
      children: columnWidths.map(
        (w, i) =>
          new TableCell({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(String(i + 1))] })],
            width: { size: w, type: WidthType.DXA },
          }),
      ),
    });
  let n = 0;
  for (const r of rows) {
    if (split !== undefined && r > split && second.length === 0) {
      const again =
        continuation === "header"
          ? header.map((h) => wordRow(h, true))
          : continuation === "numbers"
            ? [numbering === null ? numbers() : wordRow(numbering, true)]
            : [];
      for (const row of again) {
        second.push(row);
        repeatedHeaderRows.push(++n);
      }
    }
    (split !== undefined && r > split ? second : first).push(wordRow(r));
    map.set(r, ++n);
  }
  for (const [child, parent] of parentOf) map.set(child, map.get(parent) as number);

  const children: (Paragraph | Table)[] = [];
  for (let r = 1; r < table.headerRows[0]; r++) children.push(outsideParagraph(draft, r));
  children.push(wordTable(first));
  if (second.length > 0) {
    children.push(new Paragraph({ children: [new PageBreak()] }));
    if (continuation === "mark") {
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun("Продолжение таблицы")] }));
    }
    children.push(wordTable(second));
  }
  const last = Math.max(...draft.rows.keys());
  for (let r = table.lastRow + 1; r <= last; r++) children.push(outsideParagraph(draft, r));

  const document = new Document({
    creator: AUTHOR,
    lastModifiedBy: AUTHOR,
    styles: { default: { document: { run: { font: "Times New Roman", size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return { document, rows: map, repeatedHeaderRows, folded: [...parentOf.keys()] };
}

/** docProps/core.xml with the seeds' fixed author and times (the docx package stamps "now"). */
function coreProperties(): string {
  const when = FIXED_TIME.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${AUTHOR}</dc:creator><cp:lastModifiedBy>${AUTHOR}</cp:lastModifiedBy>` +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** The document's bytes, the same on every build: fixed core properties and zip times. */
export async function documentBytes(plan: DocumentPlan): Promise<Buffer> {
  const data = await Packer.toBuffer(plan.document, false, [
    { path: "docProps/core.xml", data: coreProperties() },
  ]);
  return stampZipEntries(Buffer.from(data), FIXED_TIME);
}
