/**
 * Word reading speed (issue 10): a 1,000-activity roadmap read from .docx by our reader next to
 * the same table read from .xlsx by ExcelJS. The table is a municipal workbook of the
 * consolidation bench; the document is written from that workbook's own Grid (rows above the
 * table as paragraphs, its merges as Word spans and vertical merges), so both hold the same text.
 */
import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { checkGrids } from "../src/core/check";
import { cellText, gridWidth, type Grid, type MergeArea } from "../src/core/grid";
import { readDocxGrids } from "../src/hosts/file/docx/read-docx";
import { nodeInflateRaw } from "../src/hosts/file/inflate-node";
import { readWorkbookGrids } from "../src/hosts/file/read";
import { municipalWorkbook } from "./municipal-workbooks";

/**
 * Twenty runs of each reader in all, enough that both are measured warmed up (ExcelJS needs a
 * dozen), in four blocks of five.
 */
const ROUNDS = 4;
const BLOCK = 5;

export interface DocxBench {
  activities: number;
  docxBytes: number;
  xlsxBytes: number;
  /** Our .docx reader: bytes → Grids, every run dressed as Word dresses it. */
  docxMs: number;
  /** The same with plain runs (as generators like the `docx` package write them). */
  plainDocxMs: number;
  /** ExcelJS loading the .xlsx (no Grids). */
  excelJsMs: number;
  /** Our .xlsx reader (xlsx/), as the CLI runs it: bytes → Grids. */
  xlsxMs: number;
}

/**
 * Every run dressed as Word dresses it (font, size, language) — half the document's bytes —
 * or, `plain`, bare text as a generator writes it.
 */
function paragraphs(text: string, plain = false): Paragraph[] {
  if (plain)
    return text.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] }));
  return text.split("\n").map(
    (line) =>
      new Paragraph({
        spacing: { after: 0, line: 240 },
        children: [
          new TextRun({
            text: line,
            font: "Times New Roman",
            size: 24,
            language: { value: "ru-RU" },
          }),
        ],
      }),
  );
}

/** The Grid as a Word document: rows before the first row of three cells are paragraphs. */
function documentOf(grid: Grid, plain: boolean): Document {
  const width = gridWidth(grid);
  const filled = (r: number) => grid.cells[r].filter((v) => cellText(v) !== "").length;
  const start = grid.cells.findIndex((_, r) => filled(r) >= 3);
  const at = (r: number, c: number): MergeArea | undefined =>
    grid.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  const rows: TableRow[] = [];
  for (let r = start; r < grid.cells.length; r++) {
    const cells: TableCell[] = [];
    for (let c = 0; c < width;) {
      const m = at(r, c);
      const span = m ? m.right - m.left + 1 : 1;
      const down = m && m.bottom > m.top;
      cells.push(
        new TableCell({
          children:
            m && m.top !== r
              ? [new Paragraph("")]
              : paragraphs(cellText(grid.cells[r][c] ?? null), plain),
          columnSpan: span > 1 ? span : undefined,
          verticalMerge: down
            ? m.top === r
              ? VerticalMergeType.RESTART
              : VerticalMergeType.CONTINUE
            : undefined,
          width: { size: 1500 * span, type: WidthType.DXA },
        }),
      );
      c += span;
    }
    rows.push(new TableRow({ children: cells }));
  }
  const above = grid.cells
    .slice(0, start)
    .flatMap((row) => paragraphs(row.map(cellText).join(" ").trim(), plain));
  return new Document({
    sections: [
      { children: [...above, new Table({ rows, columnWidths: Array(width).fill(1500) })] },
    ],
  });
}

/**
 * Each reader's best time, the readers taking turns in blocks of BLOCK runs, ROUNDS times. On
 * this shared machine a slow spell of a few seconds (every function a third slower, module
 * loading too) then falls on every reader alike rather than on whichever was timed in it; and
 * within a block a reader is timed as it runs in its own process, not each time just after
 * another reader's garbage (run after every ExcelJS load, ours is timed 20–40 % slower).
 */
async function bestInTurn(runs: (() => Promise<unknown>)[]): Promise<number[]> {
  const ms = runs.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < runs.length; k++) {
      for (let i = 0; i < BLOCK; i++) {
        const start = performance.now();
        await runs[k]();
        ms[k] = Math.min(ms[k], performance.now() - start);
      }
    }
  }
  return ms;
}

function items(grids: Grid[]): number {
  return checkGrids(grids).reduce(
    (n, t) => n + t.rows.filter((r) => r.row.kind === "item").length,
    0,
  );
}

/** The same roadmap as an .xlsx and as a .docx (Word-dressed runs, or `plain` ones). */
export async function benchDocxFiles(
  activities: number,
  plain = false,
): Promise<{ bytes: Uint8Array; xlsx: Uint8Array }> {
  const xlsx = await municipalWorkbook({ index: 0, activities, layout: "classic" });
  const [sheet] = await readWorkbookGrids(xlsx);
  return { bytes: new Uint8Array(await Packer.toBuffer(documentOf(sheet, plain))), xlsx };
}

/** The document holds the roadmap the workbook holds: as many activities, found alike. */
async function sameRoadmap(docx: Uint8Array, xlsx: Uint8Array, activities: number): Promise<void> {
  const fromWord = await readDocxGrids(docx, { inflate: nodeInflateRaw });
  const fromSheet = await readWorkbookGrids(xlsx, { inflate: nodeInflateRaw });
  if (items(fromWord) !== items(fromSheet) || items(fromWord) !== activities) {
    throw new Error(`the two files differ: ${items(fromWord)} / ${items(fromSheet)} activities`);
  }
}

export async function benchDocx(activities = 1000): Promise<DocxBench> {
  const { bytes: docx, xlsx } = await benchDocxFiles(activities);
  const { bytes: plain } = await benchDocxFiles(activities, true);
  await sameRoadmap(docx, xlsx, activities);
  await sameRoadmap(plain, xlsx, activities);
  const [docxMs, plainDocxMs, excelJsMs, xlsxMs] = await bestInTurn([
    () => readDocxGrids(docx, { inflate: nodeInflateRaw }),
    () => readDocxGrids(plain, { inflate: nodeInflateRaw }),
    () => new ExcelJS.Workbook().xlsx.load(xlsx as unknown as ArrayBuffer),
    () => readWorkbookGrids(xlsx, { inflate: nodeInflateRaw }),
  ]);
  return {
    activities,
    docxBytes: docx.length,
    xlsxBytes: xlsx.length,
    docxMs,
    plainDocxMs,
    excelJsMs,
    xlsxMs,
  };
}

function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

/** The figure as `npm run bench` prints it. */
export function docxBenchLine(r: DocxBench): string {
  return (
    `read a ${r.activities}-row roadmap: .docx (ours) ${fmt(r.docxMs)} as Word writes it, ` +
    `${fmt(r.plainDocxMs)} with plain runs; the same table .xlsx: ExcelJS load ${fmt(r.excelJsMs)}, ` +
    `our reader ${fmt(r.xlsxMs)}; ratio to ExcelJS ` +
    `${(r.docxMs / r.excelJsMs).toFixed(2)}  [target ≤ 1]`
  );
}

if (require.main === module) {
  void benchDocx().then((r) => console.log(docxBenchLine(r)));
}
