/**
 * The conservation check of issue 5, on a regional workbook read back from disk: every
 * non-empty cell of every recognised table of the inputs is in it, and "Свод" has exactly one
 * row per activity.
 */
import ExcelJS from "exceljs";
import { displayText } from "../../src/core/consolidate";
import { sourceText } from "../../src/core/consolidate/svod";
import { parseSettings } from "../../src/core/validate/settings";
import { checkFile } from "../../src/hosts/file/check-files";

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * The row of a sheet's header: the first of its first 10 rows with «Муниципалитет» in column
 * A (our sheets have a title above the table), as a reader of the workbook would find it.
 */
export function headerRowOf(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= 10; r++) if (ws.getCell(r, 1).value === "Муниципалитет") return r;
  throw new Error(`no header in the first 10 rows of ${ws.name}`);
}

function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  // ExcelJS counts the columns over every row each time it is asked: ask once.
  const width = ws.columnCount;
  const header = headerRowOf(ws);
  ws.eachRow((row, n) => {
    if (n <= header) return;
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(text(row.getCell(c).value));
    rows.push(cells);
  });
  return rows;
}

export interface ConservationResult {
  activities: number;
  cells: number;
}

export async function expectConserved(
  inputs: string[],
  region: string,
  asOf: string,
): Promise<ConservationResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(region);
  const svod = wb.getWorksheet("Свод");
  if (!svod) throw new Error("no Свод sheet");
  const header = svod.getRow(headerRowOf(svod)).values as unknown[];
  const sourceCol = header.indexOf("Источник") - 1;
  const rows = sheetRows(svod);
  const bySource = new Map(rows.map((r) => [r[sourceCol], r.join("\u0001")]));
  const everything = wb.worksheets.flatMap((ws) => sheetRows(ws).map((r) => r.join("\u0001")));
  const all = everything.join("\u0002");

  const settings = parseSettings({ asOf });
  let activities = 0;
  let cells = 0;
  for (const file of inputs) {
    const checked = await checkFile(file, settings);
    for (const t of checked.tables) {
      for (const r of t.rows) {
        const texts = r.row.values.map(displayText).filter((x) => x !== "");
        cells += texts.length;
        if (r.row.kind === "section") {
          for (const x of texts) expect(all).toContain(x);
          continue;
        }
        activities += 1;
        const row = bySource.get(sourceText(file, t.table.sheet, r.row, checked.format === "docx"));
        if (row === undefined) throw new Error(`${file} row ${r.row.row} is not in Свод`);
        for (const x of texts) expect(row).toContain(x);
      }
    }
  }
  expect(rows).toHaveLength(activities);
  return { activities, cells };
}
