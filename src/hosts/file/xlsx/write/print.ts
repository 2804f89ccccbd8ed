/**
 * How our own sheets print: landscape A4, shrunk to one page wide, the table's header row
 * repeated on every page, the grid printed (our tables have no borders), the sheet's title at
 * the top left and «Страница N из M» at the bottom — the same for the regional sheets and the
 * checked copy's findings sheet.
 */
import { headerFooterText, type PrintSetup } from "./worksheet";

/** Page numbers as a ministry's paper has them. */
export const PAGE_FOOTER: Record<"ru" | "en", string> = {
  ru: "&CСтраница &P из &N",
  en: "&CPage &P of &N",
};

/** Inches: narrow sides for wide tables, room above and below for the header and footer. */
export const PRINT_MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.6,
  bottom: 0.6,
  header: 0.25,
  footer: 0.25,
};

export function tablePrint(title: string, headerRow: number, lang: "ru" | "en" = "ru"): PrintSetup {
  return {
    landscape: true,
    fitToWidth: 1,
    titleRows: { top: headerRow, bottom: headerRow },
    gridLines: true,
    header: `&L&"Arial,Bold"${headerFooterText(title)}`,
    footer: PAGE_FOOTER[lang],
    margins: PRINT_MARGINS,
  };
}
