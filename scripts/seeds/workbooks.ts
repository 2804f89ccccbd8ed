/** The seed workbooks: which sheets each holds and which seed layouts fill them. */
import { contactsSheet, schoolsSheet } from "./decoys";
import { SheetDraft } from "./draft";
import { drawMergedText } from "./preamble";
import { draw000, WIDTHS_000 } from "./s000-dalnerechensk";
import { draw001, WIDTHS_001 } from "./s001-buinsk";
import { draw002, WIDTHS_002 } from "./s002-kislovodsk";
import { draw003, WIDTHS_003 } from "./s003-kansk";
import { draw004, WIDTHS_004 } from "./s004-primorsky";

/** Seed texts by their three-digit id ("000" … "004"). */
export type SeedTexts = Record<string, string>;

export interface WorkbookPlan {
  file: string;
  /** Ids of the seed texts the workbook is built from. */
  sources: string[];
  sheets: SheetDraft[];
}

const SECOND_TITLE_006 = "План мероприятий на 2021-2022 учебный год";

function roadmap(name: string, widths: number[], draw: (d: SheetDraft) => void): SheetDraft {
  const draft = new SheetDraft(name, widths, "word", true);
  draw(draft);
  return draft;
}

function text(texts: SeedTexts, id: string): string {
  const t = texts[id];
  if (t === undefined) throw new Error(`Seed text ${id}_*.txt is missing.`);
  return t;
}

export function planWorkbooks(texts: SeedTexts): WorkbookPlan[] {
  const t = (id: string): string => text(texts, id);
  const sheet000 = (name: string): SheetDraft => roadmap(name, WIDTHS_000, (d) => draw000(d, t("000")));
  const sheet004 = (name: string): SheetDraft => roadmap(name, WIDTHS_004, (d) => draw004(d, t("004")));
  return [
    { file: "000-dalnerechensk.xlsx", sources: ["000"], sheets: [sheet000("Дорожная карта")] },
    {
      file: "001-buinsk.xlsx",
      sources: ["001"],
      sheets: [
        roadmap("План", WIDTHS_001, (d) =>
          draw001(d, t("001"), { preamble: true, signature: true }),
        ),
      ],
    },
    {
      file: "002-kislovodsk.xlsx",
      sources: ["002"],
      sheets: [roadmap("Лист1", WIDTHS_002, (d) => draw002(d, t("002")))],
    },
    {
      file: "003-kansk.xlsx",
      sources: ["003"],
      sheets: [roadmap("ШНОР", WIDTHS_003, (d) => draw003(d, t("003")))],
    },
    { file: "004-primorsky.xlsx", sources: ["004"], sheets: [sheet004("Приложение")] },
    {
      file: "005-two-sheets.xlsx",
      sources: ["000", "004"],
      sheets: [sheet000("Дорожная карта 2021"), sheet004("План"), schoolsSheet("Школы")],
    },
    {
      file: "006-stacked.xlsx",
      sources: ["000", "001"],
      sheets: [roadmap("Лист1", WIDTHS_000, (d) => drawStacked(d, texts)), contactsSheet("Контакты")],
    },
    { file: "007-schools.xlsx", sources: [], sheets: [schoolsSheet("Школы")] },
  ];
}

/** Table 000, three blank rows, a second title, then the first section of table 001. */
function drawStacked(draft: SheetDraft, texts: SeedTexts): void {
  draw000(draft, text(texts, "000"));
  draft.skip(3);
  const row = drawMergedText(draft, "title", SECOND_TITLE_006, 1, WIDTHS_000.length);
  draft.layout.around.push(
    `rows ${row - 3}–${row - 1}: blank; row ${row}: second title “${SECOND_TITLE_006}” merged A:G`,
  );
  draft.skip();
  draw001(draft, text(texts, "001"), {
    preamble: false,
    sections: 1,
    signature: false,
    title: { text: SECOND_TITLE_006, rows: [row] },
  });
}
