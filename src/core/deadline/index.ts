/**
 * The Russian deadline grammar (DESIGN.md §5). Like chrono-node's locales: small parsers find
 * mentions in a normalised text (numeric-dates, month-phrases, quarters, periods), refiners
 * read the words around them (refine-preps, refine-ranges, refine-years) and compose.ts
 * decides the kind. Pure and total: any cell value gives a Deadline, none throws.
 */
import type { CellValue } from "../grid";
import { parseCell } from "./cell-value";
import { readContext } from "./context";
import { asCheckpoints, fromStartAndEnd } from "./combine";
import { fromMarkColumns, type MarkCell, type MarkReading } from "./mark-columns";
import { fromYearColumns } from "./year-columns";
import type { Deadline, DeadlineContext } from "./types";

export type { Deadline, DeadlineContext, DeadlineKind, Period } from "./types";
export { findPeriod, isPeriodHeading, periodOfHeading } from "./title-period";

export function parseDeadline(value: CellValue, ctx: DeadlineContext): Deadline {
  return parseCell(value, readContext(ctx));
}

/** A deadline from year columns ("2020 г.", "2021 г.", …) holding planned values. */
export function deadlineFromYearColumns(
  cells: { year: number; value: CellValue }[],
  ctx: DeadlineContext,
): Deadline {
  return fromYearColumns(cells, readContext(ctx));
}

/** A deadline from a grid of quarter or month columns with marks in the planned cells. */
export function deadlineFromMarkColumns(cells: MarkCell[], ctx: DeadlineContext): MarkReading {
  return fromMarkColumns(cells, readContext(ctx));
}

/** A deadline split over a start column and an end column. */
export function deadlineFromStartAndEnd(start: Deadline, end: Deadline): Deadline {
  return fromStartAndEnd(start, end);
}

/** Several deadline columns of one kind ("Дата" | "Дата" | "Дата") read as checkpoints. */
export function deadlineFromSeveral(parts: Deadline[], ctx: DeadlineContext): Deadline {
  return asCheckpoints(parts, readContext(ctx));
}

export type { MarkCell, MarkReading } from "./mark-columns";
