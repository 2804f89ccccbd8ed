/**
 * Highlights as conditional formats: they paint over the user's own fills without touching
 * them, so deleting them restores the sheet exactly. Each one carries a marker in its formula
 * (always TRUE), which is how "Снять выделение" finds exactly ours — also after the workbook
 * was saved, reopened or copied — and never a format of the user's.
 *
 * One format per highlight kind per sheet, over a RangeAreas of all its areas (ExcelApi 1.9;
 * one per area on Excel 2019), so a sheet of 3,000 flagged rows costs a handful of formats and
 * the same four syncs as a sheet of ten: sheets and their protection, the formats, their
 * formulas, the write. Writes go in batches sized by bytes, a batch Excel refuses as too large
 * again in halves. A protected sheet is left alone and named; a write that fails midway (View
 * mode, a sheet protected meanwhile) takes back everything of ours on the sheets it touched,
 * so no sheet stays half painted, and says so.
 */
import {
  areaAddress,
  HIGHLIGHT_KINDS,
  HIGHLIGHT_STYLES,
  type HighlightKind,
  type HighlightPlan,
} from "../../core/plan";
import { ExcelHostError } from "./errors";
import { findOurFormats, MARKER, type NamedSheet, type OurFormat } from "./find-ours";
import { isCellEditError, officeErrorCode } from "./run";

export { isMarkerFormula, MARKER } from "./find-ours";

/** N() of a text is 0, so the rule is always true; the text names the add-in and the kind. */
export function markerFormula(kind: HighlightKind): string {
  return `=N("${MARKER}:${kind}")=0`;
}

export interface PaintLimits {
  /** Estimated request bytes per sync, well under Excel's 5 MB. */
  bytesPerSync: number;
  /** Characters of one RangeAreas address: Excel reads at most 8,192. */
  addressChars: number;
}

export const DEFAULT_PAINT_LIMITS: PaintLimits = { bytesPerSync: 1_000_000, addressChars: 8_000 };

export interface PaintOptions {
  /** Worksheet.getRanges (ExcelApi 1.9): one format per kind over many areas. */
  rangeAreas: boolean;
  limits?: PaintLimits;
}

export interface SkippedSheet {
  sheet: string;
  reason: "protected" | "missing";
}

export interface UnreadableFormats {
  sheet: string;
  count: number;
}

export interface PaintResult {
  removed: number;
  added: number;
  /** Sheets of the plan left unpainted: protected, or gone since the check. */
  skipped: SkippedSheet[];
  /** The user's formats Excel could not read: left as they are. */
  unreadable: UnreadableFormats[];
}

export interface ClearResult {
  removed: number;
  /** Protected sheets that still carry our highlights: they could not be removed there. */
  protectedSheets: string[];
  unreadable: UnreadableFormats[];
}

const PAYLOAD_ERRORS = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

interface SheetInfo extends NamedSheet {
  protected: boolean;
}

/** Something to queue; `bytes` estimates its share of the request. */
interface Action {
  bytes: number;
  queue(): void;
}

async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();
  return worksheets.items.map((sheet) => ({
    name: sheet.name,
    sheet,
    protected: sheet.protection.protected,
  }));
}

function unreadableList(map: Map<string, number>): UnreadableFormats[] {
  return [...map].map(([sheet, count]) => ({ sheet, count }));
}

function deletion(f: OurFormat): Action {
  return { bytes: 200, queue: () => f.format.delete() };
}

/** Runs actions in batches of about `budget` bytes; a batch refused as too large, in halves. */
async function runActions(
  context: Excel.RequestContext,
  actions: Action[],
  budget: number,
): Promise<void> {
  const batches: Action[][] = [];
  let batch: Action[] = [];
  let bytes = 0;
  for (const a of actions) {
    if (batch.length > 0 && bytes + a.bytes > budget) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(a);
    bytes += a.bytes;
  }
  if (batch.length > 0) batches.push(batch);
  for (const b of batches) await runBatch(context, b);
}

async function runBatch(context: Excel.RequestContext, batch: Action[]): Promise<void> {
  for (const a of batch) a.queue();
  try {
    await context.sync();
  } catch (err) {
    // Refused for its size, the batch did nothing: the same actions again, in halves.
    if (!PAYLOAD_ERRORS.has(officeErrorCode(err) ?? "") || batch.length < 2) throw err;
    const half = Math.ceil(batch.length / 2);
    await runBatch(context, batch.slice(0, half));
    await runBatch(context, batch.slice(half));
  }
}

/** Address lists of at most `chars` characters: "B7:F8,B10:F10,…". */
function addressChunks(addresses: string[], chars: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current !== "" && current.length + 1 + a.length > chars) {
      out.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") out.push(current);
  return out;
}

/** The formats that paint one sheet's plan: row kinds first, missing cells last (on top). */
function additions(
  info: SheetInfo,
  areas: HighlightPlan["sheets"][number]["areas"],
  options: PaintOptions,
  limits: PaintLimits,
): Action[] {
  const out: Action[] = [];
  for (const kind of HIGHLIGHT_KINDS) {
    const addresses = areas.filter((a) => a.kind === kind).map(areaAddress);
    if (addresses.length === 0) continue;
    const targets = options.rangeAreas ? addressChunks(addresses, limits.addressChars) : addresses;
    for (const address of targets) {
      out.push({
        bytes: address.length + 600,
        queue: () => {
          const range = options.rangeAreas
            ? info.sheet.getRanges(address)
            : info.sheet.getRange(address);
          const format = range.conditionalFormats.add("Custom");
          const style = HIGHLIGHT_STYLES[kind];
          format.custom.rule.formula = markerFormula(kind);
          format.custom.format.fill.color = style.fill;
          if (style.font !== null) format.custom.format.font.color = style.font;
        },
      });
    }
  }
  return out;
}

/**
 * Replaces the previous highlights by those of the plan. Throws ExcelHostError "paint-failed"
 * only when a write failed; by then whatever of ours it left on those sheets is removed.
 */
export async function applyHighlights(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  options: PaintOptions,
): Promise<PaintResult> {
  const limits = options.limits ?? DEFAULT_PAINT_LIMITS;
  const sheets = await listSheets(context);
  const writable = sheets.filter((s) => !s.protected);
  const skipped: SkippedSheet[] = [];
  const actions: Action[] = [];
  const found = await findOurFormats(context, writable);
  actions.push(...found.ours.map(deletion));
  let added = 0;
  for (const s of plan.sheets) {
    const info = sheets.find((x) => x.name === s.sheet);
    if (!info || info.protected) {
      skipped.push({ sheet: s.sheet, reason: info ? "protected" : "missing" });
      continue;
    }
    const adds = additions(info, s.areas, options, limits);
    actions.push(...adds);
    added += adds.length;
  }
  try {
    await runActions(context, actions, limits.bytesPerSync);
  } catch (err) {
    // The user typing in a cell fails the whole batch before anything runs: nothing to undo.
    if (isCellEditError(err)) throw err;
    throw await failed(context, writable, err);
  }
  return {
    removed: found.ours.length,
    added,
    skipped,
    unreadable: unreadableList(found.unreadable),
  };
}

/** After a failed write: our formats off those sheets, then the error to show. */
async function failed(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  cause: unknown,
): Promise<ExcelHostError> {
  let cleaned = true;
  try {
    const left = await findOurFormats(context, sheets);
    if (left.ours.length > 0) await runActions(context, left.ours.map(deletion), 1_000_000);
  } catch {
    // Reported below, with the first failure: the note then says highlights may remain.
    cleaned = false;
  }
  const code = officeErrorCode(cause) ?? "";
  const detail = cause instanceof Error ? cause.message : String(cause);
  const error = new ExcelHostError(
    "paint-failed",
    `Выделение не добавлено: ${detail}${cleaned ? "" : " (часть выделения могла остаться)"}`,
    { code, detail, cleaned: cleaned ? "yes" : "no" },
  );
  (error as { cause?: unknown }).cause = cause;
  return error;
}

/** Removes every highlight of the add-in, and nothing else, where the sheet allows it. */
export async function clearHighlights(context: Excel.RequestContext): Promise<ClearResult> {
  const sheets = await listSheets(context);
  const found = await findOurFormats(context, sheets);
  const isProtected = (name: string) => sheets.find((s) => s.name === name)?.protected === true;
  const removable = found.ours.filter((f) => !isProtected(f.sheet));
  await runActions(context, removable.map(deletion), DEFAULT_PAINT_LIMITS.bytesPerSync);
  return {
    removed: removable.length,
    protectedSheets: [
      ...new Set(found.ours.filter((f) => isProtected(f.sheet)).map((f) => f.sheet)),
    ],
    unreadable: unreadableList(found.unreadable),
  };
}
