/**
 * How tall a row must be for its wrapped text. No .xlsx writer can ask the spreadsheet to fit
 * rows on opening — Excel keeps the stored height and LibreOffice draws text past a short row
 * over the rows below — so the height is estimated here from the text, the column width and the
 * font, generously: a row a line too tall is a blemish, a row a line short hides text.
 *
 * The geometry is Excel's (the narrower of the two): a column `w` characters wide is w × the
 * default font's digit width in pixels, less 5 pixels of padding; text is broken into lines at
 * spaces and after hyphens, dashes and slashes, a word longer than the line is broken anywhere,
 * and each line is the font's size × LINE_SPACING. Character widths are Arial's (Liberation
 * Sans in LibreOffice); other families are scaled by what they are drawn with there.
 */
import { charWidthEm, WIDEST_EM, WIDTH_TABLE_SIZE, widthTable } from "./font-metrics";

// Module-level copies: a bundler's or loader's import binding may be a getter, and the loop in
// TextFit.lines reads these for every character of a region.
const TABLE_SIZE = WIDTH_TABLE_SIZE;
const REGULAR_WIDTHS = widthTable(false);
const BOLD_WIDTHS = widthTable(true);

/** The font a cell is drawn in, as far as its size goes. */
export interface CellFont {
  /** Points. */
  size: number;
  bold?: boolean;
  /** The family as the workbook names it ("Arial", "Calibri", "Times New Roman"). */
  name?: string;
}

export interface FitColumn {
  /** Width in characters, as the file stores it. */
  width: number;
  /** Whether the column's text wraps; text that does not wrap stays on one line. */
  wrap: boolean;
}

/** Excel's row height limit: a taller row is refused (LibreOffice allows more, Excel not). */
export const MAX_ROW_HEIGHT = 409;

/** The font our own workbooks are written in: Arial is Liberation Sans in LibreOffice. */
export const WORKBOOK_FONT: CellFont = { size: 10, name: "Arial" };

/**
 * Line pitch as a share of the font size: Excel fits Arial 10 lines at 12.75 pt (1.275) and
 * Calibri 11 at 15 (1.36); LibreOffice draws them closer. A little over Excel's own.
 */
const LINE_SPACING = 1.3;
const WIDE_LINE_SPACING: Record<string, number> = { calibri: 1.37, carlito: 1.37 };
/** Space above and below the text in a row, in points. */
const ROW_PADDING = 2.25;
/** Text drawn wider than measured: hinting, a slightly different font, rounding. */
const MARGIN = 1.07;
/** Pixels of a column that text cannot use (Excel's padding). */
const COLUMN_PADDING_PX = 5;
const PX_PER_PT = 96 / 72;

/**
 * How much wider than Arial a family is drawn where it matters. Fonts metric-compatible with
 * Arial or Times are drawn the same in LibreOffice (Liberation Sans, Liberation Serif); Calibri
 * there is Carlito, or Liberation Sans where Carlito is not installed. A family we do not know
 * may be replaced by DejaVu Sans, about 15 % wider than Arial.
 */
const FAMILY_SCALE: Record<string, number> = {
  arial: 1,
  "liberation sans": 1,
  helvetica: 1,
  arimo: 1,
  calibri: 1,
  carlito: 1,
  "times new roman": 0.95,
  "liberation serif": 0.95,
  times: 0.95,
  tinos: 0.95,
};
const UNKNOWN_FAMILY_SCALE = 1.15;

function familyScale(name: string | undefined): number {
  if (name === undefined) return 1;
  return FAMILY_SCALE[name.trim().toLowerCase()] ?? UNKNOWN_FAMILY_SCALE;
}

/** Break after these (a space is handled apart: it may hang past the line's end). */
function breaksAfter(code: number): boolean {
  // - / – —
  return code === 0x2d || code === 0x2f || code === 0x2013 || code === 0x2014;
}

/**
 * Measures text in the columns of one sheet. `base` is the workbook's default font: a column's
 * character is its digit width.
 */
export class TextFit {
  private readonly digitPx: number;
  /** The base font: the workbook's default. */
  readonly font: CellFont;

  constructor(private readonly base: CellFont = WORKBOOK_FONT) {
    this.font = base;
    // Excel's "maximum digit width" in whole pixels: 7 for Arial 10 and Calibri 11.
    this.digitPx = Math.max(1, Math.floor(0.53 * base.size * PX_PER_PT));
  }

  /** Points a column `width` characters wide leaves for text. */
  columnPoints(width: number): number {
    return Math.max(1, width * this.digitPx - COLUMN_PADDING_PX) / PX_PER_PT;
  }

  /** Points the widest line of `text` takes, or with `words` its widest unbreakable word. */
  textPoints(text: string, font: CellFont = this.base, words = false): number {
    const em = font.size * familyScale(font.name ?? this.base.name) * MARGIN;
    const bold = font.bold === true;
    let widest = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || (words && code === 0x20)) {
        run = 0;
        continue;
      }
      if (code === 0x0d) continue;
      run += charWidthEm(code, bold) * em;
      if (run > widest) widest = run;
      if (words && breaksAfter(code)) run = 0;
    }
    return widest;
  }

  /** The column width, in characters, that holds `points` of text on one line. */
  widthFor(points: number): number {
    return Math.ceil(((points * PX_PER_PT + COLUMN_PADDING_PX) / this.digitPx) * 4) / 4;
  }

  /** How many lines `text` takes in a column `width` characters wide. */
  lines(text: string, width: number, font: CellFont = this.base): number {
    if (text === "") return 1;
    const avail = this.columnPoints(width);
    const em = font.size * familyScale(font.name ?? this.base.name) * MARGIN;
    // Most cells are short: a bound on their width spares measuring them.
    if (text.length * WIDEST_EM * em <= avail && !text.includes("\n")) return 1;
    const bold = font.bold === true;
    const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
    let lines = 1;
    let line = 0; // width of the words placed on the current line
    let word = 0; // width of the word being read (since the last break)
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) {
        lines += 1;
        line = 0;
        word = 0;
        continue;
      }
      if (code === 0x0d) continue;
      const w = (code < TABLE_SIZE ? widths[code] : charWidthEm(code, bold)) * em;
      if (code === 0x20) {
        // The word ends; the space after it may hang past the edge.
        line += word + w;
        word = 0;
        continue;
      }
      word += w;
      if (line + word > avail) {
        if (line > 0) {
          // The word moves to a new line; spaces left hanging at the edge do not count.
          lines += 1;
          line = 0;
        }
        while (word > avail) {
          // Longer than a line: broken anywhere.
          lines += 1;
          word -= avail;
        }
      }
      // Lines break after - / – — (inline: this loop runs over every character of a region).
      if (code === 0x2d || code === 0x2f || code === 0x2013 || code === 0x2014) {
        line += word;
        word = 0;
      }
    }
    return lines;
  }

  /** Points `lines` lines of `font` take, padding included, within Excel's limit. */
  height(lines: number, font: CellFont = this.base): number {
    const family = (font.name ?? this.base.name ?? "").trim().toLowerCase();
    const spacing = WIDE_LINE_SPACING[family] ?? LINE_SPACING;
    const h = lines * font.size * spacing + ROW_PADDING;
    return Math.min(MAX_ROW_HEIGHT, Math.ceil(h * 4) / 4);
  }

  /** The height of a row of one line of the base font: rows that need no more are left be. */
  get defaultHeight(): number {
    return this.height(1);
  }

  /**
   * The height a row needs for its cells, or null when one line of the base font is enough.
   * `fonts`, when given, is each cell's font (a header in bold); otherwise the base font.
   */
  rowHeight(
    cells: readonly unknown[],
    columns: readonly FitColumn[],
    fonts?: readonly (CellFont | undefined)[],
  ): number | null {
    let needed = 0;
    for (let i = 0; i < cells.length && i < columns.length; i++) {
      const v = cells[i];
      if (typeof v !== "string" || v === "") continue;
      const font = fonts?.[i] ?? this.base;
      const column = columns[i];
      let lines = 1;
      if (column.wrap) lines = this.lines(v, column.width, font);
      if (lines === 1 && font.size <= this.base.size) continue;
      const h = this.height(lines, font);
      if (h > needed) needed = h;
    }
    return needed > this.defaultHeight ? needed : null;
  }
}
