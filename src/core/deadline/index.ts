// Placeholder with the final signatures; the grammar is being written (issue 3).
import type { CellValue } from "../grid";
import type { Deadline, DeadlineContext, Period } from "./types";

export type { Deadline, DeadlineContext, DeadlineKind, Period } from "./types";

export function parseDeadline(value: CellValue, _ctx: DeadlineContext): Deadline {
  const text = value === null ? "" : String(value).trim();
  return { text, kind: text === "" ? "missing" : "unparsed", start: null, due: null, dates: [], needsYear: false };
}

export function deadlineFromYearColumns(
  cells: { year: number; value: CellValue }[],
  _ctx: DeadlineContext,
): Deadline {
  const text = cells.map((c) => `${c.year}: ${c.value ?? ""}`).join("; ");
  return { text, kind: "unparsed", start: null, due: null, dates: [], needsYear: false };
}

export function findPeriod(_text: string): Period | null {
  return null;
}
