/**
 * The period of a table, read from its title or a section row: "на период 2020/2021 учебного
 * года", "в 2021-2022 учебном году", "в 2020-2022 гг.", "в Приморском крае в 2021 году",
 * "2021 год". Only years written as a period count — with "год", "гг", "учебный год" after
 * them or "на", "в", "период" before — and a year inside a date is no period: the approval
 * stamp "«25» августа 2020 г." is read as a date and dropped. The first such period counts:
 * a title names its own period before any text quotes another (seed 004's order cites "в
 * 2020/21 учебном году" of an earlier order after naming its own "в 2021 году").
 */
import { yearsPeriod } from "./academic-year";
import { toIso } from "./calendar";
import { collectMentions } from "./collect";
import { normalize } from "./normalize";
import type { Period } from "./types";

export function findPeriod(text: string): Period | null {
  for (const m of collectMentions(normalize(text))) {
    if (m.kind !== "years" || !m.qualified || m.year === null) continue;
    const p = yearsPeriod(m.year, m.endYear, m.academic);
    if (p !== null) return { start: toIso(p.start), end: toIso(p.end) };
  }
  return null;
}
