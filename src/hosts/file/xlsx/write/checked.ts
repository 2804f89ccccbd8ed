/**
 * The checked copy: the user's own package with our additions patched in, and every other part
 * copied as stored — charts, images, pivot tables, macros, data validation, defined names.
 *
 * Highlights are conditional formats (an always-true rule over the flagged areas, painting a
 * dxf appended to styles.xml), not cell fills: the user's cells, their styles and the shared
 * style table stay exactly as they were, removing our rules ("Clear rules") restores the sheet,
 * no cell of the sheet data is rewritten (so no row or cell can be lost or shifted by us), and
 * the Excel host paints the open workbook the same way. A missing cell's rule comes first, so
 * its colour wins inside a flagged row.
 */
import {
  HIGHLIGHT_STYLES,
  type HighlightKind,
  type HighlightPlan,
  type PaintArea,
} from "../../../../core/plan";
import type { Grid } from "../../../../core/grid";
import type { StatusAlertText, StatusColumnTarget } from "../../../../core/status-column";
import { webInflateRaw, type InflateRaw } from "../../inflate-web";
import { readXlsxGrids } from "../read-xlsx";
import { CONTENT_TYPE } from "./content-types";
import { withFittedRows } from "./fit-rows";
import { withStatusColumn } from "./status-column";
import { CHECKED_MARK } from "./doc-props";
import type { Compression } from "./deflate";
import { PackagePatch } from "./package-patch";
import { sectionPoint } from "./sheet-additions";
import { PackageError } from "./package-view";
import { REL_TYPE } from "./rels";
import { inlineStrings } from "./strings";
import { withPrefix, type StyleSheet } from "./styles";
import { sheetNames, type SheetEntry } from "./workbook";
import {
  conditionalFormattingXml,
  worksheetXml,
  type ConditionalFormat,
  type WorksheetSpec,
} from "./worksheet";
import { matchesOf } from "./xml";
import { MUNICIPAL_LIMITS } from "../limits";

/** A sheet added to the user's workbook, named anew if the workbook has one of that name. */
export interface AddedSheet {
  name: string;
  spec: (styles: StyleSheet) => WorksheetSpec;
}

export interface CopyPatch {
  plan: HighlightPlan;
  sheets: AddedSheet[];
  /** Status columns to add to the user's tables (status-column.ts), with their list's note. */
  statusColumns?: { targets: StatusColumnTarget[]; alert: StatusAlertText };
}

/** Rules first in this order: a missing cell over its row, then the row kinds. */
const RULE_ORDER: HighlightKind[] = ["missing", "overdue", "incomplete", "due-soon"];
/** Areas per <conditionalFormatting>: keeps each sqref short for every reader. */
const AREAS_PER_RULE = 256;

export class SheetNotFoundError extends Error {
  constructor(sheet: string) {
    super(`Лист «${sheet}» не найден в книге`);
    this.name = "SheetNotFoundError";
  }
}

export async function patchCopy(
  original: Uint8Array,
  input: CopyPatch,
  compression: Compression,
  inflate?: InflateRaw,
): Promise<Uint8Array> {
  // The user's own workbook: a municipal file, read within the municipal limits.
  const patch = await PackagePatch.open(original, inflate, MUNICIPAL_LIMITS);
  const styles = await patch.styles();
  let grids: Grid[] | undefined;
  const areas = new Map<string, PaintArea[]>();
  for (const s of input.plan.sheets)
    areas.set(s.sheet, [...(areas.get(s.sheet) ?? []), ...s.areas]);
  const columns = input.statusColumns;
  for (const t of columns?.targets ?? []) if (!areas.has(t.sheet)) areas.set(t.sheet, []);
  for (const [sheet, sheetAreas] of areas) {
    const entry = findSheet(patch.workbook.sheets, sheet);
    const rel = entry ? patch.sheetRel(entry) : undefined;
    if (!entry || !rel || !rel.type.endsWith("/worksheet")) {
      throw new SheetNotFoundError(sheet);
    }
    const xml = await patch.view.text(rel.part);
    if (xml === null) throw new PackageError(`в архиве нет листа ${rel.part}`);
    // The same sheet as our reader reads it: the text whose rows are fitted.
    grids ??= await readXlsxGrids(original, {
      limits: MUNICIPAL_LIMITS,
      inflate: inflate ?? webInflateRaw,
    });
    let grid = grids.find((g) => g.sheet === entry.name);
    let edited = xml;
    for (const target of columns?.targets ?? []) {
      if (!columns || target.sheet !== sheet) continue;
      // The column is checked against what our reader read: a sheet it could not read is refused.
      if (!grid) throw new SheetNotFoundError(sheet);
      ({ xml: edited, grid } = withStatusColumn(edited, grid, target, columns.alert, styles));
    }
    const fitted = grid ? withFittedRows(edited, grid, styles) : edited;
    const patched = sheetAreas.length === 0 ? fitted : withHighlights(fitted, sheetAreas, styles);
    if (patched !== xml) patch.replace(rel.part, [patched]);
  }
  const added = input.sheets.map((sheet) => addSheet(patch, sheet, styles));
  // Marked, so that a later run knows the findings sheet is ours and not the municipality's.
  await patch.mark(CHECKED_MARK, added);
  return patch.write(compression);
}

function findSheet(sheets: SheetEntry[], name: string): SheetEntry | undefined {
  return (
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
  );
}

/** The sheet's XML with our conditional formats inserted where the schema puts them. */
export function withHighlights(xml: string, areas: PaintArea[], styles: StyleSheet): string {
  const prefix = /<([\w.-]+:)?worksheet\b/.exec(xml)?.[1] ?? "";
  // After every priority the sheet already uses (its own rules and x14 extensions alike).
  let priority = 0;
  for (const m of matchesOf(xml, /\bpriority\s*=\s*["'](\d+)["']/g)) {
    priority = Math.max(priority, Number(m[1]));
  }
  const formats: ConditionalFormat[] = [];
  for (const kind of RULE_ORDER) {
    const own = areas.filter((a) => a.kind === kind);
    if (own.length === 0) continue;
    const style = HIGHLIGHT_STYLES[kind];
    const dxfId = styles.dxf({ fill: style.fill, fontColor: style.font ?? undefined });
    for (let i = 0; i < own.length; i += AREAS_PER_RULE) {
      formats.push({
        areas: own.slice(i, i + AREAS_PER_RULE),
        formula: "TRUE",
        dxfId,
        priority: ++priority,
      });
    }
  }
  const fragment = withPrefix(formats.map(conditionalFormattingXml).join(""), prefix);
  const at = sectionPoint(xml, prefix, "conditionalFormatting");
  return xml.slice(0, at) + fragment + xml.slice(at);
}

/** Adds the sheet; returns the name it got. */
function addSheet(patch: PackagePatch, sheet: AddedSheet, styles: StyleSheet): string {
  const workbook = patch.workbook;
  const taken = (n: string) =>
    workbook.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase());
  let name = sheet.name;
  for (let i = 2; taken(name); i++) name = `${sheet.name} ${i}`;
  const part = patch.freeName(`${patch.folder}/worksheets/sheet`, ".xml", true);
  const entry: SheetEntry = {
    name,
    sheetId: workbook.nextSheetId(),
    rId: patch.wbRels.add(REL_TYPE.worksheet, patch.relative(part)),
    raw: null,
  };
  workbook.sheets.push(entry);
  patch.types.set(part, CONTENT_TYPE.worksheet);
  const spec = sheet.spec(styles);
  workbook.names.push(...sheetNames(entry, spec));
  // Inline strings: the user's shared-string table is not touched.
  patch.add(part, worksheetXml({ ...spec, selected: false }, inlineStrings));
  return name;
}
