/**
 * Rebuilding the regional sheets inside last month's regional file, at the zip level: our
 * sheets are written anew at their positions, what hung only on them (their tables, drawings,
 * comments) goes with them, and every other part — the user's sheets, charts, pivot tables,
 * macros — is copied as stored, byte for byte. The old sheets are never opened, so a regional
 * file of 200,000 activities rebuilds as fast as a new one.
 */
import type { InflateRaw } from "../../inflate-web";
import { CONTENT_TYPE } from "./content-types";
import type { Compression } from "./deflate";
import { readOurMark } from "./doc-props";
import type { NewSheet } from "./new-package";
import { PackagePatch } from "./package-patch";
import { attributes, relsPartOf } from "./package-view";
import { REL_TYPE } from "./rels";
import { keptEntries, SharedStrings, sharedStringRefs } from "./strings";
import type { StyleSheet } from "./styles";
import { FILTER_DATABASE, sheetNames, type SheetEntry } from "./workbook";
import { worksheetXml } from "./worksheet";
import { matchesOf } from "./xml";

/** Why a workbook cannot be rebuilt into safely: said to the user as is. */
export class UnsafeRebuildError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "UnsafeRebuildError";
  }
}

export interface RebuildInput {
  /** Our sheets, built on the workbook's own stylesheet. */
  sheets: (styles: StyleSheet) => NewSheet[];
  /** The mark of our workbook (custom properties), the sheet list added to it. */
  mark: string;
}

/** Names of a sheet that are ours to rewrite with it. */
const SHEET_NAMES_OURS = new Set([FILTER_DATABASE, "_xlnm.Print_Titles", "_xlnm.Print_Area"]);

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function rebuildInto(
  existing: Uint8Array,
  input: RebuildInput,
  compression: Compression,
  inflate?: InflateRaw,
): Promise<Uint8Array> {
  const patch = await PackagePatch.open(existing, inflate);
  const { view, workbook } = patch;
  refuseUnsafe(patch);
  const sheets = input.sheets(await patch.styles());
  const mark = await readOurMark(view);

  // Which of the workbook's sheets are ours: replaced if the model brings them again, removed
  // if only last month's run made them ("Свод (2)" when the region has shrunk).
  const replaced = new Map<SheetEntry, NewSheet>();
  const removed = new Set<SheetEntry>();
  for (const entry of workbook.sheets) {
    const mine = sheets.find((s) => same(s.name, entry.name));
    const rel = patch.sheetRel(entry);
    const isWorksheet = rel !== undefined && rel.type.endsWith("/worksheet");
    if (mine) {
      if (!isWorksheet) {
        throw new UnsafeRebuildError(
          `лист «${entry.name}» в ней — не таблица (диаграмма или лист макросов), заменить его нельзя`,
        );
      }
      replaced.set(entry, mine);
    } else if (isWorksheet && mark?.sheets.some((n) => same(n, entry.name))) {
      removed.add(entry);
    }
  }
  const added = sheets.filter((s) => ![...replaced.values()].includes(s));
  if (workbook.structureLocked && (added.length > 0 || removed.size > 0)) {
    throw new UnsafeRebuildError(
      "структура книги защищена паролем (листы нельзя добавлять и удалять)",
    );
  }
  const goneIds = new Set([...replaced.keys(), ...removed].map((s) => s.sheetId));

  // Shared strings: the old entries our sheets no longer need become free slots for the new.
  const strings = await sharedStrings(patch, replaced, removed);

  // Parts that hung only on the sheets we replace or remove.
  for (const part of await orphansOf(patch, [...replaced.keys(), ...removed])) patch.delete(part);
  for (const entry of [...replaced.keys(), ...removed]) {
    const rel = patch.sheetRel(entry)!;
    const rels = relsPartOf(rel.part);
    if (view.has(rels)) patch.delete(rels);
  }
  for (const entry of removed) {
    patch.delete(patch.sheetRel(entry)!.part);
    patch.wbRels.remove(entry.rId);
  }
  await dropStaleCalcChain(patch, goneIds);

  // The sheet list: ours in place, the removed gone, new ones after.
  for (const [entry, sheet] of replaced) {
    if (entry.name !== sheet.name) {
      entry.name = sheet.name;
      entry.raw = null;
    }
    patch.replace(
      patch.sheetRel(entry)!.part,
      worksheetXml({ ...sheet.spec, selected: false }, strings),
    );
  }
  const order = workbook.sheets.filter((s) => !removed.has(s));
  let nextId = workbook.nextSheetId();
  for (const sheet of added) {
    const part = patch.freeName(`${patch.folder}/worksheets/sheet`, ".xml", true);
    const entry: SheetEntry = {
      name: sheet.name,
      sheetId: nextId++,
      rId: patch.wbRels.add(REL_TYPE.worksheet, patch.relative(part)),
      raw: null,
    };
    patch.types.set(part, CONTENT_TYPE.worksheet);
    patch.add(part, worksheetXml({ ...sheet.spec, selected: false }, strings));
    order.splice(insertionPoint(order, sheets, sheet), 0, entry);
    replaced.set(entry, sheet);
  }
  workbook.sheets = order;

  // Defined names: a replaced sheet's filter, print area and titles are ours to write again.
  const ours = new Set(replaced.keys());
  const oldNames = new Set([...ours, ...removed].map((s) => s.name.toLowerCase()));
  workbook.names = workbook.names.filter((n) => {
    if (n.scope !== null) return !(ours.has(n.scope) && SHEET_NAMES_OURS.has(n.name));
    // A workbook-wide filter record (ExcelJS writes those) of one of our sheets.
    const sheet = sheetOfFormula(n.formula);
    return !(n.name === FILTER_DATABASE && sheet !== null && oldNames.has(sheet.toLowerCase()));
  });
  for (const [entry, sheet] of replaced) workbook.names.push(...sheetNames(entry, sheet.spec));

  await patch.mark(
    input.mark,
    sheets.map((s) => s.name),
  );
  return patch.write(compression);
}

/** The sheet a reference names: 'Свод'!$A$1 or Свод!$A$1 → Свод. */
function sheetOfFormula(formula: string): string | null {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** What we refuse to touch: a shared workbook's change log, a signed package. */
function refuseUnsafe(patch: PackagePatch): void {
  const names = patch.view.entries.map((e) => e.name.toLowerCase());
  if (names.some((n) => n.includes("/revisions/"))) {
    throw new UnsafeRebuildError(
      "книга открыта для совместной работы (общая книга с журналом изменений)",
    );
  }
  if (names.some((n) => n.startsWith("_xmlsignatures/"))) {
    throw new UnsafeRebuildError(
      "книга подписана цифровой подписью, изменение сделало бы подпись недействительной",
    );
  }
}

/** Model sheets go after the user's; a continuation ("Свод (2)") right after what it continues. */
function insertionPoint(order: SheetEntry[], sheets: NewSheet[], sheet: NewSheet): number {
  const i = sheets.indexOf(sheet);
  if (i > 0 && /\(\d+\)$/.test(sheet.name)) {
    const before = order.findIndex((e) => same(e.name, sheets[i - 1].name));
    if (before >= 0) return before + 1;
  }
  return order.length;
}

/**
 * Parts reachable only through the given sheets: everything reachable from the package root
 * before, minus what is still reachable without those sheets' relationships.
 */
async function orphansOf(patch: PackagePatch, gone: SheetEntry[]): Promise<string[]> {
  const goneParts = new Set(gone.map((s) => patch.sheetRel(s)!.part.toLowerCase()));
  const edges = new Map<string, string[]>();
  const walk = async (skip: Set<string>): Promise<Set<string>> => {
    const seen = new Set<string>();
    const queue = [""];
    while (queue.length > 0) {
      const part = queue.pop()!;
      if (!edges.has(part)) {
        const rels = patch.view.has(relsPartOf(part)) ? await patch.view.relationships(part) : [];
        edges.set(
          part,
          rels.filter((r) => !r.external).map((r) => r.part.toLowerCase()),
        );
      }
      if (skip.has(part)) continue;
      for (const next of edges.get(part)!) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return seen;
  };
  const before = await walk(new Set());
  const after = await walk(goneParts);
  const orphans: string[] = [];
  for (const part of before) {
    if (!after.has(part) && !goneParts.has(part) && patch.view.has(part)) {
      orphans.push(patch.view.entry(part)!.name);
    }
  }
  return orphans;
}

/** calcChain.xml lists cells with formulas by sheet; one naming a replaced sheet must go. */
async function dropStaleCalcChain(patch: PackagePatch, goneIds: Set<number>): Promise<void> {
  const rel = patch.workbookPartOf("calcChain");
  if (!rel || !patch.view.has(rel.part)) return;
  const xml = (await patch.view.text(rel.part)) ?? "";
  let sheet = 0;
  let stale = false;
  for (const m of matchesOf(xml, /<(?:[\w.-]+:)?c\b[^>]*>/g)) {
    const i = attributes(m[0]).i;
    if (i !== undefined) sheet = Number(i); // an entry without i is on the sheet before it
    if (goneIds.has(sheet)) {
      stale = true;
      break;
    }
  }
  if (!stale) return;
  // Excel rebuilds the chain on open; a chain naming cells that hold no formula is "damage".
  patch.delete(rel.part);
  patch.wbRels.remove(rel.id);
}

async function sharedStrings(
  patch: PackagePatch,
  replaced: Map<SheetEntry, NewSheet>,
  removed: Set<SheetEntry>,
): Promise<SharedStrings> {
  const rel = patch.workbookPartOf("sharedStrings");
  if (!rel || !patch.view.has(rel.part)) {
    const part = patch.freeName(`${patch.folder}/sharedStrings`, ".xml");
    const strings = new SharedStrings();
    patch.wbRels.add(REL_TYPE.sharedStrings, patch.relative(part));
    patch.types.set(part, CONTENT_TYPE.sharedStrings);
    patch.addLast(part, strings.part());
    return strings;
  }
  const used = new Set<number>();
  for (const entry of patch.workbook.sheets) {
    if (replaced.has(entry) || removed.has(entry)) continue;
    const sheetRel = patch.sheetRel(entry);
    if (!sheetRel || sheetRel.type.endsWith("/chartsheet")) continue;
    const xml = await patch.view.text(sheetRel.part);
    if (xml !== null) sharedStringRefs(xml, used);
  }
  const old = used.size === 0 ? null : await patch.view.bytes(rel.part);
  const strings = new SharedStrings(old === null ? undefined : keptEntries(old, used));
  patch.addLast(patch.view.entry(rel.part)!.name, strings.part());
  return strings;
}
