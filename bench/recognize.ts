/**
 * Recognition speed: a generated 10,000-row roadmap sheet, timed for the core alone (Grid →
 * recognize → check) and, separately, for reading the same sheet from an .xlsx with ExcelJS.
 */
import ExcelJS from "exceljs";
import { checkGrids } from "../src/core/check";
import type { CellValue, Grid } from "../src/core/grid";
import { recognize } from "../src/core/recognize";
import { readWorkbookGrids } from "../src/hosts/file/read";
import { DEADLINES } from "./municipal-workbooks";

export function roadmapRows(rows: number): CellValue[][] {
  const cells: CellValue[][] = [
    ["УТВЕРЖДАЮ"],
    ["ПЛАН («дорожная карта») реализации мероприятий в 2021-2022 учебном году"],
    [],
    [
      "№ п/п",
      "Мероприятия",
      "Сроки",
      "Ответственные",
      "Ожидаемый результат",
      "Отметка об исполнении",
    ],
  ];
  for (let i = 1; i <= rows; i++) {
    if (i % 100 === 1) cells.push([`Раздел ${Math.ceil(i / 100)}. Организационные меры`]);
    cells.push([
      `${i}.`,
      `Проведение мероприятия № ${i} по поддержке школ с низкими результатами обучения`,
      DEADLINES[i % DEADLINES.length],
      i % 13 === 0 ? null : `Руководители ОО, специалист ${i % 17}`,
      `Аналитическая справка ${i}`,
      i % 5 === 0 ? "выполнено" : null,
    ]);
  }
  return cells;
}

function time<T>(fn: () => T, runs: number): { ms: number; result: T } {
  fn(); // warm-up: the JIT and the header cache
  const t0 = performance.now();
  let result = fn();
  for (let i = 1; i < runs; i++) result = fn();
  return { ms: (performance.now() - t0) / runs, result };
}

export async function benchRecognize(rows = 10_000): Promise<{
  rows: number;
  recognizeMs: number;
  checkMs: number;
  xlsxReadMs: number;
}> {
  const cells = roadmapRows(rows);
  const grid: Grid = { sheet: "План", origin: { row: 1, col: 1 }, cells, merges: [] };
  const rec = time(() => recognize(grid), 5);
  const items = rec.result[0]?.rows.filter((r) => r.kind === "item").length ?? 0;
  if (items !== rows) throw new Error(`bench: recognised ${items} of ${rows} items`);
  const chk = time(() => checkGrids([grid], { settings: { asOf: "2022-01-15" } }), 5);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("План");
  for (const row of cells) ws.addRow(row);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const t0 = performance.now();
  await readWorkbookGrids(bytes);
  const xlsxReadMs = performance.now() - t0;
  return { rows, recognizeMs: rec.ms, checkMs: chk.ms, xlsxReadMs };
}
