/**
 * «Изменения»: one row per change since last month, municipality by municipality, each kind
 * of change in the same order, with what was and what is.
 */
import type { Lang } from "../../validate/types";
import { STATE_LABEL } from "../labels";
import type { RegionalValue } from "../types";
import type { ColumnSpec, DraftSheet } from "../widths";
import { CHANGE_LABEL, SILENCE_TEXT } from "./labels";
import type { ActivityChange, ActivitySnapshot } from "./types";

/** Widest widths as on «Свод» (svod.ts): long texts wrap, the sheet prints one page wide. */
const COLUMNS: ColumnSpec[] = [
  { key: "municipality", header: "Муниципалитет", kind: "text", maxWidth: 20 },
  { key: "change", header: "Изменение", kind: "text", maxWidth: 22 },
  { key: "section", header: "Раздел", kind: "text", maxWidth: 28 },
  { key: "number", header: "№", kind: "text" },
  { key: "activity", header: "Мероприятие", kind: "text", maxWidth: 45 },
  { key: "before", header: "Было", kind: "text", maxWidth: 30 },
  { key: "after", header: "Стало", kind: "text", maxWidth: 30 },
  { key: "dueBefore", header: "Срок был", kind: "date" },
  { key: "dueAfter", header: "Срок стал", kind: "date" },
];

export function changesSheet(changes: ActivityChange[], lang: Lang): DraftSheet {
  return {
    name: "Изменения",
    columns: COLUMNS,
    rows: changes.map((c) => changeRow(c, lang)),
    totals: null,
  };
}

function changeRow(c: ActivityChange, lang: Lang): RegionalValue[] {
  const [before, after] = sides(c, lang);
  return [
    c.municipality,
    CHANGE_LABEL[c.kind][lang],
    c.section,
    c.number,
    c.activity,
    before,
    after,
    c.before?.due ?? null,
    c.after?.due ?? null,
  ];
}

/** "Было" and "Стало": the deadline for deadline changes, the state and status otherwise. */
function sides(c: ActivityChange, lang: Lang): [string, string] {
  const { before: b, after: a } = c;
  switch (c.kind) {
    case "municipality-silent":
      return ["", SILENCE_TEXT[c.silence ?? "no-file"][lang]];
    case "added":
      return ["", a ? a.deadlineText : ""];
    case "removed":
      return [b ? b.deadlineText : "", ""];
    case "postponed":
    case "deadline-changed":
      return [b?.deadlineText ?? "", a?.deadlineText ?? ""];
    case "newly-done":
    case "newly-overdue":
      return [stateText(b), stateText(a)];
    case "status-changed":
      return [b?.status ?? "", a?.status ?? ""];
  }
}

function stateText(s: ActivitySnapshot | null): string {
  if (!s) return "";
  const state = s.state ? STATE_LABEL[s.state] : "";
  return s.status && s.status.toLowerCase() !== state ? `${state} (${s.status})` : state;
}
