/**
 * A Word document's body as the reader sees it: paragraphs and tables in document order,
 * the tables still as Word stores them (cells with spans and merge marks, row by row).
 */

/** Where Word sets a paragraph's lines: its own alignment (w:jc), justified counted as left. */
export type ParagraphAlign = "left" | "center" | "right";

export interface ParagraphBlock {
  kind: "paragraph";
  /** The paragraph's text (a list number Word draws before it included); "" for a blank one. */
  text: string;
  /** As the paragraph says (w:jc); left when it says nothing. */
  align?: ParagraphAlign;
  /** Its left indent (w:ind left or start), in twentieths of a point; 0 when none. */
  indent?: number;
}

/** Word's vertical merge mark: the first cell of a merged column area, or one under it. */
export type MergeMark = "restart" | "continue" | null;

export interface RawCell {
  /** The cell's paragraphs joined by line breaks (a nested table flattened into lines). */
  text: string;
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  vMerge: MergeMark;
  /** The legacy horizontal merge mark (w:hMerge) that old Word versions wrote. */
  hMerge: MergeMark;
}

export interface RawRow {
  /** Grid columns left empty before the first cell (w:gridBefore) and after the last. */
  gridBefore: number;
  gridAfter: number;
  cells: RawCell[];
}

export interface TableBlock {
  kind: "table";
  /** Widths of the table's grid columns (w:tblGrid), in twentieths of a point. */
  columns: number[];
  rows: RawRow[];
}

export type Block = ParagraphBlock | TableBlock;
