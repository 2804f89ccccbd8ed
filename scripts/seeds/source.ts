/**
 * Reading the seed texts (tables extracted from Word).
 *
 * Two shapes occur. Seeds 001–004 hold one table row per line with cells separated by TABs.
 * Seed 000 holds one cell per line: a line that starts with a TAB opens a new cell, a line
 * without one continues the cell above (a line break inside the cell), and a blank line ends
 * the table row.
 */

export interface SourceLine {
  /** 1-based line number in the .txt file, so layout decisions can be traced back. */
  no: number;
  raw: string;
  blank: boolean;
  hasTab: boolean;
  /** TAB-separated cells, each cleaned; trailing empty cells dropped. */
  cells: string[];
}

/** A row of seed 000: its cells (line breaks kept) and the source lines it came from. */
export interface CellBlock {
  firstLine: number;
  cells: string[];
  /** Lines of the block before its first TAB line (the title block has no TAB at all). */
  loose: string[];
}

const BOLD_MARK = /\*\*/g;

/**
 * Cleans one cell: every line trimmed (Word's centring spaces and trailing blanks are
 * extraction noise), inner runs of spaces kept as written, bold markers removed.
 */
export function cleanCell(text: string): string {
  return text
    .replace(BOLD_MARK, "")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

export function isBoldMarked(text: string): boolean {
  return text.includes("**");
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export function readLines(text: string): SourceLine[] {
  return normaliseNewlines(text)
    .split("\n")
    .map((raw, i) => {
      const cells = raw.split("\t").map(cleanCell);
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      return { no: i + 1, raw, blank: raw.trim() === "", hasTab: raw.includes("\t"), cells };
    });
}

/** Runs of consecutive non-blank lines. */
export function paragraphs(lines: SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  let run: SourceLine[] = [];
  for (const line of lines) {
    if (line.blank) {
      if (run.length > 0) out.push(run);
      run = [];
    } else {
      run.push(line);
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

export function findLine(
  lines: SourceLine[],
  test: (line: SourceLine) => boolean,
  what: string,
  from = 0,
): number {
  const i = lines.findIndex((line, k) => k >= from && test(line));
  if (i < 0) throw new Error(`Seed text: cannot find ${what}.`);
  return i;
}

/** Index just past the last non-blank line. */
export function contentEnd(lines: SourceLine[]): number {
  let end = lines.length;
  while (end > 0 && lines[end - 1].blank) end--;
  return end;
}

export function cellBlocks(text: string): CellBlock[] {
  const blocks: CellBlock[] = [];
  let block: CellBlock | null = null;
  let cell: string[] | null = null;
  const rows = normaliseNewlines(text).split("\n");
  for (let i = 0; i <= rows.length; i++) {
    const raw = i < rows.length ? rows[i] : "";
    const ends = raw.trim() === "";
    if ((ends || raw.startsWith("\t")) && block && cell) block.cells.push(cleanCell(cell.join("\n")));
    if (ends) {
      if (block) blocks.push(block);
      block = null;
      cell = null;
      continue;
    }
    if (!block) block = { firstLine: i + 1, cells: [], loose: [] };
    if (raw.startsWith("\t")) cell = [raw.slice(1)];
    else if (cell) cell.push(raw);
    else block.loose.push(cleanCell(raw));
  }
  return blocks;
}
