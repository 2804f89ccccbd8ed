/**
 * Which numbers of «Сводка» are shaded so that the worst municipalities stand out: a red bar
 * for how many activities are overdue, and the share done in time on a scale from red (none)
 * through yellow to green (all). Columns are found by key, so columns added to «Сводка» later
 * do not move them. Hosts draw them as conditional formats over the data rows (not the totals).
 */
export interface ColumnScale {
  /** RegionalColumn.key. */
  key: string;
  kind: "colorScale" | "dataBar";
  /** #RRGGBB: a bar's colour, or the scale's colours from low to high. */
  colors: string[];
  /** The values the colours stand for; null: the column's own minimum or maximum. */
  from: number | null;
  to: number | null;
}

export const SUMMARY_SCALES: readonly ColumnScale[] = [
  { key: "overdue", kind: "dataBar", colors: ["#F8696B"], from: 0, to: null },
  {
    key: "onTimeShare",
    kind: "colorScale",
    colors: ["#F8696B", "#FFEB84", "#63BE7B"],
    from: 0,
    to: 1,
  },
];
