/**
 * Consolidation (issue 5): checked tables of many municipal workbooks → the regional model with
 * its three sheets "Свод", "Сводка", "Замечания". Nothing of a recognised table is dropped, a file
 * that could not be read or holds no roadmap is listed with the reason, and two files from one
 * municipality are flagged rather than silently merged.
 */
import { Consolidation } from "./builder";
import type { ConsolidateOptions, RegionalModel, SourceFile } from "./types";

export * from "./types";
export {
  compareMunicipalities,
  municipalityFromFileName,
  municipalityKey,
  municipalitySortKey,
  resolveMunicipality,
} from "./municipality";
export { SUMMARY_CHART } from "./summary";
export { SUMMARY_SCALES, type ColumnScale } from "./emphasis";
export { displayText } from "./text";
export { NUMBER_FORMAT, excelSerial, utcDate } from "./excel-values";

export { Consolidation } from "./builder";
export { EXCEL_MAX_ROWS } from "./split";
export {
  HEADER_ROW,
  REGIONAL_TITLE,
  TITLE_ROWS,
  regionalPrint,
  titleRows,
  type LegendCell,
  type SheetTitle,
} from "./titles";

/** The regional model of all the sources at once (see Consolidation to add them one by one). */
export function consolidate(sources: SourceFile[], options: ConsolidateOptions): RegionalModel {
  const c = new Consolidation(options);
  for (const source of sources) c.add(source);
  return c.finish();
}
