/**
 * "Отметка об исполнении" added on request at a table's right edge, with a drop-down of the
 * usual marks. Only ever written into an empty column, so deleting the column undoes it.
 * The header and the marks stay Russian whatever the UI language: they are the roadmap's own
 * text, read by the ministry and by the recogniser.
 */
import { columnLetter, isEmptyCell, type CellValue } from "../../core/grid";
import { ExcelHostError } from "./errors";

export const STATUS_HEADER = "Отметка об исполнении";
export const STATUS_CHOICES = ["выполнено", "в работе", "не выполнено", "перенесено"] as const;

export interface StatusColumnTarget {
  sheet: string;
  /** 1-based sheet rows of the table's header band. */
  headerRows: [number, number];
  /** 1-based sheet row of the table's last row. */
  lastRow: number;
  /** 1-based sheet column of the table's rightmost column. */
  rightColumn: number;
}

/** The note Excel shows when a value is typed that is not in the list (it is still accepted). */
export interface StatusAlertText {
  title: string;
  message: string;
}

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
