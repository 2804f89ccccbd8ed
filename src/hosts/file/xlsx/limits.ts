/**
 * What a workbook may hold before we refuse to read it: a hostile or absurd file (a zip bomb,
 * a sheet of a million rows) gets a message instead of exhausting memory.
 */
export interface ReadLimits {
  /** Inflated bytes of all the parts we read, whatever sizes the zip declares. */
  maxTotalBytes: number;
  /** The last row holding a value, on any sheet. */
  maxRows: number;
  /** Cells holding values, on all sheets together. */
  maxCells: number;
  /** Slots of one sheet's Grid rows (each row runs from column A to its last value). */
  maxArea: number;
}

/** A municipal roadmap: a few hundred rows; far beyond that a file is not one. */
export const MUNICIPAL_LIMITS: ReadLimits = {
  maxTotalBytes: 250 * 1024 * 1024,
  maxRows: 100_000,
  maxCells: 3_000_000,
  maxArea: 20_000_000,
};

/**
 * Our own regional workbook, read back for the monthly cycle: Excel's whole sheet (1,048,576
 * rows; «Свод» continues on «Свод (2)» past it) and 200,000+ activities of about fifteen
 * columns on several sheets.
 */
export const REGIONAL_LIMITS: ReadLimits = {
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRows: 1_048_576,
  maxCells: 40_000_000,
  maxArea: 60_000_000,
};
