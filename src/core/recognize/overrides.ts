import type { Field } from "../fields";

/** A user's correction of a column's role, keyed by where the table's header sits. */
export interface ColumnOverride {
  sheet: string;
  /** 1-based sheet row of the header's first row. */
  headerRow: number;
  /** Column letter. */
  column: string;
  field: Field;
}
