/**
 * Finding codes: stable kebab-case names that reports, settings and other tools key on.
 * Renaming one breaks saved settings and consumers of the JSON report, so only add.
 */
export const FINDING_CODES = [
  "missing-column-deadline",
  "missing-column-responsible",
  "missing-column-expected-result",
  "no-status-column",
  "missing-deadline",
  "missing-responsible",
  "missing-expected-result",
  "overdue",
  "due-soon",
  "unparsed-deadline",
  "vague-deadline",
  "deadline-without-year",
  "deadline-outside-period",
  "duplicate-number",
  "deadline-year-ambiguous",
  "deadline-without-end",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** The fields a table can be required to fill in every item (settings.required). */
export const REQUIRABLE_FIELDS = ["deadline", "responsible", "expectedResult"] as const;
export type RequirableField = (typeof REQUIRABLE_FIELDS)[number];

export function isFindingCode(code: string): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code);
}

/** The per-item finding of an empty required field; an item with any of these is incomplete. */
export const MISSING_FIELD_CODE = {
  deadline: "missing-deadline",
  responsible: "missing-responsible",
  expectedResult: "missing-expected-result",
} as const satisfies Record<RequirableField, FindingCode>;

/** The table-level finding of a required field with no column at all. */
export const MISSING_COLUMN_CODE = {
  deadline: "missing-column-deadline",
  responsible: "missing-column-responsible",
  expectedResult: "missing-column-expected-result",
} as const satisfies Record<RequirableField, FindingCode>;

export function isMissingFieldCode(code: string): boolean {
  return (Object.values(MISSING_FIELD_CODE) as string[]).includes(code);
}

/**
 * An item is incomplete when a required field of it is empty (docs/report.md, `summary.incomplete`): the
 * one rule the report's summary, the highlights, the regional sheets and the CLI all count by.
 */
export function isIncomplete(findings: readonly { code: string }[]): boolean {
  return findings.some((f) => isMissingFieldCode(f.code));
}
