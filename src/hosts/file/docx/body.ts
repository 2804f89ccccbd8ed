/**
 * word/document.xml → Block[]: the body's paragraphs and tables in order, with text as a
 * reader sees it. Runs join into paragraphs, paragraphs of a cell into lines; a tab is a
 * space, a line break a line break; deleted text (tracked changes) is left out and inserted
 * text kept; field instructions, drawings and the old state kept by tracked formatting
 * changes are not text. A table inside a cell becomes lines of that cell's text.
 */
import { FileReadError } from "../file-error";
import type { Block, MergeMark, ParagraphAlign, RawCell, RawRow, TableBlock } from "./blocks";
import { type ListCounter } from "./numbering";
import { type ParagraphStyles, styleList } from "./styles";
import { parseXml, SKIP_ELEMENT, type XmlElement, type XmlInput } from "./xml";

export interface BodyLimits {
  /** Rows of one table. */
  maxRows: number;
  /** Cells of all tables. */
  maxCells: number;
}

export interface BodyOptions {
  lists: ListCounter;
  styles: ParagraphStyles;
  limits: BodyLimits;
}

/**
 * The elements the walker acts on, as small numbers: a name is looked up once per element and
 * every later test is a comparison of numbers (a large document has a hundred thousand
 * elements). Everything else passes through as OTHER.
 */
const OTHER = 0;
const SKIP = 1;
const TBL = 2;
const TBL_GRID = 3;
const GRID_COL = 4;
const TR = 5;
const TR_PR = 6;
const GRID_BEFORE = 7;
const GRID_AFTER = 8;
const TC = 9;
const TC_PR = 10;
const GRID_SPAN = 11;
const V_MERGE = 12;
const H_MERGE = 13;
const P = 14;
const P_PR = 15;
const P_STYLE = 16;
const NUM_PR = 17;
const NUM_ID = 18;
const ILVL = 19;
const R = 20;
const T = 21;
const TAB = 22;
const BREAK = 23;
const NO_BREAK_HYPHEN = 24;
const SYM = 25;
const DEL = 26;
const JC = 27;
const IND = 28;

const CODES = new Map<string, number>([
  ["tbl", TBL],
  ["tblGrid", TBL_GRID],
  ["gridCol", GRID_COL],
  ["tr", TR],
  ["trPr", TR_PR],
  ["gridBefore", GRID_BEFORE],
  ["gridAfter", GRID_AFTER],
  ["tc", TC],
  ["tcPr", TC_PR],
  ["gridSpan", GRID_SPAN],
  ["vMerge", V_MERGE],
  ["hMerge", H_MERGE],
  ["p", P],
  ["pPr", P_PR],
  ["pStyle", P_STYLE],
  ["numPr", NUM_PR],
  ["numId", NUM_ID],
  ["ilvl", ILVL],
  ["r", R],
  ["t", T],
  ["tab", TAB],
  ["ptab", TAB],
  ["br", BREAK],
  ["cr", BREAK],
  ["noBreakHyphen", NO_BREAK_HYPHEN],
  ["sym", SYM],
  ["jc", JC],
  ["ind", IND],
  // Deleted text, and a deleted row's mark.
  ["del", DEL],
  // Content that is not text of the document as it now reads: text moved elsewhere (it reads
  // at its w:moveTo), deleted text, a field's code (its result follows as ordinary runs),
  // drawings, a content control's properties …
  ...[
    "moveFrom",
    "delText",
    "instrText",
    "delInstrText",
    "drawing",
    "pict",
    "object",
    "sdtPr",
    "fldData",
  ].map((n) => [n, SKIP] as [string, number]),
  // … the old properties tracked formatting changes keep, an old list number among them …
  ...[
    "pPrChange",
    "rPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "tblGridChange",
    "sectPrChange",
    "numberingChange",
  ].map((n) => [n, SKIP] as [string, number]),
  // … and properties of runs, tables and sections, which say nothing the reader reads: most of
  // a document Word writes (a font, a size and a language on every run), passed over unparsed.
  ...["rPr", "tblPr", "sectPr"].map((n) => [n, SKIP] as [string, number]),
]);

interface CellState {
  lines: string[];
  span: number;
  vMerge: MergeMark;
  hMerge: MergeMark;
}

interface RowState extends RawRow {
  deleted: boolean;
}

interface TableState {
  table: TableBlock;
  row: RowState | null;
  cell: CellState | null;
  /** The cell of the enclosing table this one is nested in, or null at the body's level. */
  host: CellState | null;
}

interface ParagraphState {
  parts: string[];
  numId: string | null;
  ilvl: number | null;
  style: string | null;
  align: ParagraphAlign;
  indent: number;
}

/** w:jc's values as a paragraph's placement: "end" and "start" are Strict's right and left. */
function alignOf(value: string | null): ParagraphAlign {
  if (value === "center") return "center";
  if (value === "right" || value === "end") return "right";
  return "left";
}

function int(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function mergeMark(el: XmlElement): MergeMark {
  // <w:vMerge/> without a value continues the area above.
  return el.attr("val") === "restart" ? "restart" : "continue";
}

/** A nested table as lines: each row's non-empty cells joined by spaces. */
function flatten(table: TableBlock): string[] {
  const lines: string[] = [];
  for (const row of table.rows) {
    const texts = row.cells
      .map((c) => c.text.replace(/\s*\n\s*/g, " ").trim())
      .filter((t) => t !== "");
    if (texts.length > 0) lines.push(texts.join(" "));
  }
  return lines;
}

function privateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}

export function readBody(xml: XmlInput, options: BodyOptions): Block[] {
  const { lists, styles, limits } = options;
  const blocks: Block[] = [];
  const path: number[] = [];
  const tables: TableState[] = [];
  const paragraphs: ParagraphState[] = [];
  let inText = 0;
  let cells = 0;

  const top = (): TableState | undefined => tables[tables.length - 1];
  const append = (s: string) => paragraphs[paragraphs.length - 1]?.parts.push(s);

  function labelOf(p: ParagraphState): string {
    let list = p.numId === null ? null : { numId: p.numId, ilvl: p.ilvl ?? 0 };
    if (p.numId === null && p.style !== null) list = styleList(styles, p.style);
    if (list === null || list.numId === "0") return "";
    return lists.label(list.numId, p.ilvl ?? list.ilvl);
  }

  function openW(code: number, el: XmlElement, up: number): void {
    const t = top();
    switch (code) {
      case TBL:
        tables.push({
          table: { kind: "table", columns: [], rows: [] },
          row: null,
          cell: null,
          host: t?.cell ?? null,
        });
        break;
      case GRID_COL:
        if (t && up === TBL_GRID) t.table.columns.push(int(el.attr("w"), 0));
        break;
      case TR:
        if (t) t.row = { gridBefore: 0, gridAfter: 0, cells: [], deleted: false };
        break;
      case GRID_BEFORE:
        if (t?.row && up === TR_PR) t.row.gridBefore = Math.max(0, int(el.attr("val"), 0));
        break;
      case GRID_AFTER:
        if (t?.row && up === TR_PR) t.row.gridAfter = Math.max(0, int(el.attr("val"), 0));
        break;
      case TC:
        if (t) t.cell = { lines: [], span: 1, vMerge: null, hMerge: null };
        break;
      case GRID_SPAN:
        if (t?.cell && up === TC_PR) t.cell.span = Math.max(1, int(el.attr("val"), 1));
        break;
      case V_MERGE:
        if (t?.cell && up === TC_PR) t.cell.vMerge = mergeMark(el);
        break;
      case H_MERGE:
        if (t?.cell && up === TC_PR) t.cell.hMerge = mergeMark(el);
        break;
      case P:
        paragraphs.push({
          parts: [],
          numId: null,
          ilvl: null,
          style: null,
          align: "left",
          indent: 0,
        });
        break;
      case P_STYLE:
        if (up === P_PR && paragraphs.length > 0) {
          paragraphs[paragraphs.length - 1].style = el.attr("val");
        }
        break;
      case JC:
        if (up === P_PR && paragraphs.length > 0) {
          paragraphs[paragraphs.length - 1].align = alignOf(el.attr("val"));
        }
        break;
      case IND:
        if (up === P_PR && paragraphs.length > 0) {
          const left = int(el.attr("left") ?? el.attr("start"), 0);
          paragraphs[paragraphs.length - 1].indent = Math.max(0, left);
        }
        break;
      case NUM_ID:
        if (up === NUM_PR && paragraphs.length > 0) {
          paragraphs[paragraphs.length - 1].numId = el.attr("val");
        }
        break;
      case ILVL:
        if (up === NUM_PR && paragraphs.length > 0) {
          paragraphs[paragraphs.length - 1].ilvl = int(el.attr("val"), 0);
        }
        break;
      case T:
        inText++;
        break;
      case TAB:
        if (up === R) append(" ");
        break;
      case BREAK:
        if (up === R) append("\n");
        break;
      case NO_BREAK_HYPHEN:
        append("-");
        break;
      case SYM: {
        const char = Number.parseInt(el.attr("char") ?? "", 16);
        if (Number.isFinite(char) && !privateUse(char)) append(String.fromCharCode(char));
        break;
      }
    }
  }

  function closeW(code: number): void {
    const t = top();
    switch (code) {
      case T:
        inText = Math.max(0, inText - 1);
        break;
      case P: {
        const p = paragraphs.pop();
        if (!p) break;
        const label = labelOf(p);
        const text = label + p.parts.join("");
        if (t?.cell) t.cell.lines.push(text);
        else if (!t) blocks.push({ kind: "paragraph", text, align: p.align, indent: p.indent });
        break;
      }
      case TC:
        if (t?.row && t.cell) {
          const c = t.cell;
          const cell: RawCell = {
            text: c.lines.join("\n"),
            span: c.span,
            vMerge: c.vMerge,
            hMerge: c.hMerge,
          };
          t.row.cells.push(cell);
          if (++cells > limits.maxCells) {
            throw new FileReadError("too-large-docx", { reason: "cells", limit: limits.maxCells });
          }
        }
        if (t) t.cell = null;
        break;
      case TR:
        if (t?.row && !t.row.deleted) {
          const { gridBefore, gridAfter, cells: rowCells } = t.row;
          t.table.rows.push({ gridBefore, gridAfter, cells: rowCells });
          if (t.table.rows.length > limits.maxRows) {
            throw new FileReadError("too-large-docx", { reason: "rows", limit: limits.maxRows });
          }
        }
        if (t) t.row = null;
        break;
      case TBL: {
        const done = tables.pop();
        if (!done) break;
        if (done.host) done.host.lines.push(...flatten(done.table));
        else blocks.push(done.table);
        break;
      }
    }
  }

  parseXml(xml, {
    open(el) {
      const up = path.length > 0 ? path[path.length - 1] : OTHER;
      // The same content again, for older readers.
      if (el.ns === "mc" && el.local === "Fallback") return SKIP_ELEMENT;
      const code = el.ns === "w" ? (CODES.get(el.local) ?? OTHER) : OTHER;
      if (code === SKIP) return SKIP_ELEMENT;
      if (code === DEL) {
        const row = top()?.row;
        if (up === TR_PR && row) row.deleted = true;
        return SKIP_ELEMENT;
      }
      path.push(code);
      if (code !== OTHER) openW(code, el, up);
    },
    close() {
      const code = path.pop() ?? OTHER;
      if (code !== OTHER) closeW(code);
    },
    wantsText: () => inText > 0,
    text(s) {
      append(s);
    },
  });
  return blocks;
}
