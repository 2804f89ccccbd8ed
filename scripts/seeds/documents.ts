/**
 * The seed Word documents: one per seed text, drawn from the roadmap sheet of its
 * single-seed workbook (000–004). Seed 001's table is broken into two Word tables at its first
 * page break that falls between whole rows.
 */
import { type DocumentPlan, planDocument } from "./document";
import type { TableLayout } from "./layout";
import type { WorkbookPlan } from "./workbooks";

export interface SeedDocument {
  file: string;
  /** The workbook twin: the same table as a sheet. */
  workbook: string;
  plan: DocumentPlan;
  /** Workbook row after which the Word table is broken in two, or null. */
  splitAfter: number | null;
}

const SPLIT = new Set(["001"]);

function firstBreakBetweenWholeRows(t: TableLayout): number {
  const continuations = new Set(t.continuations.map((c) => c.row));
  const row = t.pageBreaksAfter.find((r) => !continuations.has(r + 1));
  if (row === undefined) throw new Error("No page break between whole rows to break the table at.");
  return row;
}

export function planDocuments(plans: WorkbookPlan[]): SeedDocument[] {
  return plans
    .filter((p) => p.sources.length === 1 && p.sheets.length === 1)
    .map((p) => {
      const [sheet] = p.sheets;
      const id = p.sources[0];
      const splitAfter = SPLIT.has(id) ? firstBreakBetweenWholeRows(sheet.layout.tables[0]) : null;
      return {
        file: p.file.replace(/\.xlsx$/, ".docx"),
        workbook: p.file,
        plan: planDocument(sheet, splitAfter === null ? {} : { splitAfter }),
        splitAfter,
      };
    });
}
