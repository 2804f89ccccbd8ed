/**
 * Which sheets of the open workbook a rebuild of the regional sheets may replace.
 *
 * A regional sheet this program made carries a hidden sheet-scoped name (REGIONAL_MARK) whose
 * formula is its role; it survives saving, renaming and copying. Only a sheet with the mark
 * *and* the regional name is replaced: a marked sheet the user renamed («Свод январь») is theirs
 * now, and a same-named sheet without the mark was not made here — replacing it needs the
 * user's yes. The new sheets are built under temporary names first, so a failure leaves the
 * previous ones as they were; leftovers of such a failure (temporary name and mark) go first.
 */
import { REGIONAL_SHEET_NAMES, type RegionalSheetName } from "../../core/consolidate";
import { ExcelHostError } from "./errors";

export const REGIONAL_MARK = "RoadmapInspector.Regional";

/** Every sheet a build may write: the three, and «Изменения» when last month is known. */
export const EXCEL_REGIONAL_SHEETS: readonly RegionalSheetName[] = [
  ...REGIONAL_SHEET_NAMES,
  "Изменения",
];

/** «Свод (строится)», or «Свод (строится 2)»… where the user has a sheet of that name. */
export function tempName(name: RegionalSheetName, taken: string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${name} (строится)` : `${name} (строится ${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

function isTempName(name: string): boolean {
  return EXCEL_REGIONAL_SHEETS.some((r) => new RegExp(`^${r} \\(строится( \\d+)?\\)$`).test(name));
}

/** The formula of the mark: the sheet's role, as text. */
export function markFormula(name: string): string {
  return `="${name}"`;
}

export interface RegionalTargets {
  /** Per regional sheet: the sheet it replaces (ours, or the user's with their yes), or null. */
  previous: Record<RegionalSheetName, { position: number; ours: boolean } | null>;
  /** Temporary sheets a failed earlier rebuild left behind. */
  leftovers: string[];
  /** Table names in use in the workbook, all of them. */
  tables: string[];
  /** Those on the sheets the rebuild replaces: free again once they are gone. */
  replacedTables: string[];
  /** Names of the sheets that stay while the new ones are built. */
  sheets: string[];
}

export interface TargetOptions {
  /** The user agreed to replace same-named sheets this program did not make. */
  replaceForeign: boolean;
  /** The sheets about to be written (the three by default): only these can be foreign. */
  names?: readonly RegionalSheetName[];
}

/** Two syncs: the workbook's sheets and tables, then the marks of the candidate sheets. */
export async function findRegionalTargets(
  context: Excel.RequestContext,
  options: TargetOptions,
  sync: () => Promise<void>,
): Promise<RegionalTargets> {
  const workbook = context.workbook;
  workbook.protection.load("protected");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/position");
  workbook.tables.load("items/name");
  await sync();
  if (workbook.protection.protected) {
    throw new ExcelHostError(
      "workbook-protected",
      "Структура книги защищена: листы свода нельзя добавить. Снимите защиту книги",
    );
  }

  const regional = new Set<string>(EXCEL_REGIONAL_SHEETS);
  const written = new Set<string>(options.names ?? REGIONAL_SHEET_NAMES);
  const candidates = worksheets.items
    .filter((ws) => regional.has(ws.name) || isTempName(ws.name))
    .map((ws) => {
      const mark = ws.names.getItemOrNullObject(REGIONAL_MARK);
      mark.load("isNullObject");
      const tables = regional.has(ws.name) ? ws.tables : null;
      tables?.load("items/name");
      return { ws, name: ws.name, position: ws.position, mark, tables };
    });
  if (candidates.length > 0) await sync();
  const marked = (c: (typeof candidates)[number]) => !c.mark.isNullObject;

  const previous = {} as RegionalTargets["previous"];
  const foreign: string[] = [];
  for (const name of EXCEL_REGIONAL_SHEETS) {
    const c = candidates.find((x) => x.name === name);
    previous[name] = c ? { position: c.position, ours: marked(c) } : null;
    if (c && !marked(c) && written.has(name)) foreign.push(name);
  }
  if (foreign.length > 0 && !options.replaceForeign) {
    throw new ExcelHostError(
      "regional-sheet-foreign",
      `В книге уже есть ${foreign.map((f) => `«${f}»`).join(", ")}, сделанные не этой программой`,
      { sheets: foreign.join("\n") },
    );
  }
  const leftovers = candidates.filter((c) => isTempName(c.name) && marked(c)).map((c) => c.name);
  return {
    previous,
    leftovers,
    tables: workbook.tables.items.map((t) => t.name),
    replacedTables: candidates
      .filter((c) => written.has(c.name) || marked(c))
      .flatMap((c) => c.tables?.items.map((t) => t.name) ?? []),
    sheets: worksheets.items.map((ws) => ws.name).filter((n) => !leftovers.includes(n)),
  };
}

/** `base`, or `base_2`, `base_3`… — the first not in `taken`. */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
