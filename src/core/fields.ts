/** The canonical roles a roadmap column can play (DESIGN.md §4). */
export const FIELDS = [
  "number",
  "task",
  "activity",
  "target",
  "deadline",
  "responsible",
  "expectedResult",
  "indicator",
  "evidence",
  "status",
  "other",
] as const;

export type Field = (typeof FIELDS)[number];

/** Fields a table can have at most one column of (the rest may repeat, e.g. year columns). */
export const SINGLE_FIELDS: readonly Field[] = [
  "number",
  "activity",
  "responsible",
  "expectedResult",
  "status",
];
