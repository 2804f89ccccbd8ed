/**
 * Deadlines read from more than one cell of a row. A deadline split over two columns
 * ("Плановое начало" 20.03.2008 / "Плановое окончание" 30.12.2008) is a range from the first to
 * the second. Several deadline columns of one kind ("Дата" | "Дата" | "Дата": the main and the
 * extra dates of an exam) are checkpoints: every date each names, due at the next not passed.
 */
import { fromIso, type DayKey } from "./calendar";
import type { KeyContext } from "./context";
import { makeDeadline, nextDue, sortedUnique } from "./result";
import type { Deadline } from "./types";

function key(iso: string | null): DayKey | null {
  return iso === null ? null : fromIso(iso);
}

/** A range from the start cell's first day to the end cell's due date. */
export function fromStartAndEnd(start: Deadline, end: Deadline): Deadline {
  const text = `${start.text} – ${end.text}`;
  const from = key(start.start ?? start.due);
  const due = key(end.due);
  if (start.kind === "missing") return end;
  if (end.kind === "missing") {
    return from === null
      ? start
      : { ...makeDeadline(text, "range", from, null, [], false), openEnd: true };
  }
  if (from === null || due === null) {
    const needsYear = start.needsYear || end.needsYear;
    const kind = start.kind === "vague" || end.kind === "vague" ? "vague" : "unparsed";
    return needsYear
      ? makeDeadline(text, "range", null, null, [], true)
      : makeDeadline(text, kind, null, null, [], false);
  }
  if (from > due) return makeDeadline(text, "unparsed", null, null, [], false);
  return makeDeadline(text, "range", from, due, [due], false);
}

/** Every date the cells name, as checkpoints; a lone reading stands as it is. */
export function asCheckpoints(parts: Deadline[], ctx: KeyContext): Deadline {
  const read = parts.filter((p) => p.kind !== "missing");
  if (read.length === 0) return parts[0];
  if (read.length === 1) return read[0];
  const text = read.map((p) => p.text).join("; ");
  const dated = read.filter((p) => p.due !== null);
  if (dated.length === 0) return { ...read[0], text };
  const dates = sortedUnique(
    dated
      .flatMap((p) => (p.dates.length > 0 ? p.dates : [p.due as string]))
      .map((d) => key(d) as DayKey),
  );
  const needsYear = read.some((p) => p.needsYear);
  return makeDeadline(text, "checkpoints", null, nextDue(dates, ctx.asOf), dates, needsYear);
}
