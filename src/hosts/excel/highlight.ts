/**
 * Highlights as conditional formats: they paint over the user's own fills without touching
 * them, so deleting them restores the sheet exactly. Each one carries a marker in its formula
 * (always TRUE), which is how "Снять выделение" finds exactly ours — also after the workbook
 * was saved, reopened or copied — and never a format of the user's.
 */
import {
  areaAddress,
  HIGHLIGHT_STYLES,
  type HighlightKind,
  type HighlightPlan,
} from "../../core/plan";
import { ExcelHostError } from "./errors";

export const MARKER = "roadmap-inspector";

/** N() of a text is 0, so the rule is always true; the text names the add-in and the kind. */
export function markerFormula(kind: HighlightKind): string {
  return `=N("${MARKER}:${kind}")=0`;
}

export function isMarkerFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(`"${MARKER}:`);
}

/** Our conditional formats on every sheet: 3 syncs whatever the sheets and rows. */
async function findOurs(context: Excel.RequestContext): Promise<{
  names: string[];
  ours: Excel.ConditionalFormat[];
}> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((s) => s.name);

  const collections = worksheets.items.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    formats.load("items/type");
    return formats;
  });
  await context.sync();

  const custom = collections.flatMap((c) => c.items.filter((f) => f.type === "Custom"));
  if (custom.length === 0) return { names, ours: [] };
  const rules = custom.map((f) => {
    const rule = f.custom.rule;
    rule.load("formula");
    return { format: f, rule };
  });
  await context.sync();
  return { names, ours: rules.filter((r) => isMarkerFormula(r.rule.formula)).map((r) => r.format) };
}

/** Removes every highlight of the add-in, and nothing else. Returns how many were removed. */
export async function clearHighlights(context: Excel.RequestContext): Promise<number> {
  const { ours } = await findOurs(context);
  if (ours.length === 0) return 0;
  for (const f of ours) f.delete();
  await context.sync();
  return ours.length;
}

/**
 * Replaces the previous highlights by those of the plan in one final sync. Row areas are added
 * before missing cells: a newer conditional format takes priority, so the cell shows on top.
 */
export async function applyHighlights(
  context: Excel.RequestContext,
  plan: HighlightPlan,
): Promise<{ removed: number; added: number }> {
  const { names, ours } = await findOurs(context);
  for (const s of plan.sheets) {
    if (!names.includes(s.sheet)) {
      throw new ExcelHostError(
        "sheet-not-found",
        `Лист «${s.sheet}» не найден: его переименовали или удалили после проверки`,
        { sheet: s.sheet },
      );
    }
  }
  for (const f of ours) f.delete();
  let added = 0;
  for (const s of plan.sheets) {
    const sheet = context.workbook.worksheets.getItem(s.sheet);
    for (const area of s.areas) {
      const format = sheet.getRange(areaAddress(area)).conditionalFormats.add("Custom");
      const style = HIGHLIGHT_STYLES[area.kind];
      format.custom.rule.formula = markerFormula(area.kind);
      format.custom.format.fill.color = style.fill;
      if (style.font !== null) format.custom.format.font.color = style.font;
      added += 1;
    }
  }
  if (ours.length > 0 || added > 0) await context.sync();
  return { removed: ours.length, added };
}
