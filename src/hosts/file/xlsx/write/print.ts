/**
 * How our own sheets print: landscape A4, shrunk to one page wide, the table's header row
 * repeated on every page, the table's borders or else the grid printed, the sheet's title at
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

/** `gridLines`: print the sheet's grid, for a table whose cells have no borders of their own. */
export function tablePrint(
  title: string,
  headerRow: number,
  options: { lang?: "ru" | "en"; gridLines?: boolean } = {},
): PrintSetup {
  const lang = options.lang ?? "ru";
  return {
    landscape: true,
    fitToWidth: 1,
    titleRows: { top: headerRow, bottom: headerRow },
    gridLines: options.gridLines ?? false,
    header: `&L&"Arial,Bold"${headerFooterText(title)}`,
    footer: PAGE_FOOTER[lang],
    margins: PRINT_MARGINS,
  };
}
