/** Rows above a table: approval blocks, titles, lines of an order. */
import { cleanCell, type SourceLine } from "./source";
import { heightFor, widthOf, type Look, type SheetDraft } from "./draft";

/** Text of a paragraph's lines, each cleaned, joined with line breaks. */
export function paragraphText(lines: SourceLine[]): string {
  return lines.map((l) => cleanCell(l.raw)).join("\n");
}

/**
 * An approval block ("УТВЕРЖДАЮ" …) in the top-right corner: every line its own row, merged
 * over `from`..`to`, one blank row between paragraphs (the space left for a signature).
 */
export function drawApproval(
  draft: SheetDraft,
  blocks: SourceLine[][],
  from: number,
  to: number,
): number[] {
  const rows: number[] = [];
  blocks.forEach((block, i) => {
    if (i > 0) draft.skip();
    for (const line of block) {
      rows.push(draft.add("approval", [cleanCell(line.raw)], { startCol: from, mergeTo: to }));
    }
  });
  return rows;
}

/** One merged row over columns from..to holding `text` (line breaks kept). */
export function drawMergedText(
  draft: SheetDraft,
  look: Look,
  text: string,
  from: number,
  to: number,
): number {
  const height = heightFor(text, widthOf(draft.widths, from, to), look === "title" ? 18 : 16);
  return draft.add(look, [text], { startCol: from, mergeTo: to, height });
}
