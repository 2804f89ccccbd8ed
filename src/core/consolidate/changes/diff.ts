/**
 * Last month's «Свод» against this month's: per municipality, activities added and removed,
 * deadlines moved (a later date is a postponement — the usual way a delay is hidden), newly
 * done, newly overdue, status text changed, and municipalities that fell silent.
 */
import { municipalityKey } from "../municipality";
import { matchActivities } from "./match";
import { normalizeText } from "./similarity";
import {
  CHANGE_KINDS,
  type ActivityChange,
  type ActivitySnapshot,
  type ChangeCounts,
  type ChangeKind,
  type MonthComparison,
} from "./types";

export interface CompareOptions {
  /**
   * Municipalities that sent a file this month (readable or not). One of them with no
   * activities this month is not silent: its file is reported elsewhere (unreadable, no
   * roadmap) and its activities are not listed as removed one by one either.
   */
  sent?: string[];
}

export function emptyCounts(): ChangeCounts {
  return Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as ChangeCounts;
}

export function compareMonths(
  before: ActivitySnapshot[],
  after: ActivitySnapshot[],
  options: CompareOptions = {},
): MonthComparison {
  const prevGroups = groupByMunicipality(before);
  const nextGroups = groupByMunicipality(after);
  const sent = new Set((options.sent ?? []).map(municipalityKey));
  const changes: ActivityChange[] = [];
  let matched = 0;

  for (const [key, next] of nextGroups) {
    const prev = prevGroups.get(key) ?? [];
    const found = matchActivities(prev, next);
    matched += found.pairs.length;
    const own: ActivityChange[] = [];
    for (const i of found.added) own.push(change("added", null, next[i]));
    for (const i of found.removed) own.push(change("removed", prev[i], null));
    for (const [p, n] of found.pairs) own.push(...pairChanges(prev[p], next[n]));
    changes.push(...ordered(own));
  }
  for (const [key, prev] of prevGroups) {
    if (nextGroups.has(key) || prev.length === 0) continue;
    // Silent: one line for the municipality, not one "removed" per activity.
    changes.push({
      kind: "municipality-silent",
      municipality: prev[0].municipality,
      section: "",
      number: "",
      activity: "",
      before: null,
      after: null,
      silence: sent.has(key) ? "no-activities" : "no-file",
    });
  }
  const counts = emptyCounts();
  for (const c of changes) counts[c.kind] += 1;
  return { changes, counts, matched };
}

function groupByMunicipality(items: ActivitySnapshot[]): Map<string, ActivitySnapshot[]> {
  const out = new Map<string, ActivitySnapshot[]>();
  for (const item of items) {
    const key = municipalityKey(item.municipality);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

function change(
  kind: ChangeKind,
  before: ActivitySnapshot | null,
  after: ActivitySnapshot | null,
): ActivityChange {
  const shown = after ?? before;
  return {
    kind,
    municipality: shown?.municipality ?? "",
    section: shown?.section ?? "",
    number: shown?.number ?? "",
    activity: shown?.activity ?? "",
    before,
    after,
  };
}

/** What changed about one activity that both months have; nothing for a mere rewording. */
export function pairChanges(before: ActivitySnapshot, after: ActivitySnapshot): ActivityChange[] {
  const out: ActivityChange[] = [];
  const moved = deadlineMove(before, after);
  if (moved) out.push(change(moved, before, after));
  const newlyDone = after.state === "done" && before.state !== "done";
  if (newlyDone) out.push(change("newly-done", before, after));
  if (after.state === "overdue" && before.state !== "overdue") {
    out.push(change("newly-overdue", before, after));
  }
  // Marking an activity done changes its status text; that is the "newly done" line already.
  if (
    !newlyDone &&
    before.status !== after.status &&
    normalizeText(before.status) !== normalizeText(after.status)
  ) {
    out.push(change("status-changed", before, after));
  }
  return out;
}

/** A later due date is a postponement; an earlier one, or a date appearing or vanishing, a change. */
function deadlineMove(before: ActivitySnapshot, after: ActivitySnapshot): ChangeKind | null {
  if (before.due !== after.due) {
    if (before.due !== null && after.due !== null && after.due > before.due) return "postponed";
    return "deadline-changed";
  }
  if (
    before.due === null &&
    before.deadlineText !== after.deadlineText &&
    normalizeText(before.deadlineText) !== normalizeText(after.deadlineText)
  ) {
    return "deadline-changed";
  }
  return null;
}

const KIND_ORDER = new Map(CHANGE_KINDS.map((k, i) => [k, i]));

/** Within a municipality: by kind, then in this month's (or last month's) order. */
function ordered(changes: ActivityChange[]): ActivityChange[] {
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => KIND_ORDER.get(a.c.kind)! - KIND_ORDER.get(b.c.kind)! || a.i - b.i)
    .map((x) => x.c);
}
