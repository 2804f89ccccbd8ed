/**
 * A regional sheet's print setup through Office.js's page layout (ExcelApi 1.9): the same
 * setup the file writer writes (core/layout/print.ts) — landscape A4, one page wide, the header
 * row on every page, the title at the top, «Страница N из M» at the bottom. Excel 2016 and 2019
 * (ExcelApi 1.7, 1.8) have no page layout: there the sheets are built without it
 * (capabilities.ts) and print as the user sets them up.
 */
import { headerFooterSections, type PrintSetup } from "../../core/layout/print";

const POINTS_PER_INCH = 72;

export function setUpPrint(ws: Excel.Worksheet, setup: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = setup.landscape === true ? "Landscape" : "Portrait";
  if (setup.fitToWidth !== undefined) {
    // Pages down left to Excel (0, as in SpreadsheetML's fitToHeight="0"): one page wide only.
    layout.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: 0 };
  }
  if (setup.titleRows)
    layout.setPrintTitleRows(`$${setup.titleRows.top}:$${setup.titleRows.bottom}`);
  layout.printGridlines = setup.gridLines === true;
  const m = setup.margins;
  if (m) {
    layout.leftMargin = m.left * POINTS_PER_INCH;
    layout.rightMargin = m.right * POINTS_PER_INCH;
    layout.topMargin = m.top * POINTS_PER_INCH;
    layout.bottomMargin = m.bottom * POINTS_PER_INCH;
    layout.headerMargin = m.header * POINTS_PER_INCH;
    layout.footerMargin = m.footer * POINTS_PER_INCH;
  }
  const pages = layout.headersFooters.defaultForAllPages;
  if (setup.header !== undefined) {
    const h = headerFooterSections(setup.header);
    pages.leftHeader = h.left;
    pages.centerHeader = h.center;
    pages.rightHeader = h.right;
  }
  if (setup.footer !== undefined) {
    const f = headerFooterSections(setup.footer);
    pages.leftFooter = f.left;
    pages.centerFooter = f.center;
    pages.rightFooter = f.right;
  }
}
