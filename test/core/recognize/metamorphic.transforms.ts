/**
 * Edits that do not change what a roadmap table means, as authorities make them: the table
 * moved elsewhere on the sheet, empty spacer columns and rows, every header renamed with a
 * synonym, the header split over two rows under a merged parent, the "1 2 3 …" row added or
 * removed, the columns reordered, an approval block, a title and a signature around the table,
 * an activity split by a page break, a second table under the first.
 *
 * Each edit knows the table only through what was recognised before any edit (`TableInfo`,
 * in row and column identities); an edit that does not apply to a table leaves it as it is.
 */
import type { Field } from "../../../src/core/fields";
import { cellText, type CellValue } from "../../../src/core/grid";
import type { RoadmapTable } from "../../../src/core/recognize";
import {
  appendGrid,
  colAt,
  deleteRow,
  insertColumn,
  insertRow,
  isBlankRow,
  permuteColumns,
  rowAt,
  width,
  type Model,
} from "./metamorphic.model";
import { gridOf, REAL_HEADERS } from "./real-headers.data";

export interface ColumnInfo {
  id: number;
  field: Field;
  /** A year, grid slot or split-deadline column: its header text carries meaning. */
  fixed: boolean;
}

export interface TableInfo {
  /** Header band rows, the numbering row excluded. */
  headerIds: number[];
  numberingId: number | null;
  lastId: number;
  columns: ColumnInfo[];
  itemIds: number[];
  hasTitle: boolean;
}

function isNumberingCells(cells: CellValue[]): boolean {
  let expected = 1;
  for (const v of cells) {
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    if (Number(cellText(v).replace(/\.$/, "")) !== expected) return false;
    expected++;
  }
  return expected > 3;
}

/** What the original recognition says of a table, in identities of the original grid. */
export function infoOf(m: Model, t: RoadmapTable): TableInfo {
  const first = t.headerRows[0] - m.origin.row;
  let last = t.headerRows[1] - m.origin.row;
  let numberingId: number | null = null;
  if (last > first && isNumberingCells(m.cells[last])) {
    numberingId = m.rowIds[last];
    last--;
  }
  // A "1 2 3 …" row the header band did not take (its number column has no header) still is one.
  if (numberingId === null && isNumberingCells(m.cells[last + 1] ?? [])) {
    numberingId = m.rowIds[last + 1];
  }
  const headerIds: number[] = [];
  for (let r = first; r <= last; r++) headerIds.push(m.rowIds[r]);
  return {
    headerIds,
    numberingId,
    lastId: m.rowIds[t.lastRow - m.origin.row],
    columns: t.columns.map((c) => ({
      id: m.colIds[c.index],
      field: c.field,
      fixed: c.year !== null || c.slot !== undefined || c.part !== undefined,
    })),
    itemIds: t.rows.filter((r) => r.kind === "item").map((r) => m.rowIds[r.row - m.origin.row]),
    hasTitle: t.title !== "",
  };
}

export type Edit =
  | { kind: "origin"; rows: number; cols: number }
  | { kind: "leading"; rows: number; cols: number }
  | { kind: "spacerColumn"; pick: number }
  | { kind: "spacerRow"; pick: number }
  | { kind: "rename"; pick: number }
  | { kind: "splitHeader"; pick: number }
  | { kind: "numbering" }
  | { kind: "reorder"; pick: number }
  | { kind: "surround" }
  | { kind: "continuation"; pick: number }
  | { kind: "secondTable"; pick: number };

/** Column names authorities use for each role (none of them a year, grid or split column). */
export const SYNONYMS: Partial<Record<Field, string[]>> = {
  number: ["№ п/п", "№", "N п/п", "№\nп/п"],
  activity: [
    "Мероприятие",
    "Мероприятия",
    "Наименование мероприятия",
    "Содержание мероприятия",
    "Наименование мероприятий",
  ],
  deadline: [
    "Срок",
    "Сроки",
    "Срок исполнения",
    "Сроки реализации",
    "Срок выполнения",
    "Период исполнения",
  ],
  responsible: [
    "Ответственные",
    "Ответственный",
    "Ответственный исполнитель",
    "Исполнители",
    "Ответственные исполнители",
  ],
  expectedResult: [
    "Ожидаемый результат",
    "Ожидаемые результаты",
    "Результат",
    "Планируемый результат",
  ],
  status: ["Отметка об исполнении", "Отметка о выполнении", "Информация об исполнении", "Статус"],
  task: ["Задача", "Задачи"],
  target: ["Адресность", "Целевая группа", "Участники"],
  indicator: ["Показатели", "Показатели выполнения", "Индикатор"],
  evidence: ["Форма предъявления", "Форма отчетности", "Отчетный документ"],
};

const pickOf = <T>(list: readonly T[], pick: number): T | undefined =>
  list.length === 0 ? undefined : list[pick % list.length];

/** Grid columns of the table, left to right as they stand now. */
function bandOf(m: Model, info: TableInfo): number[] {
  return info.columns.map((c) => colAt(m, c.id)).sort((a, b) => a - b);
}

/** Is grid cell (r, c) inside a merge that spans several columns? */
function inWideMerge(m: Model, r: number, c: number): boolean {
  return m.merges.some(
    (g) => g.right > g.left && g.top <= r && r <= g.bottom && g.left <= c && c <= g.right,
  );
}

function textAt(m: Model, r: number, c: number): string {
  return cellText(m.cells[r]?.[c] ?? null);
}

/** Header cells of the first header row that may take another name: role, not fixed, alone. */
function renamable(m: Model, info: TableInfo): ColumnInfo[] {
  const r = rowAt(m, info.headerIds[0]);
  return info.columns.filter((c) => {
    const col = colAt(m, c.id);
    return (
      !c.fixed &&
      SYNONYMS[c.field] !== undefined &&
      textAt(m, r, col) !== "" &&
      !inWideMerge(m, r, col)
    );
  });
}

function rename(m: Model, info: TableInfo, pick: number): void {
  const r = rowAt(m, info.headerIds[0]);
  const names = new Map<string, string>();
  renamable(m, info).forEach((c, k) => {
    const old = textAt(m, r, colAt(m, c.id));
    if (!names.has(old)) names.set(old, pickOf(SYNONYMS[c.field]!, pick + k * 7)!);
  });
  // One name, one new name: the same old name anywhere in the header ("Дата" | "Дата" | "Дата",
  // some under a parent) takes the same synonym.
  for (const hr of info.headerIds.map((id) => rowAt(m, id))) {
    for (const col of bandOf(m, info)) {
      const renamed = names.get(textAt(m, hr, col));
      if (renamed !== undefined) m.cells[hr][col] = renamed;
    }
  }
}

const PARENT = "Организация исполнения";

function splitHeader(m: Model, info: TableInfo, pick: number): void {
  if (info.headerIds.length !== 1) return;
  const r = rowAt(m, info.headerIds[0]);
  const ok = new Set(
    renamable(m, info)
      .filter((c) => c.field !== "number")
      .map((c) => colAt(m, c.id)),
  );
  const pairs = [...ok].filter((c) => ok.has(c + 1)).sort((a, b) => a - b);
  const c = pickOf(pairs, pick);
  if (c === undefined) return;
  const child = insertRow(m, r + 1);
  m.cells[r + 1][c] = m.cells[r][c];
  m.cells[r + 1][c + 1] = m.cells[r][c + 1];
  m.cells[r][c] = PARENT;
  m.cells[r][c + 1] = null;
  m.merges.push({ top: r, left: c, bottom: r, right: c + 1 });
  for (const col of bandOf(m, info)) {
    if (col === c || col === c + 1 || textAt(m, r, col) === "") continue;
    if (m.merges.some((g) => g.top === r && g.left === col)) continue;
    m.merges.push({ top: r, left: col, bottom: r + 1, right: col });
  }
  info.headerIds.push(child);
}

function numbering(m: Model, info: TableInfo): void {
  if (info.numberingId !== null) {
    deleteRow(m, rowAt(m, info.numberingId));
    info.numberingId = null;
    return;
  }
  const after = rowAt(m, info.headerIds[info.headerIds.length - 1]) + 1;
  const values: CellValue[] = Array.from({ length: width(m) }, () => null);
  bandOf(m, info).forEach((col, i) => {
    values[col] = i + 1;
  });
  info.numberingId = insertRow(m, after, values);
}

/** A body position where one blank row may go: between two rows with content. */
function spacerRow(m: Model, info: TableInfo, pick: number): void {
  const first = rowAt(m, info.numberingId ?? info.headerIds[info.headerIds.length - 1]) + 2;
  const last = rowAt(m, info.lastId);
  const spots: number[] = [];
  for (let r = first; r <= last; r++) if (!isBlankRow(m, r - 1) && !isBlankRow(m, r)) spots.push(r);
  const at = pickOf(spots, pick);
  if (at !== undefined) insertRow(m, at);
}

/** Does a header row name the column, in its own cell or by a merge over it? */
function headerNamed(m: Model, headers: number[], col: number): boolean {
  return headers.some(
    (r) =>
      textAt(m, r, col) !== "" ||
      m.merges.some(
        (g) =>
          g.top <= r &&
          r <= g.bottom &&
          g.left <= col &&
          col <= g.right &&
          textAt(m, g.top, g.left) !== "",
      ),
  );
}

/**
 * Between two named header cells of the table, where no header merge spans (a column without a
 * header, such as an unnamed number column, is known by standing next to the header).
 */
function spacerColumn(m: Model, info: TableInfo, pick: number): void {
  const band = bandOf(m, info);
  const headers = info.headerIds.map((id) => rowAt(m, id));
  const spots = band.slice(1).filter((c) => {
    const inside = m.merges.some(
      (g) => headers.some((r) => g.top <= r && r <= g.bottom) && g.left < c && c <= g.right,
    );
    return (
      !inside &&
      band.includes(c - 1) &&
      headerNamed(m, headers, c - 1) &&
      headerNamed(m, headers, c)
    );
  });
  const at = pickOf(spots, pick);
  if (at !== undefined) insertColumn(m, at);
}

/**
 * Columns in another order, the first column of the table staying first. Columns tied by a
 * header parent (year or quarter columns, a split header's pair) move together, in order.
 */
function reorder(m: Model, info: TableInfo, pick: number): void {
  const band = bandOf(m, info);
  const left = band[0];
  const right = band[band.length - 1];
  const groupOf = new Map<number, number>();
  for (let c = left; c <= right; c++) groupOf.set(c, c);
  const find = (c: number): number => (groupOf.get(c) === c ? c : find(groupOf.get(c)!));
  for (const g of m.merges) {
    if (g.right === g.left || g.left < left || g.right > right) continue;
    if (g.left === left && g.right === right) continue;
    for (let c = g.left + 1; c <= g.right; c++) groupOf.set(find(c), find(g.left));
  }
  const atoms: number[][] = [];
  for (let c = left; c <= right; c++) {
    const last = atoms[atoms.length - 1];
    if (last && find(last[0]) === find(c)) last.push(c);
    else atoms.push([c]);
  }
  // Named columns trade places; the first column, spacers and columns known only by where they
  // stand (an unnamed number column) keep theirs.
  const headers = info.headerIds.map((id) => rowAt(m, id));
  const movable = atoms.map((a, i) => i > 0 && a.some((c) => headerNamed(m, headers, c)));
  const rest = atoms.filter((_, i) => movable[i]);
  if (rest.length < 2) return;
  // A deterministic shuffle driven by `pick`.
  let seed = pick + 1;
  for (let i = rest.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const order: number[] = [];
  for (let c = 0; c < left; c++) order.push(c);
  let k = 0;
  atoms.forEach((a, i) => order.push(...(movable[i] ? rest[k++] : a)));
  for (let c = right + 1; c < width(m); c++) order.push(c);
  if (!permuteColumns(m, order) || info.numberingId === null) return;
  // The "1 2 3 …" row numbers the columns as they now stand, as the author renumbers it.
  const r = rowAt(m, info.numberingId);
  bandOf(m, info).forEach((col, i) => {
    m.cells[r][col] = i + 1;
  });
}

function surround(m: Model, info: TableInfo): void {
  const band = bandOf(m, info);
  const rightmost = band[band.length - 1];
  const last = rowAt(m, info.lastId);
  insertRow(m, last + 1);
  const sig: CellValue[] = [];
  sig[band[0]] = "Начальник управления образования";
  sig[rightmost] = "________________ И.И. Иванов";
  insertRow(m, last + 2, sig);
  if (!info.hasTitle) {
    const header = rowAt(m, info.headerIds[0]);
    const title: CellValue[] = [];
    title[band[0]] = "План мероприятий («дорожная карта»)";
    insertRow(m, header, title);
    m.merges.push({ top: header, left: band[0], bottom: header, right: rightmost });
    insertRow(m, header + 1);
  }
  const approval = [
    "УТВЕРЖДАЮ",
    "Начальник управления образования",
    "________________ И.И. Иванов",
    "«__» ____________ 20__ г.",
  ];
  approval.forEach((line, i) => {
    const row: CellValue[] = [];
    row[rightmost] = line;
    insertRow(m, i, row);
  });
  insertRow(m, approval.length);
}

/** An activity split by a page break: its later words move to a row of their own below. */
function continuation(m: Model, info: TableInfo, pick: number): void {
  const activity = info.columns.find((c) => c.field === "activity");
  if (activity === undefined) return;
  const col = colAt(m, activity.id);
  const spots = info.itemIds
    .map((id) => rowAt(m, id))
    .filter((r) => {
      const v = m.cells[r][col];
      if (typeof v !== "string") return false;
      if (m.merges.some((g) => g.left <= col && col <= g.right && g.top <= r && r <= g.bottom)) {
        return false;
      }
      return v
        .trim()
        .split(/\s+/)
        .slice(1)
        .some((w) => /^[а-яё]/.test(w));
    });
  const r = pickOf(spots, pick);
  if (r === undefined) return;
  const words = (m.cells[r][col] as string).trim().split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && /^[а-яё]/.test(w));
  m.cells[r][col] = words.slice(0, at).join(" ");
  const fragment: CellValue[] = [];
  fragment[col] = words.slice(at).join(" ");
  const id = insertRow(m, r + 1, fragment);
  if (rowAt(m, info.lastId) === r) info.lastId = id;
}

function secondTable(m: Model, pick: number): void {
  const h = pickOf(REAL_HEADERS, pick)!;
  appendGrid(m, gridOf(h).grid, 3);
}

export function applyEdit(m: Model, infos: TableInfo[], edit: Edit): void {
  const info = infos[0];
  switch (edit.kind) {
    case "origin":
      m.origin = { row: m.origin.row + edit.rows, col: m.origin.col + edit.cols };
      return;
    case "leading":
      for (let i = 0; i < edit.rows; i++) insertRow(m, 0);
      for (let i = 0; i < edit.cols; i++) insertColumn(m, 0);
      return;
    case "spacerColumn":
      return spacerColumn(m, info, edit.pick);
    case "spacerRow":
      return spacerRow(m, info, edit.pick);
    case "rename":
      return infos.forEach((i) => rename(m, i, edit.pick));
    case "splitHeader":
      return splitHeader(m, info, edit.pick);
    case "numbering":
      return numbering(m, info);
    case "reorder":
      return reorder(m, info, edit.pick);
    case "surround":
      return surround(m, info);
    case "continuation":
      return continuation(m, info, edit.pick);
    case "secondTable":
      return secondTable(m, edit.pick);
  }
}
