/**
 * The text above a table: its title ("ПЛАН («дорожная карта») … в 2021-2022 учебном году"),
 * and from it (or the approval block) the municipality and the period that supplies the years
 * deadlines leave out.
 */
import { cellText, isEmptyCell } from "../grid";
import { findPeriod } from "../deadline";
import type { Period } from "../deadline/types";
import { findMunicipality } from "./municipality";
import type { SheetView } from "./sheet-view";

const TITLE_WORDS = /дорожн|карт[аыуе]|(^|[^а-яё])план|программ|мероприяти/i;
const NOT_TITLE = /^[«"]?\s*(утвержд|согласова|приложени|цель|задач[аи](?![а-яё])|\d+[.)]\s)/i;
/** How far above a header a title is looked for. */
const TITLE_REACH = 60;

export interface TitleInfo {
  title: string;
  municipality: string | null;
  period: Period | null;
}

function lineOf(view: SheetView, r: number): string {
  const parts: string[] = [];
  const row = view.grid.cells[r] ?? [];
  for (const v of row) if (!isEmptyCell(v)) parts.push(cellText(v));
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** Reads rows [floor, headerRow) — floor is where the previous table on the sheet ended. */
export function readTitle(view: SheetView, floor: number, headerRow: number): TitleInfo {
  const lines: { r: number; text: string }[] = [];
  for (let r = Math.max(floor, headerRow - TITLE_REACH); r < headerRow; r++) {
    const text = lineOf(view, r);
    if (text !== "") lines.push({ r, text });
  }
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (TITLE_WORDS.test(lines[i].text) && !NOT_TITLE.test(lines[i].text)) {
      start = i;
      break;
    }
  }
  let title = "";
  if (start >= 0) {
    const parts = [lines[start].text];
    for (let i = start + 1; i < lines.length && !NOT_TITLE.test(lines[i].text); i++) {
      parts.push(lines[i].text);
    }
    title = parts.join(" ").replace(/\*\*/g, "").trim();
  }
  const all = lines.map((l) => l.text).join("\n");
  const municipality = findMunicipality(title) ?? findMunicipality(all);
  let period = title ? findPeriod(title) : null;
  for (let i = lines.length - 1; period === null && i >= 0; i--) period = findPeriod(lines[i].text);
  return { title, municipality, period };
}
