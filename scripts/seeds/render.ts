/** Writes SheetDrafts with ExcelJS, dressed the way a pasted Word table looks in Excel. */
import ExcelJS from "exceljs";
import { DATE_FORMAT } from "./body";
import type { Box, FontFamily, Look, SheetDraft } from "./draft";
import { stampZipEntries } from "./zip-dates";
import type { WorkbookPlan } from "./workbooks";

/** Every workbook claims the same author and times, so builds are byte-identical. */
export const FIXED_TIME = new Date(Date.UTC(2021, 8, 1, 9, 0, 0));
export const AUTHOR = "Управление образования";

const FONTS: Record<FontFamily, { name: string; size: number }> = {
  word: { name: "Times New Roman", size: 12 },
  excel: { name: "Calibri", size: 11 },
};

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

interface LookStyle {
  bold?: boolean;
  sizeUp?: number;
  alignment: Partial<ExcelJS.Alignment>;
}

const LOOKS: Record<Look, LookStyle> = {
  title: { bold: true, sizeUp: 2, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  approval: { alignment: { horizontal: "left", vertical: "middle" } },
  text: { alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  header: { bold: true, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  numbering: { alignment: { horizontal: "center", vertical: "middle" } },
  section: { bold: true, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  body: { alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  signature: { alignment: { horizontal: "left", vertical: "middle" } },
  "list-header": { bold: true, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  "list-body": { alignment: { horizontal: "left", vertical: "top", wrapText: true } },
};

function inside(boxes: Box[], r: number, c: number): boolean {
  return boxes.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
}

function cellStyle(draft: SheetDraft, look: Look, r: number, c: number, date: boolean): Partial<ExcelJS.Style> {
  const base = FONTS[draft.font];
  const spec = LOOKS[look];
  const style: Partial<ExcelJS.Style> = {
    font: { name: base.name, size: base.size + (spec.sizeUp ?? 0), bold: spec.bold ?? false },
    alignment: { ...spec.alignment },
  };
  if (inside(draft.boxes, r, c)) style.border = { ...THIN };
  if (date) style.numFmt = DATE_FORMAT;
  return style;
}

function renderSheet(wb: ExcelJS.Workbook, draft: SheetDraft): void {
  const ws = wb.addWorksheet(draft.name, {
    pageSetup: draft.layout.roadmap
      ? { paperSize: 9, orientation: "landscape" }
      : { paperSize: 9, orientation: "portrait" },
  });
  draft.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const rows = [...draft.rows.entries()].sort((a, b) => a[0] - b[0]);
  for (const [r, row] of rows) {
    for (const [c, v] of row.cells) ws.getCell(r, c).value = v;
    if (row.height !== undefined) ws.getRow(r).height = row.height;
  }
  for (const m of draft.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const covered = (r: number, c: number): boolean =>
    inside(draft.merges, r, c) || inside(draft.boxes, r, c) || draft.valueAt(r, c) !== null;
  for (const [r, row] of rows) {
    for (let c = 1; c <= draft.widths.length; c++) {
      if (!covered(r, c)) continue;
      // A fresh style object per cell: ExcelJS shares the master's object with merged cells.
      ws.getCell(r, c).style = cellStyle(draft, row.look, r, c, row.cells.get(c) instanceof Date);
    }
  }
  // Columns 1..16384, as Excel writes its own breaks (ExcelJS's default range overshoots).
  for (const r of draft.pageBreaks) ws.getRow(r).addPageBreak(1, 16384);
}

export function renderWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = AUTHOR;
  wb.lastModifiedBy = AUTHOR;
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  for (const sheet of plan.sheets) renderSheet(wb, sheet);
  return wb;
}

export async function workbookBytes(plan: WorkbookPlan): Promise<Buffer> {
  const data = await renderWorkbook(plan).xlsx.writeBuffer();
  return stampZipEntries(Buffer.from(data), FIXED_TIME);
}
