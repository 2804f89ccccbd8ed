/**
 * Opening last month's regional file to rebuild into. ExcelJS rewrites the whole package and
 * does not carry charts, pivot tables, queries or macros over — so a workbook holding any of
 * those is refused rather than quietly damaged.
 */
import type ExcelJS from "exceljs";
import { FileReadError, loadWorkbook } from "../read";
import { listZipEntries } from "../zip-guard";
import { RegionalWriteError } from "./write-error";

/** Package parts ExcelJS drops on a round trip, by what the user would lose. */
const LOST_ON_ROUND_TRIP: { pattern: RegExp; what: string }[] = [
  { pattern: /^xl\/charts\//, what: "диаграммы" },
  { pattern: /^xl\/chartsheets\//, what: "листы диаграмм" },
  { pattern: /^xl\/pivot(Tables|Cache)\//, what: "сводные таблицы" },
  { pattern: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, what: "срезы" },
  { pattern: /^xl\/(queryTables\/|connections\.xml|customXml\/)/, what: "запросы и подключения" },
  { pattern: /^xl\/externalLinks\//, what: "связи с другими книгами" },
  { pattern: /^xl\/vbaProject\.bin$/, what: "макросы" },
  { pattern: /^xl\/(activeX|ctrlProps)\//, what: "элементы управления" },
];

export async function openRebuildTarget(existing: Uint8Array): Promise<ExcelJS.Workbook> {
  const names = (await asRegionalTarget(() => listZipEntries(existing))).map((e) => e.name);
  const lost = [
    ...new Set(
      LOST_ON_ROUND_TRIP.filter((l) => names.some((n) => l.pattern.test(n))).map((l) => l.what),
    ),
  ];
  if (lost.length > 0) throw new RegionalWriteError("unsafe-rebuild", lost.join(", "));
  return asRegionalTarget(() => loadWorkbook(existing));
}

/** The file to rebuild into must itself be a readable workbook; say so in those words. */
async function asRegionalTarget<T>(read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof FileReadError) throw new RegionalWriteError("not-a-workbook", err.message);
    throw err;
  }
}
