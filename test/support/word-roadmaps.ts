/**
 * Random Word roadmaps for property tests: a title paragraph, a header, numbered activities
 * whose rows may end early (ragged), a responsible merged down over several activities
 * (vMerge), sections spanning the width, and sometimes a page break that breaks the table in
 * two with the header repeated. Each comes with what was written into it, per activity.
 */
import fc from "fast-check";
import { docxBytes, p, row, tbl, tc, tr } from "./word";

const HEADER = ["№ п/п", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат"];
const RESPONSIBLE = 3;

/** Cell text: starts with a letter (no numbering row, no signature line by accident). */
const text = fc.oneof(
  fc.stringMatching(/^[а-яё][а-яё0-9 ,.«»=+@-]{0,15}$/),
  fc.constantFrom(
    "=1+1",
    "+7 (423) 000-00-00",
    "Сентябрь 2021",
    "До 01.10.2021",
    "В течение года",
    "a\nb",
  ),
);

interface RowPlan {
  kind: "item" | "section";
  cells: string[];
  /** How many of the row's cells are written (a ragged row ends early). */
  keep: number;
  /** The responsible cell continues the one above (vMerge). */
  mergedDown: boolean;
}

const rowPlan = (width: number): fc.Arbitrary<RowPlan> =>
  fc.record({
    kind: fc.constantFrom<"item" | "section">("item", "item", "item", "section"),
    cells: fc.array(text, { minLength: width, maxLength: width }),
    keep: fc.integer({ min: 2, max: width }),
    mergedDown: fc.boolean(),
  });

export interface WordRoadmap {
  bytes: Uint8Array;
  /** Number of each activity ("1.", "2." …) → the texts its row must carry. */
  activities: Map<string, string[]>;
  sections: string[];
}

function build(extra: number, plans: RowPlan[], splitAt: number | null): WordRoadmap {
  const width = HEADER.length + extra;
  const header = [...HEADER, ...Array.from({ length: extra }, (_, i) => `Графа ${i + 1}`)];
  const activities = new Map<string, string[]>();
  const sections: string[] = [];
  const rows: string[][] = [[row(...header)]];
  let n = 0;
  let open: string | null = null; // text of the responsible merged down so far
  plans.forEach((plan, i) => {
    if (splitAt === i) rows.push([row(...header)]);
    const out = rows[rows.length - 1];
    if (plan.kind === "section") {
      const t = `Раздел ${sections.length + 1}. ${plan.cells[0]}`;
      sections.push(t);
      out.push(tr([tc(t, { span: width })]));
      open = null;
      return;
    }
    n += 1;
    const number = `${n}.`;
    const cells = [number, ...plan.cells.slice(1, plan.keep)];
    const merge = plan.keep > RESPONSIBLE && plan.mergedDown && open !== null && splitAt !== i;
    const expected = cells.filter((_, k) => k !== RESPONSIBLE || !merge);
    if (merge) expected.push(open as string);
    else if (plan.keep > RESPONSIBLE) open = cells[RESPONSIBLE];
    else open = null;
    activities.set(number, expected);
    out.push(
      tr(
        cells.map((c, k) => {
          if (k !== RESPONSIBLE || plan.keep <= RESPONSIBLE) return tc(c);
          return merge ? tc(null, { vMerge: "continue" }) : tc(c, { vMerge: "restart" });
        }),
      ),
    );
  });
  const widths = Array(width).fill(1500);
  const tables = rows.map((r) => tbl(r, widths));
  const body =
    p("Дорожная карта Энского района на 2021-2022 учебный год") +
    tables.join(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`);
  const bytes = docxBytes(body);
  // A failing case is shown by what was written, not by the zip's bytes.
  const shown = () => `WordRoadmap(${fc.stringify({ body, activities, sections })})`;
  return { bytes, activities, sections, [fc.toStringMethod]: shown } as WordRoadmap;
}

export const wordRoadmap: fc.Arbitrary<WordRoadmap> = fc
  .integer({ min: 0, max: 3 })
  .chain((extra) =>
    fc.tuple(
      fc.constant(extra),
      fc.array(rowPlan(HEADER.length + extra), { minLength: 1, maxLength: 14 }),
      fc.option(fc.integer({ min: 1, max: 13 }), { nil: null }),
    ),
  )
  .map(([extra, plans, split]) =>
    build(extra, plans, split !== null && split < plans.length ? split : null),
  );
