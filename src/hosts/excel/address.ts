/**
 * A1 addresses as Excel returns them: "Лист1!A1:G10", "'План работ'!B2", and lists of them
 * joined by commas ("'a,b'!A1:B2,'a,b'!D4:E5") from RangeAreas.address.
 */
import { columnNumber } from "../../core/plan";

export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetBox extends CellBox {
  sheet: string;
}

/** Splits a comma-joined address list, keeping commas inside quoted sheet names. */
export function splitAddressList(list: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (current.trim() !== "") out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") out.push(current.trim());
  return out;
}

const CELL = /^\$?([A-Z]+)\$?(\d+)$/;

function parseCell(ref: string, address: string): { row: number; col: number } {
  const m = CELL.exec(ref);
  if (!m) throw new Error(`Не удалось прочитать адрес ячейки «${address}»`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** "'План работ'!B2:C5" → sheet "План работ", rows 2..5, columns 2..3. */
export function parseAddress(address: string): SheetBox {
  const bang = address.lastIndexOf("!");
  let sheet = bang >= 0 ? address.slice(0, bang) : "";
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [a, b] = address.slice(bang + 1).split(":");
  const start = parseCell(a, address);
  const end = b === undefined ? start : parseCell(b, address);
  return {
    sheet,
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
