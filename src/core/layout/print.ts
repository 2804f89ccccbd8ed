/**
 * How our own sheets print: landscape A4, shrunk to one page wide, the table's header row
 * repeated on every page, the table's borders or else the grid printed, the sheet's title at
 * the top left and «Страница N из M» at the bottom — the same for the regional sheets and the
 * checked copy's findings sheet, whichever host writes them: into a file's sheet settings, or
 * into a running spreadsheet's page layout a setting at a time.
 */

/**
 * How a sheet prints. Header and footer texts are in Excel's code syntax (&P page, &N pages,
 * &L/&C/&R sections); `headerFooterText` escapes a plain text for them.
 */
export interface PrintSetup {
  landscape?: boolean;
  /** Shrink to this many pages wide; the pages run down as far as the rows go. */
  fitToWidth?: number;
  /** Rows repeated at the top of every page (1-based, inclusive): the Print_Titles name. */
  titleRows?: { top: number; bottom: number };
  /** Print the cell grid: a table without borders stays readable on paper. */
  gridLines?: boolean;
  header?: string;
  footer?: string;
  /** Inches. */
  margins?: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
}

/** Plain text for a page header or footer: "&" would start a code. */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

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

/** A header or footer's text by section (&L, &C, &R), for a host that sets them one by one. */
export interface HeaderFooterSections {
  left: string;
  center: string;
  right: string;
}

/**
 * Splits Excel's header or footer code into its sections. A section's text keeps its other
 * codes (&P, &N, a font); "&&" is a literal "&", never a section mark. Text before any mark
 * is the centre's, as Excel reads it.
 */
export function headerFooterSections(code: string): HeaderFooterSections {
  const out: HeaderFooterSections = { left: "", center: "", right: "" };
  let section: keyof HeaderFooterSections = "center";
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    if (code[i] !== "&") continue;
    const next = code[i + 1];
    const to: keyof HeaderFooterSections | null =
      next === "L" ? "left" : next === "C" ? "center" : next === "R" ? "right" : null;
    if (to === null) {
      i++; // "&&", "&P", "&\"Arial,Bold\"" …: kept as they are
      continue;
    }
    out[section] += code.slice(from, i);
    section = to;
    from = i + 2;
    i++;
  }
  out[section] += code.slice(from);
  return out;
}
