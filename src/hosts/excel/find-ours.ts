/**
 * Finds the add-in's own conditional formats — those whose formula carries the marker — on
 * given sheets, in two syncs whatever the sheets and rows: every sheet's formats and their
 * types, then the formulas of the custom ones. A user's format that Excel cannot read is
 * left alone and counted, never a reason to stop (tolerant-load.ts).
 */
import { loadTolerant } from "./tolerant-load";

export const MARKER = "roadmap-inspector";

export function isMarkerFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(`"${MARKER}:`);
}

export interface NamedSheet {
  name: string;
  sheet: Excel.Worksheet;
}

export interface OurFormat {
  sheet: string;
  format: Excel.ConditionalFormat;
}

export interface FoundFormats {
  ours: OurFormat[];
  /** Sheets with formats Excel could not read, and how many: they were left as they are. */
  unreadable: Map<string, number>;
}

interface SheetFormats {
  name: string;
  collection: Excel.ConditionalFormatCollection;
}

export async function findOurFormats(
  context: Excel.RequestContext,
  sheets: NamedSheet[],
): Promise<FoundFormats> {
  const unreadable = new Map<string, number>();
  const countUnreadable = (sheet: string) =>
    unreadable.set(sheet, (unreadable.get(sheet) ?? 0) + 1);

  const collections: SheetFormats[] = sheets.map((s) => ({
    name: s.name,
    collection: s.sheet.getRange().conditionalFormats,
  }));
  const listed = await loadTolerant(context, collections, (c) => c.collection.load("items/type"));
  const formats: OurFormat[] = listed.ok.flatMap((c) =>
    c.collection.items.map((format) => ({ sheet: c.name, format })),
  );

  // A sheet whose list failed: its formats one by one, the unreadable ones left out.
  if (listed.failed.length > 0) {
    const counts = listed.failed.map((c) => ({ c, count: c.collection.getCount() }));
    await context.sync();
    const items = counts.flatMap(({ c, count }) =>
      Array.from({ length: count.value }, (_, i) => ({
        sheet: c.name,
        format: c.collection.getItemAt(i),
      })),
    );
    const typed = await loadTolerant(context, items, (f) => f.format.load("type"));
    formats.push(...typed.ok);
    typed.failed.forEach((f) => countUnreadable(f.sheet));
  }

  const custom = formats.filter((f) => f.format.type === "Custom");
  const ruled = await loadTolerant(context, custom, (f) => f.format.custom.rule.load("formula"));
  ruled.failed.forEach((f) => countUnreadable(f.sheet));
  return {
    ours: ruled.ok.filter((f) => isMarkerFormula(f.format.custom.rule.formula)),
    unreadable,
  };
}
