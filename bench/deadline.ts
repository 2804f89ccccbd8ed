/**
 * Deadline grammar speed: every distinct deadline text of the five seeds, repeated, mixed with
 * real Excel dates and serial numbers, as a check meets them in a column. Target ≥ 200,000
 * cells a second.
 */
import type { CellValue } from "../src/core/grid";
import { parseDeadline } from "../src/core/deadline";
import type { DeadlineContext } from "../src/core/deadline";

/** The seeds' deadline texts, cells split over a page break joined with "\n". */
const SEED_TEXTS = [
  // 000 Дальнереченск
  "Сентябрь 2020",
  "До 23 сентября\n2020",
  "До 30 сентября 2020",
  "Октябрь 2020",
  "В течение учебного года",
  "Ноябрь- декабрь\n2020",
  "В течение \n2020-2021 учебного года",
  "В течение 2020-2021 учебного года",
  "Июнь 2021 г.",
  "Сентябрь- июнь 2021 года",
  // 001 Буинск
  "До 01.10.2021",
  "Октябрь 2021",
  "Сентябрь 2021",
  "Октябрь 2021 – апрель 2022",
  "В течение года (по графику)",
  "По графику",
  "Ежеквартально",
  "Сентябрь 2021 Июнь 2022",
  "Сентябрь\n2021",
  "В течение года",
  "Август 2021",
  "В соответствии\nии с планом МСОКО",
  "В течение года (по отдельном у графику)",
  "в течение года (по запросу)",
  "в течение года (по графику школы)",
  "Февраль 2022",
  // 003 Канск
  "В соответствии со сроками ВПР, КДР, ОГЭ, ЕГЭ",
  "В течение 2021-2022 учебного года",
  "До 01.10.2022",
  "В течение 2021-2022 учебного года, До декабря 2022 года",
  "В течение учебного года 2021-2022, до декабря 2022 года",
  "До 01.12.2022",
  "До 01.01.2023",
  "В течение учебного года 2021-2022, до декабря 2022 года но",
  "В соответствии с Соглашением, по плану КК ИПК, ЦНППМ",
  "По плану мониторинга ШНОР КК ИПК : сентябрь 2022/февраль 2023",
  "Сентябрь 2022/февраль2023",
  // 004 Приморский край
  "01.03.2021",
  "25.02.2021- 12.12.2021",
  "Март - июнь",
  "30.04.2021",
  "28.05.2021",
  "29.09.2021",
  "29.10.2021",
  "29.11.2021",
  "30.11.2021",
  "Март - декабрь",
  "Ежемесячно /по запросу МОУО",
  "Ежемесячно",
  "23.06.2021, 17.11.2021",
  "01.04.2021- 31.05.2021",
  "30.06.2021",
  "30.07.2021",
  "31.03.2021",
  "01.04.2021- 30.07.2021",
  "По утвержденному графику",
];

const EXCEL_VALUES: CellValue[] = [
  new Date(Date.UTC(2021, 9, 1)),
  new Date(Date.UTC(2022, 4, 31)),
  44470,
  44712,
  2021,
  null,
];

const CONTEXTS: DeadlineContext[] = [
  { period: { start: "2020-09-01", end: "2021-08-31" }, asOf: "2021-03-15" },
  { period: { start: "2021-01-01", end: "2021-12-31" }, asOf: "2021-06-01" },
  { period: null, asOf: "2022-02-01" },
];

const TARGET_CELLS = 240_000;

export function benchDeadlines(): { cells: number; ms: number; perSecond: number } {
  const values: CellValue[] = [...SEED_TEXTS, ...EXCEL_VALUES];
  // Warm the regular expressions and the JIT so the figure is the steady state a check sees.
  for (let i = 0; i < 20_000; i++)
    parseDeadline(values[i % values.length], CONTEXTS[i % CONTEXTS.length]);
  let kinds = 0;
  const t0 = performance.now();
  for (let i = 0; i < TARGET_CELLS; i++) {
    if (parseDeadline(values[i % values.length], CONTEXTS[i % CONTEXTS.length]).due !== null)
      kinds++;
  }
  const ms = performance.now() - t0;
  if (kinds === 0) throw new Error("benchDeadlines: no deadline was read — the grammar is broken");
  return { cells: TARGET_CELLS, ms, perSecond: (TARGET_CELLS / ms) * 1000 };
}
