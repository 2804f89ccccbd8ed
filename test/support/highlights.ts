/**
 * What a cell looks like once its conditional formats apply, read with ExcelJS: the checked
 * copy highlights with always-true rules (xlsx/write/checked.ts), so a test asks for the fill
 * and font a person sees, not the cell's own. Rules apply by priority; of non-conflicting
 * formats each property comes from the first rule that sets it, as in Excel.
 */
import type ExcelJS from "exceljs";

function decode(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.split(":");
  const cell = (s: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(s);
    if (!m) throw new Error(`not a cell: ${s}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]), col };
  };
  const tl = cell(a);
  const br = cell(b);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

/** Style parts of the always-true rules (TRUE as we write it, 1 as LibreOffice writes it back) covering a cell, highest priority first. */
function rulesAt(ws: ExcelJS.Worksheet, row: number, col: number): Partial<ExcelJS.Style>[] {
  const found: { priority: number; style: Partial<ExcelJS.Style> }[] = [];
  // ExcelJS reads them into the worksheet; its typings only know how to add them.
  const formats = (
    ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }
  ).conditionalFormattings;
  for (const cf of formats ?? []) {
    const covers = cf.ref.split(/\s+/).some((r: string) => {
      const a = decode(r);
      return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
    });
    if (!covers) continue;
    for (const rule of cf.rules) {
      const always =
        rule.type === "expression" &&
        rule.formulae?.length === 1 &&
        /^(TRUE|1)$/i.test(String(rule.formulae[0]));
      if (always && rule.style) found.push({ priority: rule.priority ?? 0, style: rule.style });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.style);
}

function argbOf(fill: ExcelJS.Fill | null | undefined, conditional: boolean): string | undefined {
  if (!fill) return undefined;
  // A cell's solid fill shows its foreground colour.
  if (!conditional) return fill.type === "pattern" ? fill.fgColor?.argb : undefined;
  // A dxf's shows its background colour; LibreOffice writes it back without a pattern type.
  if (fill.type !== "pattern" && fill.type !== undefined) return undefined;
  const f = fill as Partial<ExcelJS.FillPattern>;
  return f.bgColor?.argb ?? f.fgColor?.argb;
}

/** The fill colour (ARGB) a cell shows. */
export function shownFill(ws: ExcelJS.Worksheet, address: string): string | undefined {
  const cell = ws.getCell(address);
  for (const style of rulesAt(ws, Number(cell.row), Number(cell.col))) {
    const argb = argbOf(style.fill, true);
    if (argb) return argb;
  }
  return argbOf(cell.fill, false);
}

/** The font a cell shows: its own, with what the rules covering it set. */
export function shownFont(ws: ExcelJS.Worksheet, address: string): Partial<ExcelJS.Font> {
  const cell = ws.getCell(address);
  const font: Partial<ExcelJS.Font> = { ...(cell.font ?? {}) };
  const set = new Set<string>();
  for (const style of rulesAt(ws, Number(cell.row), Number(cell.col))) {
    for (const [k, v] of Object.entries(style.font ?? {})) {
      if (v === undefined || v === null || set.has(k)) continue;
      set.add(k);
      (font as Record<string, unknown>)[k] = v;
    }
  }
  return font;
}
