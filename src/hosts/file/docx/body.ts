/**
 * word/document.xml → Block[]: the body's paragraphs and tables in order, with text as a
 * reader sees it. Runs join into paragraphs, paragraphs of a cell into lines; a tab is a
 * space, a line break a line break; deleted text (tracked changes) is left out and inserted
 * text kept; field instructions, drawings and the old state kept by tracked formatting
 * changes are not text. A table inside a cell becomes lines of that cell's text.
 */
import { FileReadError } from "../file-error";
import type { Block, MergeMark, RawCell, RawRow, TableBlock } from "./blocks";
import { type ListCounter } from "./numbering";
import { type ParagraphStyles, styleList } from "./styles";
import { parseXml, type XmlElement } from "./xml";

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

/** Elements whose content is not text of the document as it now reads. */
const NOT_TEXT = new Set([
  "del", // deleted text, and a deleted row's mark
  "moveFrom", // text moved elsewhere (it reads at its w:moveTo)
  "delText",
  "instrText", // a field's code; its result follows as ordinary runs
  "delInstrText",
  "drawing",
  "pict",
  "object",
  "sdtPr",
  "fldData",
  // Tracked formatting changes keep the old properties — an old list number among them.
  "pPrChange",
  "rPrChange",
  "tblPrChange",
  "trPrChange",
  "tcPrChange",
  "tblGridChange",
  "sectPrChange",
  "numberingChange",
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

export function readBody(xml: string, options: BodyOptions): Block[] {
  const { lists, styles, limits } = options;
  const blocks: Block[] = [];
  const path: string[] = [];
  const tables: TableState[] = [];
  const paragraphs: ParagraphState[] = [];
  let skip = 0;
  let inText = 0;
  let cells = 0;

  const parent = (): string => path[path.length - 1] ?? "";
  const top = (): TableState | undefined => tables[tables.length - 1];
  const append = (s: string) => paragraphs[paragraphs.length - 1]?.parts.push(s);

  function labelOf(p: ParagraphState): string {
    let list = p.numId === null ? null : { numId: p.numId, ilvl: p.ilvl ?? 0 };
    if (p.numId === null && p.style !== null) list = styleList(styles, p.style);
    if (list === null || list.numId === "0") return "";
    return lists.label(list.numId, p.ilvl ?? list.ilvl);
  }

  function openW(el: XmlElement, up: string): void {
    const t = top();
    switch (el.local) {
      case "tbl":
        tables.push({
          table: { kind: "table", columns: [], rows: [] },
          row: null,
          cell: null,
          host: t?.cell ?? null,
        });
        break;
      case "gridCol":
        if (t && up === "tblGrid") t.table.columns.push(int(el.attr("w"), 0));
        break;
      case "tr":
        if (t) t.row = { gridBefore: 0, gridAfter: 0, cells: [], deleted: false };
        break;
      case "gridBefore":
      case "gridAfter":
        if (t?.row && up === "trPr") t.row[el.local] = Math.max(0, int(el.attr("val"), 0));
        break;
      case "tc":
        if (t) t.cell = { lines: [], span: 1, vMerge: null, hMerge: null };
        break;
      case "gridSpan":
        if (t?.cell && up === "tcPr") t.cell.span = Math.max(1, int(el.attr("val"), 1));
        break;
      case "vMerge":
      case "hMerge":
        if (t?.cell && up === "tcPr") t.cell[el.local] = mergeMark(el);
        break;
      case "p":
        paragraphs.push({ parts: [], numId: null, ilvl: null, style: null });
        break;
      case "pStyle":
        if (up === "pPr" && paragraphs.length > 0) {
          paragraphs[paragraphs.length - 1].style = el.attr("val");
        }
        break;
      case "numId":
      case "ilvl":
        if (up === "numPr" && paragraphs.length > 0) {
          const p = paragraphs[paragraphs.length - 1];
          if (el.local === "numId") p.numId = el.attr("val");
          else p.ilvl = int(el.attr("val"), 0);
        }
        break;
      case "t":
        inText++;
        break;
      case "tab":
      case "ptab":
        if (up === "r") append(" ");
        break;
      case "br":
      case "cr":
        if (up === "r") append("\n");
        break;
      case "noBreakHyphen":
        append("-");
        break;
      case "sym": {
        const code = Number.parseInt(el.attr("char") ?? "", 16);
        if (Number.isFinite(code) && !privateUse(code)) append(String.fromCharCode(code));
        break;
      }
    }
  }

  function closeW(el: XmlElement): void {
    const t = top();
    switch (el.local) {
      case "t":
        inText = Math.max(0, inText - 1);
        break;
      case "p": {
        const p = paragraphs.pop();
        if (!p) break;
        const label = labelOf(p);
        const text = label + p.parts.join("");
        if (t?.cell) t.cell.lines.push(text);
        else if (!t) blocks.push({ kind: "paragraph", text });
        break;
      }
      case "tc":
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
            throw new FileReadError(
              "too-large-docx",
              `В таблицах документа больше ${limits.maxCells.toLocaleString("ru-RU")} ячеек.`,
            );
          }
        }
        if (t) t.cell = null;
        break;
      case "tr":
        if (t?.row && !t.row.deleted) {
          const { gridBefore, gridAfter, cells: rowCells } = t.row;
          t.table.rows.push({ gridBefore, gridAfter, cells: rowCells });
          if (t.table.rows.length > limits.maxRows) {
            throw new FileReadError(
              "too-large-docx",
              `В таблице больше ${limits.maxRows.toLocaleString("ru-RU")} строк — это не похоже на дорожную карту.`,
            );
          }
        }
        if (t) t.row = null;
        break;
      case "tbl": {
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
      const up = parent();
      path.push(el.ns === "w" ? el.local : "");
      if (skip > 0) {
        skip++;
        return;
      }
      if (el.ns === "mc" && el.local === "Fallback") {
        skip = 1; // the same content again, for older readers
        return;
      }
      if (el.ns !== "w") return;
      if (NOT_TEXT.has(el.local)) {
        const row = top()?.row;
        if (el.local === "del" && up === "trPr" && row) row.deleted = true;
        skip = 1;
        return;
      }
      openW(el, up);
    },
    close(el) {
      path.pop();
      if (skip > 0) {
        skip--;
        return;
      }
      if (el.ns === "w") closeW(el);
    },
    text(s) {
      if (inText > 0 && skip === 0) append(s);
    },
  });
  return blocks;
}
