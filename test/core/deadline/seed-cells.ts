/**
 * Reads the seed roadmaps (seeds/*.txt, tables extracted from Word) the way the brief
 * describes them, to list every deadline cell a seed really holds: columns are separated by
 * TABs; a blank line is a page break; a row that follows a page break with an empty first
 * cell continues the row before it, its fragments joined with "\n".
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const SEEDS = join(__dirname, "../../../seeds");

export function seedText(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (file === undefined) throw new Error(`No seed ${prefix}_*.txt in ${SEEDS}`);
  return readFileSync(join(SEEDS, file), "utf8");
}

/** Rows of a TAB-separated seed table, continuation rows merged into their parent. */
export function seedRows(prefix: string, merge: boolean): string[][] {
  const rows: string[][] = [];
  let afterBreak = false;
  for (const line of seedText(prefix).split("\n")) {
    if (line.trim() === "") {
      afterBreak = true;
      continue;
    }
    const cells = line.split("\t");
    const parent = rows[rows.length - 1];
    if (merge && afterBreak && cells.length > 1 && cells[0].trim() === "" && parent) {
      cells.forEach((c, i) => {
        if (c.trim() !== "") parent[i] = parent[i]?.trim() ? `${parent[i].trim()}\n${c.trim()}` : c;
      });
    } else if (cells.length > 1) {
      rows.push(cells);
    }
    afterBreak = false;
  }
  return rows;
}

/**
 * Seed 000 writes one cell per line: a line starting with a TAB opens a cell, a line without
 * one continues it (a line break inside the cell), a blank line ends the row.
 */
export function seedCellsPerLine(prefix: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const line of seedText(prefix).split("\n")) {
    if (line.trim() === "") {
      if (row.length > 0) rows.push(row);
      row = [];
    } else if (line.startsWith("\t")) {
      row.push(line.slice(1));
    } else if (row.length > 0) {
      row[row.length - 1] += `\n${line}`;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Distinct deadline texts of a seed, trimmed, in order of first appearance. */
export function seedDeadlines(prefix: string): string[] {
  let cells: string[];
  if (prefix === "000") {
    cells = seedCellsPerLine("000")
      .filter((r) => r.length === 7)
      .slice(1)
      .map((r) => r[4]);
  } else if (prefix === "004") {
    // The deadline is the first column; section rows ("Задача 1. …") fill it alone.
    cells = seedRows("004", true)
      .filter((r) => r.length === 4 && r.slice(1).some((c) => c.trim() !== ""))
      .slice(1)
      .map((r) => r[0]);
  } else {
    cells = seedRows(prefix, prefix === "001")
      .slice(1)
      .map((r) => r[3] ?? "");
  }
  return [...new Set(cells.map((c) => c.trim()).filter((c) => c !== ""))];
}
