/**
 * "Отметка об исполнении" added on request at a table's right edge of the open workbook, with a
 * drop-down of the usual marks (core/status-column.ts: the header, the marks, the target). Only
 * ever written into an empty column, so deleting the column undoes it.
 */
import { columnLetter, isEmptyCell, type CellValue } from "../../core/grid";
import {
  STATUS_CHOICES,
  STATUS_HEADER,
  type StatusAlertText,
  type StatusColumnTarget,
} from "../../core/status-column";
import { ExcelHostError } from "./errors";

export {
  STATUS_CHOICES,
  STATUS_HEADER,
  type StatusAlertText,
  type StatusColumnTarget,
} from "../../core/status-column";

/** Adds the column in two syncs (check it is empty, then write). Returns its letter. */
export async function addStatusColumn(
  context: Excel.RequestContext,
  target: StatusColumnTarget,
  alert: StatusAlertText,
): Promise<string> {
  const [top, bottom] = target.headerRows;
  if (target.lastRow <= bottom) {
    throw new ExcelHostError("table-without-rows", "В таблице нет строк под заголовком", {
      sheet: target.sheet,
    });
  }
  const letter = columnLetter(target.rightColumn + 1);
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  const whole = sheet.getRange(`${letter}${top}:${letter}${target.lastRow}`);
  whole.load("values");
  await context.sync();

  const occupied = (whole.values as CellValue[][]).some((row) => !isEmptyCell(row[0] ?? null));
  if (occupied) {
    throw new ExcelHostError(
      "status-column-occupied",
      `Столбец ${letter} справа от таблицы на листе «${target.sheet}» не пуст: освободите его`,
      { sheet: target.sheet, column: letter },
    );
  }

  const header = sheet.getRange(`${letter}${top}:${letter}${bottom}`);
  if (bottom > top) header.merge(false);
  sheet.getRange(`${letter}${top}`).values = [[STATUS_HEADER]];
  header.format.font.bold = true;
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  whole.format.wrapText = true;
  whole.format.columnWidth = 110;
  for (const edge of [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideHorizontal",
  ] as const) {
    whole.format.borders.getItem(edge).style = "Continuous";
  }

  const data = sheet.getRange(`${letter}${bottom + 1}:${letter}${target.lastRow}`);
  data.dataValidation.rule = {
    list: { inCellDropDown: true, source: STATUS_CHOICES.join(",") },
  };
  // A completion date or a comment is a valid mark too: Excel informs, it does not refuse.
  data.dataValidation.errorAlert = {
    showAlert: true,
    style: "Information",
    title: alert.title,
    message: alert.message,
  };
  await context.sync();
  return letter;
}
